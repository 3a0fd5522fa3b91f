package org.tongban.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.itests.support.Postgres;
import org.tongban.itests.support.SecondNode;
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
                String code = awaitTopHit(b.baseUrl(), WITHDRAWN);
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

                long millis = TongbanInstance.await(Duration.ofSeconds(30), () -> !search(b.baseUrl(), WITHDRAWN)
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
                assertThat(b.alive()).isTrue();
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
}
