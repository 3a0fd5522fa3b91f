package org.tongban.host.web.api;

import java.util.Map;
import org.tongban.platform.api.json.Json;
import org.tongban.platform.api.web.ApiErrors;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.IdempotencyStore.StoredAnswer;

/**
 * An answer ready to send: status, content type, body bytes and extra headers.
 *
 * @param status HTTP status
 * @param contentType content type, or {@code null} without a body
 * @param body the body, empty for none
 * @param headers extra headers
 */
public record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {

    public static final String JSON = "application/json;charset=UTF-8";

    /** A route's response, its JSON written by the one JSON helper. */
    public static Answer of(ApiResponse response) {
        if (response.json() != null) {
            return new Answer(response.status(), JSON, Json.bytes(response.json()), response.headers());
        }
        byte[] bytes = response.bytes() == null ? new byte[0] : response.bytes();
        return new Answer(
                response.status(), bytes.length == 0 ? null : response.contentType(), bytes, response.headers());
    }

    /** A JSON error answer. */
    public static Answer error(int status, String message) {
        return new Answer(status, JSON, Json.bytes(ApiErrors.body(status, message)), Map.of());
    }

    /** A kept answer, replayed to a retry with the headers the route gave the first time. */
    public static Answer replay(StoredAnswer stored) {
        Map<String, String> headers = new java.util.LinkedHashMap<>(stored.headers());
        headers.put(Idempotency.REPLAYED, "true");
        return new Answer(stored.status(), stored.contentType(), stored.body(), headers);
    }

    /**
     * The answer to keep for retries, with the route's headers: a retried POST must still tell where the new resource
     * is ({@code Location}) or when to come back ({@code Retry-After}). A cookie belongs to the first caller's
     * connection and is never kept.
     */
    public StoredAnswer stored(String requestHash, java.time.Instant now) {
        Map<String, String> kept = new java.util.LinkedHashMap<>();
        headers.forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Set-Cookie") && !name.equalsIgnoreCase(Idempotency.REPLAYED)) {
                kept.put(name, value);
            }
        });
        return new StoredAnswer(requestHash, status, contentType, body, now, kept);
    }

    /** This answer with one more header. */
    public Answer with(String name, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new Answer(status, contentType, body, more);
    }
}
