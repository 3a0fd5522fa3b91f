package org.tongban.platform.api.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.stream.Collectors;

/** Thrown by {@link Json} when a text is not JSON of the expected shape; the message names the field when known. */
public class JsonException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public JsonException(String message, Throwable cause) {
        super(message, cause);
        this.field = cause instanceof JsonMappingException m ? path(m) : null;
    }

    /** The dotted path of the offending field, such as {@code items.0.title}, or {@code null}. */
    public String field() {
        return field;
    }

    static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field " + u.getPropertyName();
        }
        return e.getOriginalMessage();
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : Integer.toString(r.getIndex()))
                .collect(Collectors.joining("."));
        return path.isEmpty() ? null : path;
    }
}
