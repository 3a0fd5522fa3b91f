package org.tongban.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongban.itests.support.TongbanInstance;
import org.tongban.platform.api.security.ApiTokens;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.LoginResult;

/**
 * {@code POST /api/v1/notices} in the launched Jinan demo: a system of the hall publishes a notice with an API token
 * that the administrator issued to a clerk's account, a retry with the same Idempotency-Key gets the same answer and
 * publishes nothing more, and an account without {@code notice:edit} is refused.
 */
class NoticeApiIT {

    private static TongbanInstance jinan;
    private static String clerkToken;
    private static String auditorToken;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        jinan = TongbanInstance.sharedDemo("jinan");
        Authenticator authenticator = jinan.service(Authenticator.class);
        LoginResult admin = authenticator.login("admin", "Demo2026admin".toCharArray(), "127.0.0.1");
        authenticator.bind(admin.session());
        try {
            ApiTokens tokens = jinan.service(ApiTokens.class);
            clerkToken = tokens.issue("lixia.clerk", "12345 热线系统", Duration.ofDays(30))
                    .secret();
            auditorToken = tokens.issue("auditor", "审计接口", Duration.ofDays(30)).secret();
        } finally {
            authenticator.bind(null);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        jinan.close();
    }

    private HttpResponse<String> post(String token, String key, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(jinan.baseUrl() + "/api/v1/notices"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long published(String title) throws Exception {
        List<?> notices = (List<?>)
                TongbanInstance.call(jinan.service("org.tongban.notice.NoticeService"), "published", "370102");
        return notices.stream()
                .filter(n -> {
                    try {
                        return title.equals(TongbanInstance.call(n, "title"));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .count();
    }

    @Test
    void aTokenPublishesOnceAndARetryWithTheSameKeyGetsTheSameAnswer() throws Exception {
        String json = "{\"jurisdiction\":\"370102\",\"title\":\"历下区大厅周六加班\",\"body\":\"本周六上午照常办理。\"}";

        HttpResponse<String> first = post(clerkToken, "hotline-2026-0001", json);
        HttpResponse<String> retry = post(clerkToken, "hotline-2026-0001", json);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.body()).contains("\"author\":\"lixia.clerk\"", "历下区大厅周六加班");
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(first.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("/api/v1/notices/"));
        assertThat(retry.headers().firstValue("Location"))
                .as("the replay still says where the notice is")
                .isEqualTo(first.headers().firstValue("Location"));
        assertThat(retry.headers().firstValue("Content-Type"))
                .isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(published("历下区大厅周六加班")).isEqualTo(1);

        HttpResponse<String> reused = post(clerkToken, "hotline-2026-0001", json.replace("周六", "周日"));
        assertThat(reused.statusCode()).isEqualTo(422);
    }

    @Test
    void withoutThePermissionOrATokenTheRequestIsRefused() throws Exception {
        String json = "{\"jurisdiction\":\"370102\",\"title\":\"审计员发布\",\"body\":\"不应发布\"}";

        HttpResponse<String> auditor = post(auditorToken, "audit-1", json);
        assertThat(auditor.statusCode()).isEqualTo(403);
        assertThat(auditor.body()).contains("notice:edit");
        assertThat(post(null, null, json).statusCode()).isEqualTo(401);
        assertThat(post(null, "anonymous-1", json).statusCode())
                .as("an anonymous caller is refused before its key is looked at")
                .isEqualTo(401);
        assertThat(post("tb_not-a-token", null, json).statusCode()).isEqualTo(401);
        HttpResponse<String> elsewhere =
                post(clerkToken, null, json.replace("370102", "370103").replace("审计员发布", "跨区发布"));
        assertThat(elsewhere.statusCode())
                .as("the service checks the jurisdiction itself")
                .isEqualTo(403);
        assertThat(published("审计员发布")).isZero();
    }

    @Test
    void theOpenApiDescriptionListsThePostRoute() throws Exception {
        assertThat(jinan.get("/api/openapi.json").body())
                .contains("/v1/notices", "\"post\"", "Idempotency-Key", "bearer");
    }
}
