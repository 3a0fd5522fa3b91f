package org.tongban.intake.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.tongban.intake.IntakeException;
import org.tongban.platform.api.jdbc.Jdbc;

/**
 * A client's key per submission ({@code intake_submission}): a retry with the same body gets the first result, another
 * body under the same key is refused. The key's row is written first, so that of two concurrent submissions with one
 * key, the second waits for the first and then fails on the key rather than creating a second case.
 */
final class Idempotency {
    private Idempotency() {}

    static String key(String clientKey) {
        if (clientKey == null) {
            return null;
        }
        String clean = clientKey.strip();
        if (!clean.matches("[A-Za-z0-9_:.-]{8,100}")) {
            throw IntakeException.of("intake.error.clientKey");
        }
        return clean;
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
}
