package org.tongban.platform.api.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * Reads and writes JSON the same way everywhere: records and trees, {@code java.time} values as ISO-8601 text, and
 * {@code < > &} escaped so that no text of an answer can become markup in a page that embeds it. Unknown properties
 * in a request body are refused, so that a misspelt field is an error rather than silently ignored.
 */
public final class Json {

    private static final ObjectMapper MAPPER = mapper();

    private Json() {}

    /** A new, empty object node. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** A new, empty array node. */
    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** A record, a collection, a map or a tree as JSON bytes in UTF-8. */
    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "Not serialisable as JSON: " + value.getClass().getName(), e);
        }
    }

    /** JSON bytes indented for reading, for documents people open directly ({@code /health}, OpenAPI). */
    public static byte[] pretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "Not serialisable as JSON: " + value.getClass().getName(), e);
        }
    }

    /** A record, a collection, a map or a tree as JSON text. */
    public static String text(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "Not serialisable as JSON: " + value.getClass().getName(), e);
        }
    }

    /** Any value (a record, say) as a tree, to add or remove fields before writing it. */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /**
     * Parses JSON text into a tree.
     *
     * @throws JsonException when the text is not JSON
     */
    public static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new JsonException(e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads JSON bytes as a value of this type.
     *
     * @throws JsonException when the bytes are not JSON of that shape, with a message naming the field
     */
    public static <T> T read(byte[] json, Class<T> type) {
        try {
            T value = MAPPER.readValue(json, type);
            if (value == null) {
                throw new JsonException("empty body", null);
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new JsonException(JsonException.describe(e), e);
        } catch (IOException e) {
            throw new JsonException(e.getMessage(), e);
        }
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        SimpleModule time = new SimpleModule("tongban-time");
        for (Class<?> type :
                new Class<?>[] {Instant.class, LocalDate.class, LocalDateTime.class, OffsetDateTime.class}) {
            time.addSerializer(type, ToStringSerializer.instance);
        }
        mapper.registerModule(time);
        mapper.getFactory().setCharacterEscapes(new MarkupEscapes());
        return mapper;
    }

    /** Escapes {@code < > &} as Unicode escapes; every other character as JSON requires. */
    private static final class MarkupEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes = standardAsciiEscapesForJSON();

        MarkupEscapes() {
            escapes['<'] = ESCAPE_CUSTOM;
            escapes['>'] = ESCAPE_CUSTOM;
            escapes['&'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            // Asked for every non-ASCII character too: those are written as they are.
            return ch == '<' || ch == '>' || ch == '&' ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
