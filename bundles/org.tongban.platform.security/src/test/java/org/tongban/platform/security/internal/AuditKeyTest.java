package org.tongban.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.security.AuditEntry;
import org.tongban.platform.api.security.ChainVerification;

/**
 * The audit chain anchored by a key outside the database: whoever can write the database but not read the key file
 * cannot rebuild the chain after an edit, and a chain begun before the key still verifies.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class AuditKeyTest {

    @Parameter
    Backend backend;

    private SecurityFixture fx;

    @AfterEach
    void tearDown() {
        if (fx != null) {
            fx.close();
        }
    }

    private void keyed() {
        fx = new SecurityFixture(backend, null, false, LoginPolicy.DEFAULT, SecurityFixture.temporaryKeyFile());
    }

    private void plain() {
        fx = new SecurityFixture(backend, null, false, LoginPolicy.DEFAULT, null);
    }

    private void append(JdbcAuditLog audit, int count) {
        for (int i = 1; i <= count; i++) {
            audit.record("test.entry", "target-" + i, "detail " + i);
        }
        audit.chainPending();
    }

    private List<AuditEntry> entries() {
        return fx.db.transactions().read(c -> Jdbc.list(c, AuditChain.SELECT + " ORDER BY seq", AuditChain::read));
    }

    /** What someone holding only the database does: edit an entry, recompute every hash after it, move the head. */
    private void rebuildWithPlainSha256(long editedSeq) {
        fx.db.update("UPDATE sec_audit_log SET detail = ? WHERE seq = ?", "nothing happened", editedSeq);
        String prev = AuditChain.GENESIS;
        for (AuditEntry entry : entries()) {
            if (entry.sequence() >= editedSeq) {
                String hash = AuditChain.hash(prev, entry);
                fx.db.update(
                        "UPDATE sec_audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", prev, hash, entry.sequence());
                prev = hash;
            } else {
                prev = entry.hash();
            }
        }
        fx.db.update("UPDATE sec_audit_head SET last_hash = ? WHERE id = 1", prev);
    }

    @Test
    void theKeyIsCreatedAtFirstStartOwnerOnlyAndKeysTheChainFromTheFirstEntry() throws Exception {
        keyed();
        Path file = fx.settings.auditKeyFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(file))
                .contains("back it up apart from the database")
                .contains("from=1\n");

        append(fx.audit, 3);

        assertThat(fx.audit.verify()).isEqualTo(new ChainVerification(true, 3, -1));
        AuditEntry first = entries().getFirst();
        assertThat(first.hash()).hasSize(64).isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, first));
    }

    @Test
    void aChainRebuiltWithPlainSha256IsCaughtWhereItWasEdited() {
        keyed();
        append(fx.audit, 5);

        rebuildWithPlainSha256(3);

        assertThat(fx.audit.verify()).isEqualTo(new ChainVerification(false, 2, 3));
    }

    @Test
    void withoutAKeyTheSameRebuildWouldPassWhichIsWhyTheKeyExists() {
        plain();
        append(fx.audit, 5);

        rebuildWithPlainSha256(3);

        assertThat(fx.audit.verify()).isEqualTo(new ChainVerification(true, 5, -1));
    }

    @Test
    void entriesCutOffTheEndWithTheHeadSetBackAreCaught() {
        keyed();
        append(fx.audit, 5);
        AuditEntry fourth = entries().get(3);

        fx.db.update("DELETE FROM sec_audit_log WHERE seq = 5");
        fx.db.update("UPDATE sec_audit_head SET last_seq = 4, last_hash = ? WHERE id = 1", fourth.hash());

        assertThat(fx.audit.verify()).isEqualTo(new ChainVerification(false, 4, 5));
    }

    @Test
    void anExistingPlainChainStillVerifiesAndTheKeyStartsAfterIt() {
        plain();
        append(fx.audit, 3);
        fx.audit.stop();

        Path keyFile = SecurityFixture.temporaryKeyFile();
        JdbcAuditLog upgraded =
                new JdbcAuditLog(fx.db, new SecuritySettings(null, false, SecurityFixture.CITY, fx.clock, keyFile));
        try {
            append(upgraded, 2);

            assertThat(upgraded.verify()).isEqualTo(new ChainVerification(true, 5, -1));
            List<AuditEntry> entries = entries();
            String prev = AuditChain.GENESIS;
            for (AuditEntry entry : entries) {
                boolean plainHash = AuditChain.hash(prev, entry).equals(entry.hash());
                assertThat(plainHash).as("entry " + entry.sequence()).isEqualTo(entry.sequence() <= 3);
                prev = entry.hash();
            }
            Optional<Long> keyedFrom = fx.db.transactions()
                    .read(c -> Jdbc.one(c, "SELECT keyed_from FROM sec_audit_head", r -> r.getLong(1)));
            assertThat(keyedFrom).hasValue(4L);

            fx.db.update("UPDATE sec_audit_log SET detail = ? WHERE seq = 2", "nothing happened");
            assertThat(upgraded.verify()).isEqualTo(new ChainVerification(false, 1, 2));
        } finally {
            upgraded.stop();
        }
    }

    @Test
    void aNodeWithoutTheKeyFileMakesNoKeyOfItsOwnAndChainsNothing() {
        keyed();
        append(fx.audit, 2);
        fx.audit.stop();

        Path elsewhere = SecurityFixture.temporaryKeyFile();
        JdbcAuditLog secondNode =
                new JdbcAuditLog(fx.db, new SecuritySettings(null, false, SecurityFixture.CITY, fx.clock, elsewhere));
        try {
            secondNode.record("test.entry", "from-the-second-node", null);
            assertThat(secondNode.chainPending()).isZero();
            assertThat(elsewhere).doesNotExist();
            assertThat(secondNode.verify().intact()).isFalse();
        } finally {
            secondNode.stop();
        }

        JdbcAuditLog firstNode = new JdbcAuditLog(fx.db, fx.settings);
        try {
            assertThat(firstNode.chainPending()).isOne();
            assertThat(firstNode.verify()).isEqualTo(new ChainVerification(true, 3, -1));
        } finally {
            firstNode.stop();
        }
    }
}
