package org.tongban.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongban.itests.support.ConsoleSession;
import org.tongban.itests.support.ConsoleSession.Shown;
import org.tongban.itests.support.OpenApiOperations;
import org.tongban.itests.support.OpenApiOperations.Operation;
import org.tongban.itests.support.RawHttp;
import org.tongban.itests.support.TongbanInstance;
import org.tongban.platform.api.persistence.Database;

/**
 * The launched Jinan demo against another site and against requests the web server itself refuses: every
 * state-changing API route refuses a change carried by the console's session cookie from another origin (or with no
 * origin at all), the console's own protocol refuses an event without the UI's security key, every HTML page forbids
 * framing by other sites, and what Jetty refuses before any route runs is the API's JSON error below {@code /api/} and
 * a plain Chinese page elsewhere, never naming the server.
 */
class WebEdgeSecurityIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TongbanInstance jinan;

    @BeforeAll
    static void start() throws Exception {
        jinan = TongbanInstance.of("jinan").demo().start();
    }

    @AfterAll
    static void stop() throws Exception {
        jinan.close();
    }

    @Test
    void stateChangingApiRoutesRefuseACrossSiteRequestCarryingTheSessionCookie() throws Exception {
        ConsoleSession clerk = ConsoleSession.login(jinan.baseUrl(), "lixia.clerk", "Demo2026lixia");
        List<Operation> changes = OpenApiOperations.parse(
                        jinan.get("/api/openapi.json").body())
                .stream()
                .filter(o -> !o.method().equals("GET") && !o.method().equals("HEAD"))
                .toList();
        assertThat(changes)
                .as("state-changing routes in the OpenAPI description")
                .isNotEmpty();
        String self = jinan.baseUrl();
        Map<String, Map<String, String>> crossSite = new LinkedHashMap<>();
        crossSite.put("no Origin or Referer", Map.of("Content-Type", "application/json"));
        crossSite.put("another Origin", Map.of("Content-Type", "application/json", "Origin", "http://evil.example"));
        crossSite.put(
                "a look-alike Origin", Map.of("Content-Type", "application/json", "Origin", self + ".evil.example"));
        crossSite.put("Origin null (sandboxed frame)", Map.of("Content-Type", "application/json", "Origin", "null"));
        crossSite.put(
                "another site's Referer",
                Map.of("Content-Type", "application/json", "Referer", "http://evil.example/x"));
        crossSite.put("a form post", Map.of("Content-Type", "text/plain", "Origin", "http://evil.example"));
        for (Operation operation : changes) {
            // The description's paths are relative to its server, /api.
            String path = "/api" + operation.path().replaceAll("\\{[^}]+}", "1");
            for (Map.Entry<String, Map<String, String>> attempt : crossSite.entrySet()) {
                String title = "跨站请求测试 " + attempt.getKey();
                HttpResponse<String> answer =
                        clerk.request(operation.method(), path, notice(title), attempt.getValue());
                assertThat(answer.statusCode())
                        .as(operation + " with " + attempt.getKey())
                        .isEqualTo(403);
                assertThat(answer.body()).contains("拒绝来自其他网站的请求");
                assertThat(notices(title)).as("nothing was published").isZero();
            }
        }
        // The same request from a page of the site itself goes through: the refusals above are the origin's doing.
        HttpResponse<String> fromTheSite = clerk.request(
                "POST",
                "/api/v1/notices",
                notice("本站页面发布的公告"),
                Map.of("Content-Type", "application/json", "Origin", self));
        assertThat(fromTheSite.statusCode()).as(fromTheSite.body()).isEqualTo(201);
        assertThat(notices("本站页面发布的公告")).isOne();
    }

    @Test
    void theConsolesOwnProtocolRefusesAnEventWithoutTheUisSecurityKey() throws Exception {
        ConsoleSession visitor = ConsoleSession.anonymous(jinan.baseUrl());
        assertThat(visitor.loginWithSecurityKey("admin", "Demo2026admin", "guessed-by-another-site"))
                .as("a login event with a wrong security key logs no one in")
                .isEqualTo(Shown.LOGIN);
        assertThat(visitor.loginWithSecurityKey("admin", "Demo2026admin", ""))
                .as("nor one without a key")
                .isEqualTo(Shown.LOGIN);
        assertThat(visitor.loginWithSecurityKey("admin", "Demo2026admin", null))
                .as("the same event with the UI's own key does")
                .isEqualTo(Shown.VIEW);
    }

    @Test
    void noHtmlPageMayBeFramedByAnotherSite() throws Exception {
        for (String path :
                List.of("/", "/console", "/console/login", "/search?q=%E8%90%A5%E4%B8%9A", "/no-such-page")) {
            HttpResponse<String> page = jinan.get(path);
            assertThat(page.headers().firstValue("Content-Type").orElse(""))
                    .as(path)
                    .startsWith("text/html");
            assertThat(page.headers().firstValue("X-Frame-Options")).as(path).hasValue("SAMEORIGIN");
            assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                    .as(path)
                    .contains("frame-ancestors 'self'");
        }
    }

    @Test
    void whatJettyRefusesIsTheApisJsonErrorBelowApiAndAPlainChinesePageElsewhere() throws Exception {
        int port = Integer.parseInt(jinan.baseUrl().substring(jinan.baseUrl().lastIndexOf(':') + 1));
        Map<String, List<String>> refused = new LinkedHashMap<>();
        refused.put("%s/%zz", List.of());
        refused.put("%s/a\u0001b", List.of());
        refused.put("%s/" + "x".repeat(20_000), List.of());
        refused.put("%s", List.of("X-Big: " + "x".repeat(20_000)));
        refused.put("%s?q=1", List.of("Host: second.example"));
        for (Map.Entry<String, List<String>> request : refused.entrySet()) {
            RawHttp.Response api = RawHttp.send(
                    port, "GET", request.getKey().replace("%s", "/api/v1/matters"), request.getValue(), null);
            String what =
                    request.getKey().substring(0, Math.min(20, request.getKey().length())) + " " + request.getValue();
            assertThat(api.status()).as(what).isBetween(400, 499);
            assertThat(api.header("content-type")).as(what).startsWith("application/json");
            assertThat(JSON.readTree(api.body()).path("status").asInt())
                    .as(what)
                    .isEqualTo(api.status());
            assertThat(JSON.readTree(api.body()).path("error").asText())
                    .as(what)
                    .isNotBlank();
            assertThat(api.header("server")).as(what).isEmpty();
            assertThat(api.body()).as(what).doesNotContainIgnoringCase("jetty").doesNotContain("Exception");

            RawHttp.Response page = RawHttp.send(
                    port, "GET", request.getKey().replace("%s", "/console/users"), request.getValue(), null);
            assertThat(page.status()).as(what).isEqualTo(api.status());
            assertThat(page.header("content-type")).as(what).startsWith("text/html");
            assertThat(page.body()).as(what).contains("lang=\"zh-CN\"").doesNotContainIgnoringCase("jetty");
            assertThat(page.header("x-frame-options")).as(what).isEqualTo("SAMEORIGIN");
        }
    }

    private static long notices(String title) throws Exception {
        try (Connection c = jinan.service(Database.class).dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM notice_item WHERE title = ?")) {
            s.setString(1, title);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String notice(String title) {
        return JSON.createObjectNode()
                .put("jurisdiction", "370102")
                .put("title", title)
                .put("body", "跨站请求测试")
                .toString();
    }
}
