package org.tongban.intake.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.tongban.intake.IntakeCase;
import org.tongban.platform.api.security.ChainVerification;
import org.tongban.testing.PostgresSchema;

/**
 * Prints how many cases per second intake takes in, each received and accepted at a window of 历下区 the way the
 * console does it (two steps, two transactions): the checks against the pinned guide, the case number, the checklist,
 * the reused business licence looked up in the certificate library with the applicant's consent, the workflow with
 * its history, the legal clock started by the working-time engine, the 补正 deadline's timer set and cancelled, the
 * audit entries, the outbox events, the notices and the e-sealed 受理通知书 (rendered, sealed, registered), on a node
 * built of the platform's real services ({@link IntakeNode}), by several threads over the platform's pool of 10, on
 * H2 (file) and PostgreSQL. The baseline, in the same run, with the same pool and threads, writes the same 26 rows per
 * case with plain JDBC in one transaction ({@link PlainSubmission}); the two take turns, {@code
 * tongban.bench.rounds} (5) each, so that both see the same load of a machine whose cores are shared. A sampling
 * profile of the platform run says where
 * its time goes. Afterwards the run checks that no submission failed, that every case is accepted with its clock,
 * its document, its events and its audit entries, and that the audit chain verifies.
 *
 * <p>Run: {@code mvn -f bundles/org.tongban.intake/pom.xml test-compile exec:java}; size with {@code
 * -Dtongban.bench.cases=N} (1,000 measured cases after 200 warm-up ones), {@code -Dtongban.bench.threads} (8) and
 * {@code -Dtongban.bench.pool} (10); {@code -Dtongban.bench.only=h2} or {@code postgresql} runs one database.
 */
public final class IntakeSubmissionBenchmark {
    private static final int CASES = Integer.getInteger("tongban.bench.cases", 1_000);
    private static final int WARM_UP = Integer.getInteger("tongban.bench.warmup", 200);
    private static final int THREADS = Integer.getInteger("tongban.bench.threads", 8);
    private static final String ONLY = System.getProperty("tongban.bench.only", "");
    private static final int ROUNDS = Integer.getInteger("tongban.bench.rounds", 5);
    private static final String THREAD_NAME = "submit-";

    /** The figures of one way of taking submissions in, gathered over the rounds. */
    private static final class Figures {
        final long[] latencies = new long[CASES];
        final LongAdder failures = new LongAdder();
        final AtomicReference<String> error = new AtomicReference<>();
        long nanos;

        double perSecond() {
            return CASES * 1e9 / nanos;
        }

        double p50() {
            return Bench.percentileMillis(latencies, 0.5);
        }

        double p99() {
            return Bench.percentileMillis(latencies, 0.99);
        }
    }

    /** One way of taking in submission number {@code n}. */
    @FunctionalInterface
    private interface Submit {
        void submit(int n) throws Exception;
    }

    private IntakeSubmissionBenchmark() {}

    public static void main(String[] args) throws Exception {
        Bench.quietLogging();
        System.out.printf(
                "intake submissions: %,d cases (after %,d warm-up) by %d threads over a pool of %d; %d cores, load"
                        + " %.1f%n",
                CASES, WARM_UP, THREADS, IntakeNode.POOL, Bench.cores(), Bench.load());
        if (!ONLY.equals("postgresql")) {
            Path folder = Bench.temporaryFolder("intake-submission-bench");
            try {
                run("h2", "jdbc:h2:file:" + folder.resolve("db") + ";CACHE_SIZE=65536;WRITE_DELAY=0", null, folder);
            } finally {
                Bench.delete(folder);
            }
        }
        if (!ONLY.equals("h2")) {
            PostgresSchema schema = Bench.postgresSchema();
            if (schema != null) {
                Path home = Bench.temporaryFolder("intake-submission-bench");
                try {
                    run("postgresql", schema.url(), schema.user(), home);
                } finally {
                    schema.close();
                    Bench.delete(home);
                }
            }
        }
        System.exit(0); // the node's scheduler and pool threads are stopped, but Liquibase may leave others behind
    }

    private static void run(String vendor, String url, String user, Path home) throws Exception {
        IntakeNode node = IntakeNode.start(url, user, vendor, home, "bench-" + vendor);
        try {
            node.holds(IntakeTestBase.COMPANY, "营业执照");
            Submit platform = n -> {
                node.asLixiaWindow("lixia.window");
                IntakeCase received = node.service.receive(IntakeTestBase.food("bench-case-" + n, Map.of()));
                node.service.accept(received.number(), received.version());
            };
            measure(platform, 0, WARM_UP, new Figures(), 0);
            PlainSubmission plain = new PlainSubmission(node.pool, firstDocument(node));
            measure(plain::submit, 0, WARM_UP, new Figures(), 0);

            // In turns, so that both see the same load of a machine whose cores are shared.
            Figures baseline = new Figures();
            Figures measured = new Figures();
            Sampler sampler = new Sampler(THREAD_NAME, 10);
            int turn = Math.max(1, CASES / ROUNDS);
            for (int done = 0; done < CASES; done += turn) {
                int count = Math.min(turn, CASES - done);
                measure(plain::submit, WARM_UP + done, count, baseline, done);
                sampler.start();
                measure(platform, WARM_UP + done, count, measured, done);
                sampler.stop();
            }

            print(vendor, "plain JDBC (baseline)", baseline, PlainSubmission.ROWS * baseline.perSecond());
            print(vendor, "intake", measured, PlainSubmission.ROWS * measured.perSecond());
            double ratio = measured.perSecond() / baseline.perSecond();
            System.out.printf(
                    "%s: intake/baseline %.1f%% of the cases per second (goal >= 50%%), p50 %.1fx and p99 %.1fx the"
                            + " baseline's; load now %.1f%n",
                    vendor,
                    100 * ratio,
                    measured.p50() / baseline.p50(),
                    measured.p99() / baseline.p99(),
                    Bench.load());
            sampler.print(vendor, 30);
            check(vendor, node, measured);
        } finally {
            node.close();
        }
    }

    /**
     * Times {@code count} submissions numbered from {@code first} by {@link #THREADS} threads taking the next one, into
     * the figures from {@code offset} on.
     */
    private static void measure(Submit submit, int first, int count, Figures into, int offset)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(
                THREADS, Thread.ofPlatform().name(THREAD_NAME, 0).factory());
        long start = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            threads.execute(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long begin = System.nanoTime();
                    try {
                        submit.submit(first + i);
                    } catch (Exception e) {
                        into.failures.increment();
                        into.error.compareAndSet(null, e + (e.getCause() == null ? "" : " <- " + e.getCause()));
                    }
                    if (offset + i < into.latencies.length) {
                        into.latencies[offset + i] = System.nanoTime() - begin;
                    }
                }
            });
        }
        threads.shutdown();
        if (!threads.awaitTermination(1, TimeUnit.HOURS)) {
            throw new IllegalStateException("submissions did not finish");
        }
        into.nanos += System.nanoTime() - start;
    }

    /** A 受理通知书 the warm-up issued: the baseline stores the same bytes. */
    private static byte[] firstDocument(IntakeNode node) throws SQLException {
        try (Connection c = node.pool.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT content FROM document_issued WHERE kind = 'ACCEPTANCE'"
                        + " ORDER BY id FETCH FIRST 1 ROWS ONLY")) {
            if (!rs.next()) {
                throw new IllegalStateException("the warm-up issued no 受理通知书");
            }
            return rs.getBytes(1);
        }
    }

    /**
     * Every case intake took in is accepted, with its workflow row, running clock, START event, 受理通知书, both
     * events, its notices and its 8 audit entries; the audit chain verifies once the last entries are chained.
     */
    private static void check(String vendor, IntakeNode node, Figures measured) throws SQLException {
        node.audit.run();
        ChainVerification chain = node.audit.verify();
        int expected = WARM_UP + CASES;
        String sl = "'SL%'";
        long accepted = count(
                node,
                "SELECT COUNT(*) FROM intake_case WHERE case_number LIKE " + sl
                        + " AND state = 'ACCEPTED' AND version = 2");
        long clocked = count(
                node,
                "SELECT COUNT(*) FROM platform_workflow w JOIN worktime_clock k ON k.id = w.clock_id"
                        + " AND k.object_id = w.aggregate_id AND k.state = 'RUNNING' JOIN worktime_clock_event e"
                        + " ON e.clock_id = k.id AND e.kind = 'START' WHERE w.kind = 'intake' AND w.state = 'ACCEPTED'"
                        + " AND w.aggregate_id LIKE " + sl);
        long documents = count(
                node,
                "SELECT COUNT(*) FROM intake_document i JOIN document_issued d ON d.id = i.document_id"
                        + " AND d.case_number = i.case_number WHERE i.kind = 'ACCEPTANCE' AND i.case_number LIKE "
                        + sl);
        long events = count(
                node,
                "SELECT COUNT(*) FROM platform_outbox WHERE topic IN ('intake/RECEIVE', 'intake/ACCEPT')"
                        + " AND aggregate LIKE 'intake/SL%'");
        long notices = count(
                node,
                "SELECT COUNT(*) FROM notify_message WHERE template IN ('intake.received', 'intake.accepted')"
                        + " AND arguments LIKE '%SL%'");
        long audited = count(
                node,
                "SELECT COUNT(*) FROM sec_audit_log WHERE action IN ('intake.receive', 'intake.accept')"
                        + " AND target LIKE 'intake/SL%'");
        long pending = count(node, "SELECT COUNT(*) FROM sec_audit_pending");
        List<String> problems = new ArrayList<>();
        if (measured.failures.sum() > 0) {
            problems.add(measured.failures.sum() + " submissions failed, first: " + measured.error.get());
        }
        if (accepted != expected || clocked != expected || documents != expected) {
            problems.add(String.format(
                    "%d cases accepted, %d with their clock, %d with their 受理通知书, expected %d",
                    accepted, clocked, documents, expected));
        }
        if (events != 2L * expected || notices != 2L * expected || audited != 2L * expected) {
            problems.add(String.format(
                    "%d events, %d notices, %d intake audit entries, expected %d each",
                    events, notices, audited, 2 * expected));
        }
        if (!chain.intact() || pending > 0) {
            problems.add("audit chain " + chain + ", " + pending + " entries unchained");
        }
        System.out.printf(
                "%s: check: %,d cases accepted, each with its clock, 受理通知书, 2 events, 2 notices and audit"
                        + " entries; audit chain of %,d entries %s -> %s%n",
                vendor,
                accepted,
                chain.entries(),
                chain.intact() ? "verifies" : "BROKEN at " + chain.firstBrokenSequence(),
                problems.isEmpty() ? "OK" : "FAILED: " + String.join("; ", problems));
    }

    private static void print(String vendor, String label, Figures f, double rowsPerSecond) {
        System.out.printf(
                "%s: %-22s %,7.1f cases/s (%,d in %.1f s, %,.0f rows/s), p50 %.1f ms, p99 %.1f ms, failed %d%s%n",
                vendor,
                label,
                f.perSecond(),
                CASES,
                f.nanos / 1e9,
                rowsPerSecond,
                f.p50(),
                f.p99(),
                f.failures.sum(),
                f.error.get() == null ? "" : " (" + f.error.get() + ")");
    }

    private static long count(IntakeNode node, String sql) throws SQLException {
        try (Connection c = node.pool.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
