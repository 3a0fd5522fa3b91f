package org.tongban.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tongban.itests.support.Postgres;
import org.tongban.itests.support.TongbanInstance;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.LoginResult;

/**
 * Two nodes of Jinan on one PostgreSQL: a guide withdrawn on one node leaves the other node's embedded search index
 * through the outbox, each node keeps its own position for its index, and the scheduler's sweep job exists once and
 * runs on one node at a time.
 */
class TwoNodesIT {
    private static final String WITHDRAWN = "食品经营许可";

    @Test
    void aWithdrawalOnOneNodeReachesTheOtherNodesIndexAndTheSweepRunsOnce() throws Exception {
        try (Postgres pg = Postgres.freshSchema()) {
            Map<String, Object> database = Map.of("url", pg.url(), "user", Postgres.USER, "password", "");
            Map<String, Object> sweepEverySecond = Map.of("sweepIntervalSeconds", 1);
            try (TongbanInstance a = TongbanInstance.of("jinan")
                            .demo()
                            .configure("org.tongban.platform.persistence", database)
                            .configure("org.tongban.worktime", sweepEverySecond)
                            .start();
                    SecondNode b =
                            SecondNode.start(pg, sweepEverySecond, a.home().resolve("data/audit-chain.key"))) {
                String code = awaitTopHit(b.baseUrl, WITHDRAWN);
                awaitTopHit(a.baseUrl(), WITHDRAWN);

                // A publisher withdraws the guide on node A, as the console would.
                Authenticator authenticator = a.service(Authenticator.class);
                LoginResult admin = authenticator.login("admin", "Demo2026admin".toCharArray(), "127.0.0.1");
                authenticator.bind(admin.session());
                try {
                    TongbanInstance.call(
                            a.service("org.tongban.catalogue.CatalogueEditing"), "withdraw", code, "两节点测试：撤回");
                } finally {
                    authenticator.bind(null);
                }

                long millis = TongbanInstance.await(Duration.ofSeconds(30), () -> !search(b.baseUrl, WITHDRAWN)
                        .contains(code));
                assertThat(search(a.baseUrl(), WITHDRAWN)).doesNotContain(code);
                System.out.printf("Withdrawal on node A left node B's index after %d ms%n", millis);

                try (Connection c = pg.connect();
                        Statement s = c.createStatement()) {
                    assertThat(strings(
                                    s, "SELECT node FROM platform_event_cursor WHERE handler = 'search-guide-index'"))
                            .as("each node keeps its own position for its own index")
                            .hasSize(2)
                            .doesNotHaveDuplicates();
                    TongbanInstance.await(Duration.ofSeconds(30), () -> !strings(
                                    pg,
                                    "SELECT picked_by FROM platform_scheduled_tasks WHERE task_instance ="
                                            + " 'worktime-deadline-sweep' AND last_success IS NOT NULL")
                            .isEmpty());
                    assertThat(strings(
                                    s,
                                    "SELECT task_name FROM platform_scheduled_tasks WHERE task_instance ="
                                            + " 'worktime-deadline-sweep'"))
                            .as("one job for the cluster, not one per node")
                            .containsExactly("tongban-job");
                }
                assertThat(b.process.isAlive()).isTrue();
                assertThat(a.service(AuditLog.class).verify().intact())
                        .as("both nodes chain with the one key the operator copied")
                        .isTrue();
            }
        }
    }

    private static String awaitTopHit(String baseUrl, String query) throws InterruptedException {
        String[] code = new String[1];
        TongbanInstance.await(Duration.ofSeconds(120), () -> {
            String body = search(baseUrl, query);
            int at = body.indexOf("\"matterCode\"");
            if (at < 0) {
                return false;
            }
            int start = body.indexOf('"', body.indexOf(':', at) + 1) + 1;
            code[0] = body.substring(start, body.indexOf('"', start));
            return true;
        });
        return code[0];
    }

    private static String search(String baseUrl, String query) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/search?q="
                                            + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                                    .timeout(Duration.ofSeconds(20))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static List<String> strings(Statement s, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static List<String> strings(Postgres pg, String sql) {
        try (Connection c = pg.connect();
                Statement s = c.createStatement()) {
            return strings(s, sql);
        } catch (Exception e) {
            return List.of();
        }
    }

    /** The second node: the same distribution in its own folder and JVM, as a second server would run it. */
    static final class SecondNode implements AutoCloseable {
        final Process process;
        final Path home;
        final String baseUrl;

        private SecondNode(Process process, Path home, int port) {
            this.process = process;
            this.home = home;
            this.baseUrl = "http://localhost:" + port;
        }

        /** Starts it with a copy of the first node's audit key, as the operators' guide asks. */
        static SecondNode start(Postgres pg, Map<String, Object> worktime, Path auditKey) throws Exception {
            Path dist = Path.of(System.getProperty("tongban.dist", "../distribution/target"), "tongban-jinan");
            Path home = Files.createTempDirectory("tongban-node-b-");
            TongbanInstance.copy(dist, home);
            Files.createDirectories(home.resolve("data"));
            Files.copy(auditKey, home.resolve("data/audit-chain.key"));
            Path conf = home.resolve("conf/configurations.json");
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            var all = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(conf.toFile());
            all.putObject("org.tongban.platform.persistence")
                    .put("url", pg.url())
                    .put("user", Postgres.USER)
                    .put("password", "");
            var wt = all.has("org.tongban.worktime")
                    ? (com.fasterxml.jackson.databind.node.ObjectNode) all.get("org.tongban.worktime")
                    : all.putObject("org.tongban.worktime");
            worktime.forEach((k, v) -> wt.put(k, ((Number) v).intValue()));
            json.writeValue(conf.toFile(), all);
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            String java = ProcessHandle.current().info().command().orElse("java");
            Process process = new ProcessBuilder(
                            java,
                            "-Dtongban.home=" + home,
                            "-Dlogback.configurationFile=" + home.resolve("conf/logback.xml"),
                            "-cp",
                            home.resolve("lib") + "/*",
                            "org.tongban.host.Main",
                            "--home",
                            home.toString(),
                            "--port",
                            Integer.toString(port),
                            "--demo")
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("node-b.out").toFile())
                    .start();
            SecondNode node = new SecondNode(process, home, port);
            TongbanInstance.await(Duration.ofSeconds(120), () -> node.healthy());
            return node;
        }

        boolean healthy() {
            if (!process.isAlive()) {
                throw new AssertionError("node B stopped:\n" + log());
            }
            try {
                return HttpClient.newHttpClient()
                                .send(
                                        HttpRequest.newBuilder(URI.create(baseUrl + "/health"))
                                                .timeout(Duration.ofSeconds(5))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString())
                                .statusCode()
                        == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        String log() {
            try {
                Path logFile = home.resolve("logs/tongban.log");
                return Files.exists(logFile) ? Files.readString(logFile) : Files.readString(home.resolve("node-b.out"));
            } catch (IOException e) {
                return e.toString();
            }
        }

        @Override
        public void close() throws IOException {
            process.destroy();
            try {
                process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
            try (Stream<Path> paths = Files.walk(home)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
