package org.tongban.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.platform.security.internal.SecurityFixture.CITY;
import static org.tongban.platform.security.internal.SecurityFixture.JIEFANGLU;
import static org.tongban.platform.security.internal.SecurityFixture.LIXIA;
import static org.tongban.platform.security.internal.SecurityFixture.SHIZHONG;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.api.security.AuditEntry;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.AuditPage;
import org.tongban.platform.api.security.AuditQuery;
import org.tongban.platform.api.security.ChainVerification;

/** The hash chain survives appends, catches edits and deletions; readers see their own subtree only. */
@ParameterizedClass
@EnumSource(Backend.class)
class AuditLogTest {

    @Parameter
    Backend backend;

    private SecurityFixture fx;

    @BeforeEach
    void setUp() {
        fx = new SecurityFixture(backend);
    }

    @AfterEach
    void tearDown() {
        AuditLog.clearRemoteAddress();
        if (fx != null) {
            fx.close();
        }
    }

    private void appendSystemEntries(int count) {
        for (int i = 1; i <= count; i++) {
            fx.audit.record("test.entry", "target-" + i, "detail " + i);
        }
        fx.audit.chainPending();
    }

    private long count(String sql) {
        return fx.db.transactions().read(c -> org.tongban.platform.api.jdbc.Jdbc.one(c, sql, r -> r.getLong(1))
                .orElseThrow());
    }

    @Test
    void anEntryCommitsWithTheChangeItRecordsOrNotAtAll() {
        fx.db.update("CREATE TABLE probe_case (id INT)");
        fx.db.transactions().required(c -> {
            c.createStatement().execute("INSERT INTO probe_case VALUES (1)");
            fx.audit.record("case.accept", "case-1", "受理");
            return null;
        });
        assertThatThrownBy(() -> fx.db.transactions().required(c -> {
                    c.createStatement().execute("INSERT INTO probe_case VALUES (2)");
                    fx.audit.record("case.accept", "case-2", "受理");
                    throw new IllegalStateException("the clock could not start");
                }))
                .isInstanceOf(IllegalStateException.class);

        fx.audit.chainPending();
        assertThat(count("SELECT COUNT(*) FROM probe_case")).isOne();
        assertThat(count("SELECT COUNT(*) FROM sec_audit_log WHERE action = 'case.accept'"))
                .as("no entry for the case that was rolled back")
                .isOne();
        assertThat(count("SELECT COUNT(*) FROM sec_audit_log WHERE target = 'case-2'"))
                .isZero();
        assertThat(fx.audit.verify()).isEqualTo(new ChainVerification(true, 1, -1));
    }

    @Test
    void aDenialStaysOnRecordWhenTheCallersTransactionRollsBack() {
        fx.user("lixia.clerk", LIXIA, "clerk");
        fx.loginAs("lixia.clerk");
        assertThatThrownBy(() -> fx.db.transactions().required(c -> {
                    fx.audit.record("notice.edit", "n-1", null);
                    fx.access.check("user:admin", SHIZHONG);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);

        fx.audit.chainPending();
        assertThat(count("SELECT COUNT(*) FROM sec_audit_log WHERE action = 'access.denied'"))
                .isOne();
        assertThat(count("SELECT COUNT(*) FROM sec_audit_log WHERE action = 'notice.edit'"))
                .isZero();
    }

    @Test
    void entriesLeftPendingByAStoppedNodeAreChainedByTheNextOne() {
        fx.db.update("INSERT INTO sec_audit_pending (occurred_at, actor, action, target)"
                + " VALUES (CURRENT_TIMESTAMP, 'system', 'catalogue.import', 'matter/1')");
        JdbcAuditLog restarted = new JdbcAuditLog(fx.db, fx.settings);
        try {
            assertThat(restarted.verify()).isEqualTo(new ChainVerification(true, 1, -1));
            assertThat(count("SELECT COUNT(*) FROM sec_audit_pending")).isZero();
        } finally {
            restarted.stop();
        }
    }

    @Test
    void theChainerIsTheSchedulersNodeJobWokenOnlyByACommit() {
        List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        org.tongban.platform.scheduler.Jobs scheduler = asked::add;
        fx.audit.setJobs(scheduler);
        fx.db.transactions().required(c -> {
            fx.audit.record("case.accept", "case-1", "受理");
            assertThat(asked).as("nothing to chain before the commit").isEmpty();
            return null;
        });
        assertThat(asked).containsExactly(JdbcAuditLog.CHAINER);
        assertThatThrownBy(() -> fx.db.transactions().required(c -> {
                    fx.audit.record("case.accept", "case-2", "受理");
                    throw new IllegalStateException("rolled back");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(asked).as("a rollback wakes nobody").hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM sec_audit_pending")).isOne();

        fx.audit.run();

        assertThat(count("SELECT COUNT(*) FROM sec_audit_pending")).isZero();
        assertThat(count("SELECT COUNT(*) FROM sec_audit_log WHERE target = 'case-1'"))
                .isOne();
        fx.audit.unsetJobs(scheduler);
    }

    @Test
    void chainIsIntactAfterAppends() {
        assertThat(fx.audit.verify()).isEqualTo(new ChainVerification(true, 0, -1));
        appendSystemEntries(10);
        assertThat(fx.audit.verify()).isEqualTo(new ChainVerification(true, 10, -1));
    }

    @Test
    void tamperedDetailIsFoundAtItsSequence() {
        appendSystemEntries(8);
        assertThat(fx.db.update("UPDATE sec_audit_log SET detail = ? WHERE seq = 4", "nothing happened"))
                .isOne();
        ChainVerification result = fx.audit.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(4);
    }

    @Test
    void deletedEntryIsFound() {
        appendSystemEntries(8);
        fx.db.update("DELETE FROM sec_audit_log WHERE seq = 6");
        assertThat(fx.audit.verify().firstBrokenSequence()).isEqualTo(6);
    }

    @Test
    void deletedLastEntryIsFound() {
        appendSystemEntries(5);
        fx.db.update("DELETE FROM sec_audit_log WHERE seq = 5");
        ChainVerification result = fx.audit.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(5);
    }

    @Test
    void concurrentAppendsFormOneChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> appendSystemEntries(25)));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(fx.audit.verify()).isEqualTo(new ChainVerification(true, 100, -1));
    }

    @Test
    void recordTakesActorFromTheBoundSubjectAndTheRemoteAddress() {
        fx.user("lixia.clerk", LIXIA, "clerk");
        fx.user("city.auditor", CITY, "auditor");
        fx.loginAs("lixia.clerk");
        AuditLog.setRemoteAddress("198.51.100.4");
        fx.audit.record("notice.publish", "notice-17", "发布通知");
        fx.loginAs("city.auditor");
        AuditEntry entry = fx.audit.recent(1).get(0);
        assertThat(entry.action()).isEqualTo("login.success"); // the auditor's own login is newer
        assertThat(fx.audit.recent(10))
                .filteredOn(e -> e.action().equals("notice.publish"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("lixia.clerk");
                    assertThat(e.jurisdictionCode()).isEqualTo(LIXIA);
                    assertThat(e.remoteAddress()).isEqualTo("198.51.100.4");
                    assertThat(e.detail()).isEqualTo("发布通知");
                    assertThat(e.hash()).hasSize(64);
                });
    }

    @Test
    void readersSeeTheirSubtreeAndOnlyRootReadersSeeTheSystem() {
        fx.user("city.auditor", CITY, "auditor");
        fx.user("lixia.auditor", LIXIA, "auditor");
        fx.user("street.clerk", JIEFANGLU, "clerk");
        fx.user("shizhong.clerk", SHIZHONG, "clerk");
        fx.audit.record("system.start", null, null);
        for (String user : List.of("street.clerk", "shizhong.clerk")) {
            fx.loginAs(user);
            fx.audit.record("notice.edit", "n-" + user, null);
        }

        fx.loginAs("lixia.auditor");
        assertThat(fx.audit.recent(100))
                .extracting(AuditEntry::actor)
                .contains("street.clerk", "lixia.auditor")
                .doesNotContain("shizhong.clerk", "system");

        fx.loginAs("city.auditor");
        assertThat(fx.audit.recent(100))
                .extracting(AuditEntry::actor)
                .contains("street.clerk", "shizhong.clerk", "system", "lixia.auditor");
        assertThat(fx.audit.recent(2)).hasSize(2);
        List<AuditEntry> all = fx.audit.recent(100);
        assertThat(all.get(0).sequence()).isGreaterThan(all.get(1).sequence());
    }

    @Test
    void theLogIsSearchedByActorActionJurisdictionAndTimeAndPagedOverEveryMatch() {
        fx.user("city.auditor", CITY, "auditor");
        fx.user("lixia.auditor", LIXIA, "auditor");
        fx.user("street.clerk", JIEFANGLU, "clerk");
        fx.user("shizhong.clerk", SHIZHONG, "clerk");
        fx.audit.record("system.start", null, null);
        for (String user : List.of("street.clerk", "shizhong.clerk")) {
            fx.loginAs(user);
            for (int i = 1; i <= 30; i++) {
                fx.audit.record("notice.edit", "n-" + i, null);
            }
            fx.audit.record("intake.accept", "c-" + user, null);
        }
        java.time.Instant afterwards = java.time.Instant.now().plusSeconds(1);

        fx.loginAs("city.auditor");
        AuditPage edits = fx.audit.search(new AuditQuery(null, "notice.edit", null, null, null), 0, 25);
        assertThat(edits.total()).isEqualTo(60);
        assertThat(edits.entries()).hasSize(25);
        AuditPage last = fx.audit.search(new AuditQuery(null, "notice.edit", null, null, null), 50, 25);
        assertThat(last.entries()).hasSize(10);
        assertThat(last.entries().get(0).sequence())
                .isLessThan(edits.entries().get(24).sequence());

        assertThat(fx.audit
                        .search(new AuditQuery("street.clerk", "intake.", null, null, null), 0, 10)
                        .entries())
                .extracting(AuditEntry::target)
                .containsExactly("c-street.clerk");
        assertThat(fx.audit
                        .search(new AuditQuery(null, null, LIXIA, null, null), 0, 100)
                        .entries())
                .extracting(AuditEntry::actor)
                .containsOnly("street.clerk")
                .hasSize(32); // the login, 30 edits and the case
        assertThat(fx.audit
                        .search(new AuditQuery(null, null, null, afterwards, null), 0, 10)
                        .total())
                .isZero();
        assertThat(fx.audit
                        .search(new AuditQuery(null, "system.", null, null, afterwards), 0, 10)
                        .total())
                .isOne();
        // a wildcard in the action is a character like any other
        assertThat(fx.audit
                        .search(new AuditQuery(null, "%.", null, null, null), 0, 10)
                        .total())
                .isZero();

        fx.loginAs("lixia.auditor");
        assertThat(fx.audit
                        .search(new AuditQuery(null, "notice.edit", null, null, null), 0, 100)
                        .total())
                .isEqualTo(30);
        assertThatThrownBy(() -> fx.audit.search(new AuditQuery(null, null, SHIZHONG, null, null), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.audit.search(new AuditQuery(null, null, "379999", null, null), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void readingRequiresAuditRead() {
        fx.user("clerk", LIXIA, "clerk");
        fx.loginAs("clerk");
        assertThatThrownBy(() -> fx.audit.recent(10))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("audit:read");
        fx.authenticator.bind(null);
        assertThatThrownBy(() -> fx.audit.recent(10)).isInstanceOf(AccessDeniedException.class);
        fx.audit.chainPending();
        assertThat(fx.db.count("sec_audit_log")).isEqualTo(3); // login.success and two access.denied
        assertThat(fx.audit.verify().intact()).isTrue();
    }
}
