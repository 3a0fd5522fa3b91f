package org.tongban.platform.api.web;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The answers to state-changing requests that carried an {@code Idempotency-Key}, kept for a configurable retention so
 * that a retry gets the first answer instead of doing the change twice. Keyed by key, account and route.
 */
@ProviderType
public interface IdempotencyStore {

    /** The answer kept for this key, account and route, unless it is older than the retention. */
    Optional<StoredAnswer> find(String key, String account, String route);

    /**
     * Keeps an answer, in the caller's transaction, so it commits with the change it answers.
     *
     * @throws org.tongban.platform.api.persistence.DataAccessException when an answer for the key is already kept
     *     (another request with the same key won); the caller's transaction must then roll back
     */
    void keep(String key, String account, String route, StoredAnswer answer);

    /**
     * An answer as it was sent.
     *
     * @param requestHash hash of the method, path and body of the first request, to refuse the key for another one
     * @param status HTTP status
     * @param contentType content type of the body
     * @param body the body
     * @param storedAt when it was kept
     * @param headers the route's own headers ({@code Location}, {@code Retry-After}, {@code Cache-Control}...), sent
     *     again with the replay; never {@code Set-Cookie}
     */
    record StoredAnswer(
            String requestHash,
            int status,
            String contentType,
            byte[] body,
            Instant storedAt,
            Map<String, String> headers) {

        public StoredAnswer {
            headers = headers == null ? Map.of() : Map.copyOf(headers);
        }

        /** An answer without headers of its own. */
        public StoredAnswer(String requestHash, int status, String contentType, byte[] body, Instant storedAt) {
            this(requestHash, status, contentType, body, storedAt, Map.of());
        }
    }
}
