package org.tongban.platform.api.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a route answers: a status with a JSON body (any value {@link org.tongban.platform.api.json.Json} writes), or
 * bytes of another type such as a PDF, plus extra headers.
 *
 * @param status HTTP status
 * @param json the body to write as JSON, or {@code null}
 * @param contentType the type of {@code bytes}; ignored for JSON
 * @param bytes a body that is not JSON, or {@code null}
 * @param headers extra headers, such as {@code Cache-Control} or {@code Location}
 */
public record ApiResponse(int status, Object json, String contentType, byte[] bytes, Map<String, String> headers) {

    public ApiResponse {
        headers = Map.copyOf(headers);
    }

    /** 200 with this JSON body. */
    public static ApiResponse ok(Object json) {
        return new ApiResponse(200, json, null, null, Map.of());
    }

    /** 201 with this JSON body (the created resource). */
    public static ApiResponse created(Object json) {
        return new ApiResponse(201, json, null, null, Map.of());
    }

    /** 204 without a body. */
    public static ApiResponse noContent() {
        return new ApiResponse(204, null, null, null, Map.of());
    }

    /** 200 with a body that is not JSON. */
    public static ApiResponse bytes(String contentType, byte[] bytes) {
        return new ApiResponse(200, null, contentType, bytes, Map.of());
    }

    /** This answer with one more header. */
    public ApiResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiResponse(status, json, contentType, bytes, more);
    }
}
