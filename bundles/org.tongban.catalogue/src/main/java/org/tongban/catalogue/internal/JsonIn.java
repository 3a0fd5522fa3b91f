package org.tongban.catalogue.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.tongban.catalogue.CatalogueException;
import org.tongban.catalogue.ValidationError;

/** Reads values out of a JSON tree, collecting every problem with its path instead of stopping at the first. */
final class JsonIn {
    private final List<ValidationError> errors;
    private final List<ValidationError> warnings = new ArrayList<>();

    JsonIn(List<ValidationError> errors) {
        this.errors = errors;
    }

    List<ValidationError> errors() {
        return errors;
    }

    /** What was read with an assumption; it does not stop the import. */
    List<ValidationError> warnings() {
        return warnings;
    }

    void warn(String path, String message) {
        warnings.add(new ValidationError(path, message));
    }

    void error(String path, String message) {
        errors.add(new ValidationError(path, message));
    }

    static String path(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    static String path(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** Whether the node is an object; reports it if not, and reports every key outside {@code keys}. */
    boolean object(JsonNode node, String path, Set<String> keys) {
        if (node == null || !node.isObject()) {
            error(path, "应为对象（{ … }）");
            return false;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!keys.contains(name)) {
                error(path(path, name), "未知的字段");
            }
        }
        return true;
    }

    String text(JsonNode object, String path, String key) {
        JsonNode value = object.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            error(path(path, key), "应为文本");
            return null;
        }
        return value.textValue();
    }

    boolean has(JsonNode object, String key) {
        JsonNode value = object.get(key);
        return value != null && !value.isNull();
    }

    int integer(JsonNode object, String path, String key, Integer defaultValue) {
        JsonNode value = object.get(key);
        if (value == null || value.isNull()) {
            if (defaultValue == null) {
                error(path(path, key), "缺少此项（应为整数）");
                return 0;
            }
            return defaultValue;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            error(path(path, key), "应为整数");
            return 0;
        }
        return value.intValue();
    }

    boolean bool(JsonNode object, String path, String key, Boolean defaultValue) {
        JsonNode value = object.get(key);
        if (value == null || value.isNull()) {
            if (defaultValue == null) {
                error(path(path, key), "缺少此项（应为 true 或 false）");
                return false;
            }
            return defaultValue;
        }
        if (!value.isBoolean()) {
            error(path(path, key), "应为 true 或 false");
            return false;
        }
        return value.booleanValue();
    }

    /** The elements of an array; absent or {@code null} is empty. */
    List<JsonNode> array(JsonNode object, String path, String key) {
        JsonNode value = object.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            error(path(path, key), "应为数组（[ … ]）");
            return List.of();
        }
        List<JsonNode> elements = new ArrayList<>();
        value.forEach(elements::add);
        return elements;
    }

    List<String> texts(JsonNode object, String path, String key) {
        List<JsonNode> elements = array(object, path, key);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            JsonNode element = elements.get(i);
            if (element.isTextual()) {
                values.add(element.textValue());
            } else {
                error(path(path(path, key), i), "应为文本");
            }
        }
        return values;
    }

    /** A label mapped to an enum; absent is {@code null} (the rules report it where it is required). */
    <E> E label(JsonNode object, String path, String key, Function<String, E> fromLabel) {
        String text = text(object, path, key);
        return text == null ? null : label(text, path(path, key), fromLabel);
    }

    <E> E label(String text, String path, Function<String, E> fromLabel) {
        try {
            return fromLabel.apply(text);
        } catch (CatalogueException e) {
            error(path, e.getMessage());
            return null;
        }
    }

    <E> List<E> labels(JsonNode object, String path, String key, Function<String, E> fromLabel) {
        List<String> texts = texts(object, path, key);
        List<E> values = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            E value = label(texts.get(i), path(path(path, key), i), fromLabel);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }
}
