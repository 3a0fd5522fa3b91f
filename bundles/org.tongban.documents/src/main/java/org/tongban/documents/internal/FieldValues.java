package org.tongban.documents.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tongban.documents.DocumentException;

/**
 * The values of a request's fields, checked against the template and cleaned: control characters go, and a value is
 * inserted once, as text, so {@code {other}} inside what a user typed stays literally what they typed.
 */
final class FieldValues {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private final Map<String, String> values;

    private FieldValues(Map<String, String> values) {
        this.values = values;
    }

    /**
     * Checks the request's fields against the template and adds the automatic ones.
     *
     * @throws DocumentException for an unknown field, a missing required one or a value that is too long
     */
    static FieldValues check(DocumentTemplate template, Map<String, String> given, Map<String, String> automatic) {
        Map<String, String> values = new HashMap<>(automatic);
        for (Map.Entry<String, String> entry : given.entrySet()) {
            if (template.fields().stream().noneMatch(f -> f.name().equals(entry.getKey()))) {
                throw DocumentException.of("documents.error.unknownField", entry.getKey());
            }
        }
        for (DocumentTemplate.Field field : template.fields()) {
            String value = clean(given.get(field.name()));
            if (value.isEmpty() && field.required()) {
                throw DocumentException.of("documents.error.fieldMissing", field.name());
            }
            if (value.codePointCount(0, value.length()) > field.maxLength()) {
                throw DocumentException.of("documents.error.fieldTooLong", field.name(), field.maxLength());
            }
            if (!value.isEmpty() || !values.containsKey(field.name())) {
                values.put(field.name(), value);
            }
        }
        return new FieldValues(values);
    }

    /** The text with every {@code {field}} replaced by its value, in one pass. */
    String fill(String text) {
        if (text == null) {
            return "";
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "")));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    String get(String name) {
        return values.getOrDefault(name, "");
    }

    /** Text as typed, without control or formatting characters (line breaks become spaces), trimmed. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        value.codePoints()
                .map(cp -> cp == '\n' || cp == '\r' || cp == '\t' ? ' ' : cp)
                .filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT)
                .forEach(out::appendCodePoint);
        return out.toString().strip();
    }
}
