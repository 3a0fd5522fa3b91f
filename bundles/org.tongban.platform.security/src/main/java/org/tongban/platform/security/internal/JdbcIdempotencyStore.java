package org.tongban.platform.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.json.Json;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.web.IdempotencyStore;
import org.tongban.platform.scheduler.Job;
import org.tongban.platform.scheduler.ScheduledJob;

/**
 * Answers kept in {@code sec_api_idempotency}, keyed by key, account and route. Expired answers are never replayed
 * and an hourly job of the platform scheduler deletes them.
 */
@Component(
        service = {IdempotencyStore.class, ScheduledJob.class},
        configurationPid = JdbcIdempotencyStore.PID)
@Designate(ocd = IdempotencyConfig.class)
@Job(name = "api-idempotency-purge", period = 3600)
public class JdbcIdempotencyStore implements IdempotencyStore, ScheduledJob {
    static final String PID = "org.tongban.platform.security.idempotency";
    private static final Logger LOG = LoggerFactory.getLogger(JdbcIdempotencyStore.class);

    private final Transactions tx;
    private final Duration retention;
    private final Clock clock;

    @Activate
    public JdbcIdempotencyStore(@Reference Database database, IdempotencyConfig config) {
        this(database.transactions(), Duration.ofHours(config.retentionHours()), Clock.systemUTC());
    }

    public JdbcIdempotencyStore(Transactions tx, Duration retention, Clock clock) {
        this.tx = tx;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public Optional<StoredAnswer> find(String key, String account, String route) {
        Instant oldest = clock.instant().minus(retention);
        return tx.read(c -> Jdbc.one(
                c,
                "SELECT request_hash, status, content_type, body, stored_at, headers FROM sec_api_idempotency"
                        + " WHERE idempotency_key = ? AND account = ? AND route = ? AND stored_at > ?",
                JdbcIdempotencyStore::answer,
                key,
                account,
                route,
                oldest));
    }

    @Override
    public void keep(String key, String account, String route, StoredAnswer answer) {
        tx.required(c -> {
            // An expired answer for the same key gives way to the new one.
            Jdbc.update(
                    c,
                    "DELETE FROM sec_api_idempotency WHERE idempotency_key = ? AND account = ? AND route = ?"
                            + " AND stored_at <= ?",
                    key,
                    account,
                    route,
                    clock.instant().minus(retention));
            return Jdbc.update(
                    c,
                    "INSERT INTO sec_api_idempotency (idempotency_key, account, route, request_hash, status,"
                            + " content_type, body, stored_at, headers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    key,
                    account,
                    route,
                    answer.requestHash(),
                    answer.status(),
                    answer.contentType(),
                    answer.body() == null ? new byte[0] : answer.body(),
                    answer.storedAt(),
                    Json.bytes(answer.headers()));
        });
    }

    /** Deletes the answers past the retention. */
    @Override
    public void run() {
        int deleted = tx.required(c -> Jdbc.update(
                c,
                "DELETE FROM sec_api_idempotency WHERE stored_at <= ?",
                clock.instant().minus(retention)));
        if (deleted > 0) {
            LOG.debug("Deleted {} expired idempotency answers", deleted);
        }
    }

    private static StoredAnswer answer(ResultSet row) throws SQLException {
        return new StoredAnswer(
                row.getString("request_hash"),
                row.getInt("status"),
                row.getString("content_type"),
                row.getBytes("body"),
                Jdbc.instant(row, "stored_at"),
                headers(row.getBytes("headers")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> headers(byte[] json) {
        return json == null || json.length == 0 ? Map.of() : Json.read(json, Map.class);
    }
}
