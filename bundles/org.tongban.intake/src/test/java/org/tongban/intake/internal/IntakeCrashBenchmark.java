package org.tongban.intake.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.tongban.intake.Agent;
import org.tongban.intake.Channel;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakeStates;
import org.tongban.intake.MaterialState;
import org.tongban.intake.Submission;
import org.tongban.platform.api.security.ChainVerification;
import org.tongban.platform.security.internal.JdbcAuditLog;
import org.tongban.platform.security.internal.SecuritySettings;
import org.tongban.testing.Jinan;
import org.tongban.testing.PostgresSchema;
import org.tongban.testing.TestDatabase;

/**
 * Prints what becomes of 1,000 submissions when the node taking them in dies. A client (this process) sends them all
 * at once over HTTP, each with its own idempotency key, to a node in a separate JVM (started on this class path) that
 * runs intake on the platform's real services ({@link IntakeNode}) on PostgreSQL, and receives and accepts each case
 * as a window clerk of 历下区, with its clock, audit entries, outbox events and sealed 受理通知书, on 8 worker threads.
 * Once 30% are answered the node is killed ({@code Process.destroyForcibly}, {@code kill -9} on Linux) and started
 * again on the same database and folder; the client then sends every submission that got no answer again, with the
 * same key, until each has one. A submission whose case was received but not yet accepted before the kill is
 * accepted on its retry. The run counts, from the database, the submissions accepted (each must be exactly once:
 * none duplicated, none lost, and the number the client was told must be the case's), checks that every case has
 * its clock and its 受理通知书 and that the audit chain, continued by the restarted node, verifies, and prints the
 * time it all took.
 *
 * <p>Run: {@code mvn -f bundles/org.tongban.intake/pom.xml test-compile exec:java
 * -Dexec.mainClass=org.tongban.intake.internal.IntakeCrashBenchmark}; size with {@code -Dtongban.bench.submissions=N}
 * (1,000) and {@code -Dtongban.bench.killAfter=N} (30% of them answered).
 */
public final class IntakeCrashBenchmark {
    private static final int SUBMISSIONS = Integer.getInteger("tongban.bench.submissions", 1_000);
    private static final int KILL_AFTER = Integer.getInteger("tongban.bench.killAfter", SUBMISSIONS * 3 / 10);
    private static final int WORKERS = Integer.getInteger("tongban.bench.threads", 8);
    private static final String READY = "READY ";
    private static final String WINDOW = "lixia.window";

    private IntakeCrashBenchmark() {}

    public static void main(String[] args) throws Exception {
        Bench.quietLogging();
        if (args.length == 4 && args[0].equals("node")) {
            node(args[1], args[2], Path.of(args[3]));
            return;
        }
        System.out.printf(
                "intake crash: %,d concurrent submissions to a node process on %d worker threads, kill -9 after %,d"
                        + " answers, restart, retries with the same keys; %d cores, load %.1f%n",
                SUBMISSIONS, WORKERS, KILL_AFTER, Bench.cores(), Bench.load());
        PostgresSchema schema = Bench.postgresSchema();
        if (schema == null) {
            System.exit(0);
        }
        Path home = Bench.temporaryFolder("intake-crash-bench");
        try {
            run(schema, home);
        } finally {
            schema.close();
            Bench.delete(home);
        }
        System.exit(0);
    }

    private static void run(PostgresSchema schema, Path home) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        Map<Integer, String> answered = new ConcurrentHashMap<>();
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        Node node = Node.start(schema, home);
        long ready = System.nanoTime();
        System.out.printf("intake crash: node up in %.1f s (pid %d)%n", (ready - start) / 1e9, node.process.pid());

        // Every submission at once; the node is killed once KILL_AFTER have their answer.
        CountDownLatch enough = new CountDownLatch(KILL_AFTER);
        List<CompletableFuture<?>> sent = new ArrayList<>();
        long sending = System.nanoTime();
        for (int n = 0; n < SUBMISSIONS; n++) {
            sent.add(submit(client, node, n, answered, errors, enough::countDown));
        }
        if (!enough.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("fewer than " + KILL_AFTER + " answers in 10 minutes");
        }
        int before = answered.size();
        node.process.destroyForcibly();
        node.process.waitFor();
        long killed = System.nanoTime();
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new))
                .exceptionally(e -> null)
                .join();
        List<Integer> unanswered = unanswered(answered);
        int committed;
        int onlyReceived;
        try (Connection c = schema.dataSource().getConnection();
                Statement s = c.createStatement()) {
            committed = count(s, "SELECT COUNT(*) FROM intake_case");
            onlyReceived = count(s, "SELECT COUNT(*) FROM intake_case WHERE state = 'RECEIVED'");
        }
        System.out.printf(
                "intake crash: kill -9 after %,d answers, %.1f s after the first submission; %,d answered in all,"
                        + " %,d without an answer; the database then held %,d cases, %,d of them received but not"
                        + " yet accepted%n",
                before, (killed - sending) / 1e9, answered.size(), unanswered.size(), committed, onlyReceived);

        // The node comes back on the same database and folder; every unanswered submission is sent again.
        long restart = System.nanoTime();
        node = Node.start(schema, home);
        long back = System.nanoTime();
        int rounds = 0;
        while (!unanswered.isEmpty() && rounds++ < 10) {
            List<CompletableFuture<?>> retries = new ArrayList<>();
            for (int n : unanswered) {
                retries.add(submit(client, node, n, answered, errors, () -> {}));
            }
            CompletableFuture.allOf(retries.toArray(CompletableFuture[]::new))
                    .exceptionally(e -> null)
                    .join();
            unanswered = unanswered(answered);
        }
        long done = System.nanoTime();
        System.out.printf(
                "intake crash: restarted in %.1f s; retries answered in %.1f s (%d round%s); %,d answers were errors"
                        + " and sent again; %.1f s in all, %.1f submissions/s%n",
                (back - restart) / 1e9,
                (done - back) / 1e9,
                rounds,
                rounds == 1 ? "" : "s",
                errors.get(),
                (done - sending) / 1e9,
                SUBMISSIONS * 1e9 / (done - sending));
        node.stop();
        check(schema, home, answered);
    }

    /** Sends submission {@code n}; its answer (the case number) is kept when the node accepted it. */
    private static CompletableFuture<Void> submit(
            HttpClient client,
            Node node,
            int n,
            Map<Integer, String> answered,
            AtomicInteger errors,
            Runnable onAnswer) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(node.url + "/submit?n=" + n))
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            if (response != null && response.statusCode() == 200) {
                answered.put(n, response.body());
                onAnswer.run();
            } else if (response != null) {
                errors.incrementAndGet();
            }
            return null;
        });
    }

    private static List<Integer> unanswered(Map<Integer, String> answered) {
        List<Integer> missing = new ArrayList<>();
        for (int n = 0; n < SUBMISSIONS; n++) {
            if (!answered.containsKey(n)) {
                missing.add(n);
            }
        }
        return missing;
    }

    /**
     * From the database: per submission (the agent's letter of authority names it), how many cases and in what state;
     * every case with its clock and 受理通知书; the audit chain verifies with the node's key.
     */
    private static void check(PostgresSchema schema, Path home, Map<Integer, String> answered) throws SQLException {
        Map<Integer, List<String>> cases = new HashMap<>();
        Map<String, String> states = new HashMap<>();
        int documents;
        int clocks;
        ChainVerification chain;
        try (TestDatabase db = TestDatabase.of(schema.dataSource(), "postgresql");
                Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT agent_authorisation, case_number, state FROM intake_case")) {
                while (rs.next()) {
                    int n = Integer.parseInt(rs.getString(1).substring("WT-BENCH-".length()));
                    cases.computeIfAbsent(n, k -> new ArrayList<>()).add(rs.getString(2));
                    states.put(rs.getString(2), rs.getString(3));
                }
            }
            documents = count(
                    s,
                    "SELECT COUNT(DISTINCT i.case_number) FROM intake_document i JOIN document_issued d"
                            + " ON d.id = i.document_id WHERE i.kind = 'ACCEPTANCE'");
            clocks = count(
                    s,
                    "SELECT COUNT(*) FROM platform_workflow w JOIN worktime_clock k ON k.id = w.clock_id"
                            + " WHERE w.kind = 'intake' AND w.state = 'ACCEPTED' AND k.state = 'RUNNING'");
            JdbcAuditLog audit =
                    new JdbcAuditLog(db, new SecuritySettings(home, false, Jinan.JINAN, Clock.systemUTC()));
            audit.run(); // what the killed node left pending
            chain = audit.verify();
        }
        int accepted = 0;
        int duplicated = 0;
        int lost = 0;
        int misanswered = 0;
        for (int n = 0; n < SUBMISSIONS; n++) {
            List<String> of = cases.getOrDefault(n, List.of());
            if (of.size() > 1) {
                duplicated++;
            }
            if (of.isEmpty() || of.stream().noneMatch(k -> IntakeStates.ACCEPTED.equals(states.get(k)))) {
                lost++;
            } else {
                accepted++;
            }
            if (of.size() == 1 && !of.getFirst().equals(answered.get(n))) {
                misanswered++;
            }
        }
        boolean ok = accepted == SUBMISSIONS
                && duplicated == 0
                && lost == 0
                && misanswered == 0
                && documents == SUBMISSIONS
                && clocks == SUBMISSIONS
                && chain.intact();
        System.out.printf(
                "intake crash: check: %,d accepted, %d duplicated, %d lost, %d answered with another number;"
                        + " %,d with their 受理通知书, %,d with their running clock; audit chain of %,d entries %s ->"
                        + " %s%n",
                accepted,
                duplicated,
                lost,
                misanswered,
                documents,
                clocks,
                chain.entries(),
                chain.intact() ? "verifies" : "BROKEN at " + chain.firstBrokenSequence(),
                ok ? "OK" : "FAILED");
    }

    private static int count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** A node process on this class path, ready once it printed the port it listens on. */
    private record Node(Process process, String url) {

        static Node start(PostgresSchema schema, Path home) throws Exception {
            String java = ProcessHandle.current().info().command().orElse("java");
            Process process = new ProcessBuilder(
                            java,
                            "-Xmx512m",
                            "-cp",
                            classPath(),
                            IntakeCrashBenchmark.class.getName(),
                            "node",
                            schema.url(),
                            schema.user(),
                            home.toString())
                    .redirectErrorStream(true)
                    .start();
            CompletableFuture<String> port = new CompletableFuture<>();
            Thread.ofPlatform().daemon(true).name("node-" + process.pid()).start(() -> {
                try (BufferedReader out =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        if (line.startsWith(READY)) {
                            port.complete(line.substring(READY.length()));
                        } else if (!line.contains(" WARN ")) {
                            System.out.println("  [node " + process.pid() + "] " + line);
                        }
                    }
                } catch (IOException ended) {
                    // the process is gone
                }
                port.completeExceptionally(new IllegalStateException("the node ended before it was ready"));
            });
            return new Node(process, "http://127.0.0.1:" + port.get(3, TimeUnit.MINUTES));
        }

        void stop() throws IOException, InterruptedException {
            process.getOutputStream().close(); // the node stops when its standard input ends
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** The class path of this run: Maven's exec:java runs the main in a class loader of its own. */
    private static String classPath() throws URISyntaxException {
        if (IntakeCrashBenchmark.class.getClassLoader() instanceof URLClassLoader loader
                && loader.getURLs().length > 0) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                entries.add(Path.of(url.toURI()).toString());
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    // ---------------------------------------------------------------------------------------------------------
    // The node process

    /**
     * Intake on the schema, behind {@code POST /submit?n=N}: submission N is received under idempotency key {@code
     * crash-bench-N} and accepted unless it already was (a retry of a case received before a crash); the answer is
     * its number. Runs until its standard input ends.
     */
    private static void node(String url, String user, Path home) throws Exception {
        IntakeNode node = IntakeNode.start(url, user, "postgresql", home, "crash-node");
        if (node.db.count("certificate_library") == 0) {
            node.holds(IntakeTestBase.COMPANY, "营业执照");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 2_000);
        server.setExecutor(Executors.newFixedThreadPool(WORKERS));
        server.createContext("/submit", exchange -> answer(node, exchange));
        server.start();
        System.out.println(READY + server.getAddress().getPort());
        System.out.flush();
        while (System.in.read() >= 0) {
            // until the client closes our input
        }
        server.stop(0);
        node.close();
        System.exit(0);
    }

    private static void answer(IntakeNode node, HttpExchange exchange) throws IOException {
        int status;
        String body;
        try {
            int n = Integer.parseInt(exchange.getRequestURI().getQuery().substring("n=".length()));
            node.asLixiaWindow(WINDOW);
            IntakeCase received = node.service.receive(submission(n));
            IntakeCase accepted = IntakeStates.RECEIVED.equals(received.state())
                    ? node.service.accept(received.number(), received.version())
                    : received;
            status = IntakeStates.ACCEPTED.equals(accepted.state()) ? 200 : 409;
            body = accepted.number();
        } catch (RuntimeException e) {
            status = 500;
            body = String.valueOf(e.getMessage());
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A complete food licence application; the agent's letter of authority names the submission. */
    private static Submission submission(int n) {
        return new Submission(
                "crash-bench-" + n,
                TestCatalogue.FOOD_LICENCE,
                IntakeTestBase.COMPANY,
                new Agent(IntakeTestBase.AGENT.name(), IntakeTestBase.AGENT.idNumber(), "WT-BENCH-" + n),
                Channel.WINDOW,
                Jinan.LIXIA,
                null,
                Map.of(),
                Map.of(
                        TestCatalogue.APPLICATION_FORM, MaterialState.SUBMITTED_ORIGINAL,
                        TestCatalogue.BUSINESS_LICENCE, MaterialState.REUSED,
                        TestCatalogue.FLOOR_PLAN, MaterialState.SUBMITTED_COPY,
                        TestCatalogue.HEALTH, MaterialState.NOT_NEEDED));
    }
}
