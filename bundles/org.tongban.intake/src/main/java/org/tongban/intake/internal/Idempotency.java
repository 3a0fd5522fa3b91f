package org.tongban.intake.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.tongban.intake.IntakeException;
import org.tongban.platform.api.jdbc.Jdbc;

/**
 * A client's key per submission ({@code intake_submission}): a retry with the same body gets the first result, another
 * body under the same key is refused. Of two concurrent submissions with one key, the second fails on the key's primary
 * key when the first commits, its case rolls back, and {@link #afterConflict} answers it with the first one's result.
 */
final class Idempotency {
    private Idempotency() {}

    /**
     * The key as stored: the client's key within the account that sent it, so that two accounts choosing the same key
     * never see each other's cases (as the API's own idempotency keys are kept per account).
     */
    static String key(String actor, String clientKey) {
        if (clientKey == null) {
            return null;
        }
        String clean = clientKey.strip();
        if (!clean.matches("[A-Za-z0-9_:.-]{8,100}")) {
            throw IntakeException.of("intake.error.clientKey");
        }
        return actor + "/" + clean;
    }

    /** The result of an earlier submission with this key and body; refused when its body was another. */
    static Optional<String> earlier(Connection c, String key, String fingerprint) throws SQLException {
        if (key == null) {
            return Optional.empty();
        }
        record Earlier(String fingerprint, String result) {}
        Optional<Earlier> found = Jdbc.one(
                c,
                "SELECT fingerprint, result FROM intake_submission WHERE client_key = ?",
                r -> new Earlier(r.getString("fingerprint"), r.getString("result")),
                key);
        if (found.isPresent() && !found.get().fingerprint().equals(fingerprint)) {
            throw IntakeException.of("intake.error.clientKeyReused");
        }
        return found.map(Earlier::result);
    }

    static void remember(Connection c, String key, String fingerprint, String result, Instant at) throws SQLException {
        if (key != null) {
            Jdbc.update(
                    c,
                    "INSERT INTO intake_submission (client_key, fingerprint, result, created_at) VALUES (?, ?, ?, ?)",
                    key,
                    fingerprint,
                    result,
                    at);
        }
    }

    /**
     * Runs a submission; when it failed and its key has meanwhile been committed by a concurrent one, the result of
     * that one (or the refusal of another body), else the failure.
     */
    static <T> T afterConflict(
            org.tongban.platform.api.persistence.Transactions tx,
            String key,
            String fingerprint,
            org.tongban.platform.api.persistence.Work<T> submit,
            java.util.function.Function<String, T> earlierResult) {
        try {
            return tx.required(submit);
        } catch (RuntimeException e) {
            if (key == null || e instanceof IntakeException) {
                throw e;
            }
            Optional<String> committed = tx.read(c -> earlier(c, key, fingerprint));
            if (committed.isEmpty()) {
                throw e;
            }
            return earlierResult.apply(committed.get());
        }
    }
}
