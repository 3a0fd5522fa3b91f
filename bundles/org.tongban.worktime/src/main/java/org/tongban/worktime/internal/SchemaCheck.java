package org.tongban.worktime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import org.tongban.worktime.WorktimeException;

/**
 * Checks a document against a JSON Schema (draft-07) that uses only {@code type}, {@code properties}, {@code items}
 * and {@code required}, as the holiday-cn schema does. A general validator library would bring a dozen packages into
 * the bundle for these four keywords; a schema that uses any other keyword is refused at load, so this never checks
 * less than the schema says.
 */
final class SchemaCheck {
    private static final java.util.Set<String> UNDERSTOOD =
            java.util.Set.of("$schema", "$id", "type", "properties", "items", "required", "description");

    private final JsonNode schema;

    private SchemaCheck(JsonNode schema) {
        requireUnderstood(schema, "");
        this.schema = schema;
    }

    static SchemaCheck load(String resource) {
        try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Schema not found: " + resource);
            }
            return new SchemaCheck(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SchemaCheck of(JsonNode schema) {
        return new SchemaCheck(schema);
    }

    /** @throws WorktimeException naming the first place that does not match, as a JSON pointer */
    void check(JsonNode document) {
        check(schema, document, "");
    }

    private static void check(JsonNode schema, JsonNode value, String path) {
        String type = schema.path("type").asText("");
        if (!type.isEmpty() && !hasType(value, type)) {
            throw new WorktimeException(where(path) + "应为" + typeName(type));
        }
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText()) || value.get(required.asText()).isNull()) {
                throw new WorktimeException(where(path) + "缺少必填字段 " + required.asText());
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        schema.path("properties").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            if (value.has(property.getKey())) {
                check(property.getValue(), value.get(property.getKey()), path + "/" + property.getKey());
            }
        }
        if (schema.has("items") && value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "/" + i);
            }
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "number" -> value.isNumber();
            case "integer" -> value.isIntegralNumber();
            case "boolean" -> value.isBoolean();
            default -> throw new IllegalStateException("Schema type not understood: " + type);
        };
    }

    private static String typeName(String type) {
        return switch (type) {
            case "object" -> "对象";
            case "array" -> "数组";
            case "string" -> "文本";
            case "number", "integer" -> "数字";
            case "boolean" -> "true 或 false";
            default -> type;
        };
    }

    private static String where(String path) {
        return path.isEmpty() ? "文件：" : path + "：";
    }

    private static void requireUnderstood(JsonNode schema, String path) {
        for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
            String keyword = it.next();
            if (!UNDERSTOOD.contains(keyword)) {
                throw new IllegalStateException("Schema keyword not understood at " + path + ": " + keyword);
            }
        }
        schema.path("properties")
                .fields()
                .forEachRemaining(p -> requireUnderstood(p.getValue(), path + "/" + p.getKey()));
        if (schema.has("items")) {
            requireUnderstood(schema.get("items"), path + "/items");
        }
    }
}
