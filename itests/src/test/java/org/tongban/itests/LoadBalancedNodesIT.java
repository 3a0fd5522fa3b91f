package org.tongban.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tongban.itests.support.Postgres;
import org.tongban.itests.support.SecondNode;
import org.tongban.itests.support.StickyBalancer;
import org.tongban.itests.support.TongbanInstance;
import org.tongban.platform.api.security.ApiTokens;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.LoginResult;

/**
 * Two Jinan nodes on one PostgreSQL behind a sticky load balancer (issue 12): four hall systems keep publishing
 * notices with their API tokens while one node is killed with kill -9. The balancer moves them to the other node;
 * a publication cut off by the kill is retried by its system with the same Idempotency-Key. In the end every notice
 * is published exactly once, none is lost, and the audit chain, continued by the surviving node, verifies.
 */
class LoadBalancedNodesIT {
    private static final int SYSTEMS = 4;
    private static final int NOTICES_EACH = 12;
    private static final String TITLE = "负载均衡测试";

    @Test
    void hallSystemsKeepPublishingWhileANodeIsKilledAndNothingIsLostOrDoubled() throws Exception {
        try (Postgres pg = Postgres.freshSchema()) {
            Map<String, Object> database = Map.of("url", pg.url(), "user", Postgres.USER, "password", "");
            try (TongbanInstance a = TongbanInstance.of("jinan")
                            .demo()
                            .configure("org.tongban.platform.persistence", database)
                            .start();
                    SecondNode b = SecondNode.start(pg, Map.of(), a.home().resolve("data/audit-chain.key"));
                    StickyBalancer balancer = new StickyBalancer(List.of(a.baseUrl(), b.baseUrl()))) {
                List<String> tokens = issueTokens(a);
                AtomicInteger published = new AtomicInteger();
                Map<String, Integer> attemptsByKey = new ConcurrentHashMap<>();
                List<Future<?>> systems = new ArrayList<>();
                try (ExecutorService pool = Executors.newFixedThreadPool(SYSTEMS)) {
                    for (int s = 0; s < SYSTEMS; s++) {
                        int system = s;
                        systems.add(pool.submit(() -> {
                            publishAll(balancer, tokens.get(system), system, published, attemptsByKey);
                            return null;
                        }));
                    }
                    // Until both nodes have answered: on a busy machine node A may publish the first notices alone.
                    TongbanInstance.await(
                            Duration.ofSeconds(120),
                            () -> published.get() >= SYSTEMS * 2 && balancer.answeredBy(1) > 0);
                    assertThat(balancer.answeredBy(1))
                            .as("node B served systems before it died")
                            .isPositive();
                    b.kill();
                    long answeredBeforeKill = balancer.answeredBy(1);
                    for (Future<?> system : systems) {
                        system.get();
                    }
                    assertThat(balancer.answeredBy(1)).isEqualTo(answeredBeforeKill);
                }

                assertThat(published.get()).isEqualTo(SYSTEMS * NOTICES_EACH);
                assertThat(countPublished(a))
                        .as("each notice once: none lost, none doubled by a retry")
                        .isEqualTo(SYSTEMS * NOTICES_EACH);
                System.out.printf(
                        "Load balancer: %d notices by %d systems, node B killed; requests retried by the systems: %d%n",
                        published.get(),
                        SYSTEMS,
                        attemptsByKey.values().stream().mapToInt(n -> n - 1).sum());
                assertThat(a.get("/").statusCode()).isEqualTo(200);
                TongbanInstance.await(
                        Duration.ofSeconds(30),
                        () -> a.service(AuditLog.class).verify().intact());
            }
        }
    }

    private static void publishAll(
            StickyBalancer balancer,
            String token,
            int system,
            AtomicInteger published,
            Map<String, Integer> attemptsByKey)
            throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        for (int n = 0; n < NOTICES_EACH; n++) {
            String key = "lb-" + system + "-" + n;
            String json =
                    "{\"jurisdiction\":\"370102\",\"title\":\"" + TITLE + " " + key + "\",\"body\":\"两节点负载均衡下的发布。\"}";
            int status = 0;
            for (int attempt = 1; attempt <= 40 && status != 201; attempt++) {
                attemptsByKey.merge(key, 1, Integer::sum);
                try {
                    HttpResponse<String> answer = http.send(
                            HttpRequest.newBuilder(URI.create(balancer.baseUrl() + "/api/v1/notices"))
                                    .timeout(Duration.ofSeconds(30))
                                    .header("Content-Type", "application/json")
                                    .header("Authorization", "Bearer " + token)
                                    .header("Idempotency-Key", key)
                                    .POST(HttpRequest.BodyPublishers.ofString(json))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    status = answer.statusCode();
                    assertThat(status)
                            .as("only a cut-off request may fail, and only with a retryable answer: %s", answer.body())
                            .isIn(201, 409, 502, 503);
                } catch (IOException cutOff) {
                    status = 0;
                }
                if (status != 201) {
                    Thread.sleep(250);
                }
            }
            assertThat(status).as("notice %s published", key).isEqualTo(201);
            published.incrementAndGet();
        }
    }

    private static List<String> issueTokens(TongbanInstance a) throws Exception {
        Authenticator authenticator = a.service(Authenticator.class);
        LoginResult admin = authenticator.login("admin", "Demo2026admin".toCharArray(), "127.0.0.1");
        authenticator.bind(admin.session());
        try {
            ApiTokens tokens = a.service(ApiTokens.class);
            List<String> secrets = new ArrayList<>();
            for (int s = 0; s < SYSTEMS; s++) {
                secrets.add(tokens.issue("lixia.clerk", "大厅系统 " + s, Duration.ofDays(1))
                        .secret());
            }
            return secrets;
        } finally {
            authenticator.bind(null);
        }
    }

    private static long countPublished(TongbanInstance a) throws Exception {
        List<?> notices =
                (List<?>) TongbanInstance.call(a.service("org.tongban.notice.NoticeService"), "published", "370102");
        long count = 0;
        for (Object notice : notices) {
            if (String.valueOf(TongbanInstance.call(notice, "title")).startsWith(TITLE)) {
                count++;
            }
        }
        return count;
    }
}
