package org.tongban.platform.security.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Transactions;

/**
 * Opens the audit chain's key at start, under the chain head's lock: reads the key file, or creates it at the first
 * start with a key (the chain is then keyed from the next entry, which is recorded in the file and, for the other
 * nodes, in {@code sec_audit_head.keyed_from}). A node that finds the chain keyed but no key file of its own does not
 * create another key: it chains nothing until the operator copies the file, and says so in the log.
 */
final class AuditAnchor {
    private static final Logger LOG = LoggerFactory.getLogger(AuditAnchor.class);

    private AuditAnchor() {}

    static AuditKey open(Transactions transactions, Path keyFile) {
        if (keyFile == null) {
            return AuditKey.PLAIN;
        }
        return transactions.requiresNew(c -> {
            long lastSeq;
            String lastHash;
            Long keyedFrom;
            try (PreparedStatement ps = c.prepareStatement(
                            "SELECT last_seq, last_hash, keyed_from FROM sec_audit_head WHERE id = 1 FOR UPDATE");
                    ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("sec_audit_head has no row: the security changelog was not applied");
                }
                lastSeq = rs.getLong(1);
                lastHash = rs.getString(2);
                long from = rs.getLong(3);
                keyedFrom = rs.wasNull() ? null : from;
            }
            AuditKey key;
            try {
                key = AuditKey.read(keyFile);
            } catch (IOException e) {
                LOG.error(
                        "Audit chain key {} cannot be read ({}); audit entries are not chained until it is fixed",
                        keyFile,
                        e.getMessage());
                return AuditKey.missing(keyedFrom == null ? lastSeq + 1 : keyedFrom);
            }
            if (key != null) {
                if (keyedFrom == null && lastSeq < key.from()) {
                    // The key file was written but its start not committed (a crash at the first start).
                    Jdbc.update(
                            c,
                            "UPDATE sec_audit_head SET keyed_from = ?, head_mac = ? WHERE id = 1",
                            key.from(),
                            key.headMac(lastSeq, lastHash));
                } else if (keyedFrom == null || keyedFrom != key.from()) {
                    LOG.error(
                            "Audit chain key {} starts at entry {} but the database says {}: the database was"
                                    + " changed or restored, or the key belongs to another instance",
                            keyFile,
                            key.from(),
                            keyedFrom);
                }
                return key;
            }
            if (keyedFrom != null) {
                LOG.error(
                        "The audit chain is keyed from entry {} but {} is missing: copy the key file of the first"
                                + " node (or restore it from its backup); until then this node chains no entries",
                        keyedFrom,
                        keyFile);
                return AuditKey.missing(keyedFrom);
            }
            try {
                key = AuditKey.create(keyFile, lastSeq + 1);
            } catch (IOException e) {
                LOG.error(
                        "Audit chain key {} cannot be created ({}); the chain stays plain SHA-256",
                        keyFile,
                        e.getMessage());
                return AuditKey.PLAIN;
            }
            Jdbc.update(
                    c,
                    "UPDATE sec_audit_head SET keyed_from = ?, head_mac = ? WHERE id = 1",
                    key.from(),
                    key.headMac(lastSeq, lastHash));
            LOG.info(
                    "Audit chain key created in {}: entries from {} on are keyed. Back this file up apart from the"
                            + " database",
                    keyFile,
                    key.from());
            return key;
        });
    }
}
