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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.security.AuditEntry;
import org.tongban.platform.api.security.ChainVerification;

/**
 * Records into and verifies the hash-chained audit log. An entry is first written unchained to {@code
 * sec_audit_pending} in the caller's transaction, so it commits or rolls back with the change it records and costs
 * the caller no second connection. {@link #chainPending()} (the only place that locks the head row, {@code SELECT ...
 * FOR UPDATE}, which serialises it across threads and nodes) then moves the committed entries into {@code
 * sec_audit_log} in id order, each with the next sequence number and the hash over the previous hash and its fields:
 * plain SHA-256 before the chain's {@link AuditKey} starts, an HMAC under that key from then on, so that whoever can
 * only write the database cannot rebuild the chain. The head row carries the last entry and (keyed) its MAC, which
 * catches entries cut off the end.
 */
final class AuditChain {
    static final String GENESIS = "0".repeat(64);
    static final String SELECT = "SELECT seq, occurred_at, actor, actor_jurisdiction, action, target, detail,"
            + " remote_address, prev_hash, hash FROM sec_audit_log";
    private static final String PENDING = "SELECT id, occurred_at, actor, actor_jurisdiction, action, target, detail,"
            + " remote_address FROM sec_audit_pending ORDER BY id";
    private static final int BATCH = 500;

    private final Transactions transactions;
    private final Clock clock;
    private final AuditKey key;

    /** For recording only (the services that write entries but leave chaining to the audit log service). */
    AuditChain(Transactions transactions, Clock clock) {
        this(transactions, clock, null);
    }

    AuditChain(Transactions transactions, Clock clock, AuditKey key) {
        this.transactions = transactions;
        this.clock = clock;
        this.key = key;
    }

    /** Records an entry in the caller's transaction (or in one of its own outside a transaction). */
    void record(String actor, String jurisdictionCode, String action, String target, String detail, String remote) {
        transactions.required(c -> insertPending(c, actor, jurisdictionCode, action, target, detail, remote));
    }

    /** Records an entry that stays even when the caller's transaction rolls back: denials, failed logins. */
    void recordIndependently(
            String actor, String jurisdictionCode, String action, String target, String detail, String remote) {
        transactions.requiresNew(c -> insertPending(c, actor, jurisdictionCode, action, target, detail, remote));
    }

    private int insertPending(
            Connection c,
            String actor,
            String jurisdictionCode,
            String action,
            String target,
            String detail,
            String remote)
            throws SQLException {
        // Millisecond precision survives every database round trip unchanged, so the hash stays reproducible.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return Jdbc.update(
                c,
                "INSERT INTO sec_audit_pending (occurred_at, actor, actor_jurisdiction, action, target, detail,"
                        + " remote_address) VALUES (?, ?, ?, ?, ?, ?, ?)",
                at,
                Jdbc.clip(actor == null ? "system" : actor, 64),
                Jdbc.clip(jurisdictionCode, 12),
                Jdbc.clip(action, 64),
                Jdbc.clip(target, 255),
                Jdbc.clip(detail, 2000),
                Jdbc.clip(remote, 64));
    }

    /**
     * Chains every committed pending entry, in batches each in a transaction of its own; returns how many. Entries
     * of transactions still open are left for the next call.
     */
    int chainPending() {
        if (key == null) {
            throw new IllegalStateException("This audit chain only records; the audit log service chains");
        }
        if (key.missing()) {
            return 0; // the entries wait for a node that has the key
        }
        int total = 0;
        int chained;
        do {
            chained = transactions.requiresNew(this::chainBatch);
            total += chained;
        } while (chained == BATCH);
        return total;
    }

    private int chainBatch(Connection c) throws SQLException {
        long last;
        String lastHash;
        try (PreparedStatement ps =
                        c.prepareStatement("SELECT last_seq, last_hash FROM sec_audit_head WHERE id = 1 FOR UPDATE");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("sec_audit_head has no row: the security changelog was not applied");
            }
            last = rs.getLong(1);
            lastHash = rs.getString(2);
        }
        List<Long> ids = new ArrayList<>();
        List<AuditEntry> entries = new ArrayList<>();
        // Read under the head lock: a second chainer waits above and then sees these rows gone.
        try (PreparedStatement ps = c.prepareStatement(PENDING)) {
            ps.setMaxRows(BATCH);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong("id"));
                    entries.add(new AuditEntry(
                            last + ids.size(),
                            Jdbc.instant(rs, "occurred_at"),
                            rs.getString("actor"),
                            rs.getString("actor_jurisdiction"),
                            rs.getString("action"),
                            rs.getString("target"),
                            rs.getString("detail"),
                            rs.getString("remote_address"),
                            null));
                }
            }
        }
        if (ids.isEmpty()) {
            return 0;
        }
        for (AuditEntry unsigned : entries) {
            String hash = key.hash(lastHash, unsigned);
            insert(c, unsigned, lastHash, hash);
            lastHash = hash;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM sec_audit_pending WHERE id = ?")) {
            for (long id : ids) {
                ps.setLong(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Jdbc.update(
                c,
                "UPDATE sec_audit_head SET last_seq = ?, last_hash = ?, head_mac = ? WHERE id = 1",
                last + entries.size(),
                lastHash,
                key.headMac(last + entries.size(), lastHash));
        return entries.size();
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

    /**
     * Recomputes every hash in sequence order, streaming the rows, and checks the head; reports the first entry that
     * does not fit. Without the key file, keyed entries cannot be checked and count as broken.
     */
    ChainVerification verify() {
        chainPending();
        return transactions.requiresNew(c -> {
            long expected = 1;
            String prev = GENESIS;
            try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY seq")) {
                ps.setFetchSize(500);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        AuditEntry entry = read(rs);
                        if (key.missing() && entry.sequence() >= key.from()) {
                            return new ChainVerification(false, expected - 1, Math.min(expected, entry.sequence()));
                        }
                        boolean fits = entry.sequence() == expected
                                && prev.equals(rs.getString("prev_hash"))
                                && key.hash(prev, entry).equals(entry.hash());
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
            try (PreparedStatement ps = c.prepareStatement(
                            "SELECT last_seq, last_hash, head_mac FROM sec_audit_head WHERE id = 1");
                    ResultSet rs = ps.executeQuery()) {
                // The head remembers the last append: entries cut off the end show up here, and with the key a head
                // set back to an earlier entry does too.
                if (rs.next()
                        && (rs.getLong(1) != entries
                                || !rs.getString(2).equals(prev)
                                || (key.keyed() && !key.headMacMatches(entries, prev, rs.getString(3))))) {
                    return new ChainVerification(false, entries, entries + 1);
                }
            }
            if (key.missing()) {
                return new ChainVerification(false, entries, entries + 1);
            }
            return new ChainVerification(true, entries, -1);
        });
    }

    static AuditEntry read(ResultSet rs) throws SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                Jdbc.instant(rs, "occurred_at"),
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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(hashedText(prevHash, e).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e1);
        }
    }

    /** The previous hash and every field of the entry, each length-prefixed. */
    static String hashedText(String prevHash, AuditEntry e) {
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
        return text.toString();
    }
}
