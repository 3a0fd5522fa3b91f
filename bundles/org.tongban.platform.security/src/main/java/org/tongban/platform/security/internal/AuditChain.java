package org.tongban.platform.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.tongban.platform.api.security.AuditEntry;
import org.tongban.platform.api.security.ChainVerification;

/**
 * Appends to and verifies the hash-chained audit table. Appends lock the single head row with {@code SELECT ... FOR
 * UPDATE}, so they are serialised across threads and across nodes sharing one database.
 */
final class AuditChain {
    static final String GENESIS = "0".repeat(64);
    static final String SELECT = "SELECT seq, occurred_at, actor, actor_jurisdiction, action, target, detail,"
            + " remote_address, prev_hash, hash FROM sec_audit_log";

    private final DataSource dataSource;
    private final Clock clock;

    AuditChain(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Appends one entry and returns it with its sequence and hash. */
    AuditEntry append(
            String actor, String jurisdictionCode, String action, String target, String detail, String remote) {
        // Millisecond precision survives every database round trip unchanged, so the hash stays reproducible.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return Jdbc.inTransaction(dataSource, c -> {
            long last;
            String lastHash;
            try (PreparedStatement ps = c.prepareStatement(
                            "SELECT last_seq, last_hash FROM sec_audit_head WHERE id = 1 FOR UPDATE");
                    ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("sec_audit_head has no row: the security changelog was not applied");
                }
                last = rs.getLong(1);
                lastHash = rs.getString(2);
            }
            AuditEntry unsigned = new AuditEntry(
                    last + 1,
                    at,
                    Jdbc.clip(actor == null ? "system" : actor, 64),
                    Jdbc.clip(jurisdictionCode, 12),
                    Jdbc.clip(action, 64),
                    Jdbc.clip(target, 255),
                    Jdbc.clip(detail, 2000),
                    Jdbc.clip(remote, 64),
                    null);
            String hash = hash(lastHash, unsigned);
            insert(c, unsigned, lastHash, hash);
            try (PreparedStatement ps =
                    c.prepareStatement("UPDATE sec_audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
                ps.setLong(1, unsigned.sequence());
                ps.setString(2, hash);
                ps.executeUpdate();
            }
            return withHash(unsigned, hash);
        });
    }

    private static void insert(Connection c, AuditEntry e, String prevHash, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sec_audit_log (seq, occurred_at, actor,"
                + " actor_jurisdiction, action, target, detail, remote_address, prev_hash, hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, e.sequence());
            Jdbc.setInstant(ps, 2, e.at());
            ps.setString(3, e.actor());
            ps.setString(4, e.jurisdictionCode());
            ps.setString(5, e.action());
            ps.setString(6, e.target());
            ps.setString(7, e.detail());
            ps.setString(8, e.remoteAddress());
            ps.setString(9, prevHash);
            ps.setString(10, hash);
            ps.executeUpdate();
        }
    }

    /** Recomputes every hash in sequence order, streaming the rows; reports the first entry that does not fit. */
    ChainVerification verify() {
        return Jdbc.inTransaction(dataSource, c -> {
            long expected = 1;
            String prev = GENESIS;
            try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY seq")) {
                ps.setFetchSize(500);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        AuditEntry entry = read(rs);
                        boolean fits = entry.sequence() == expected
                                && prev.equals(rs.getString("prev_hash"))
                                && hash(prev, entry).equals(entry.hash());
                        if (!fits) {
                            // A gap means the entry we expected was deleted.
                            return new ChainVerification(false, expected - 1, Math.min(expected, entry.sequence()));
                        }
                        prev = entry.hash();
                        expected++;
                    }
                }
            }
            long entries = expected - 1;
            try (PreparedStatement ps =
                            c.prepareStatement("SELECT last_seq, last_hash FROM sec_audit_head WHERE id = 1");
                    ResultSet rs = ps.executeQuery()) {
                // The head remembers the last append: entries cut off the end show up here.
                if (rs.next() && (rs.getLong(1) != entries || !rs.getString(2).equals(prev))) {
                    return new ChainVerification(false, entries, entries + 1);
                }
            }
            return new ChainVerification(true, entries, -1);
        });
    }

    static AuditEntry read(ResultSet rs) throws SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                Jdbc.getInstant(rs, "occurred_at"),
                rs.getString("actor"),
                rs.getString("actor_jurisdiction"),
                rs.getString("action"),
                rs.getString("target"),
                rs.getString("detail"),
                rs.getString("remote_address"),
                rs.getString("hash"));
    }

    /** Hex SHA-256 over the previous hash and every field, each length-prefixed so that no two entries collide. */
    static String hash(String prevHash, AuditEntry e) {
        StringBuilder text = new StringBuilder();
        for (String field : new String[] {
            prevHash,
            Long.toString(e.sequence()),
            Long.toString(e.at().toEpochMilli()),
            e.actor(),
            e.jurisdictionCode(),
            e.action(),
            e.target(),
            e.detail(),
            e.remoteAddress()
        }) {
            text.append(field == null ? "-1:" : field.length() + ":" + field).append('|');
        }
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e1);
        }
    }

    private static AuditEntry withHash(AuditEntry e, String hash) {
        return new AuditEntry(
                e.sequence(),
                e.at(),
                e.actor(),
                e.jurisdictionCode(),
                e.action(),
                e.target(),
                e.detail(),
                e.remoteAddress(),
                hash);
    }
}
