package org.tongban.host.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.host.web.ApiEdgeFixture.ALLOWED_ORIGIN;
import static org.tongban.host.web.ApiEdgeFixture.LIXIA;
import static org.tongban.host.web.ApiEdgeFixture.SHIZHONG;
import static org.tongban.host.web.ApiEdgeFixture.route;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.i18n.Localized;
import org.tongban.platform.api.i18n.LocalizedMessage;
import org.tongban.platform.api.json.Json;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.web.ApiResponse;

/**
 * The API edge over HTTP in a real Jetty, with the real security services, tokens and idempotency store on H2: a
 * route that records a note for a jurisdiction (permission {@code notice:edit}, checked again by the "service" at the
 * jurisdiction), and an anonymous one that counts them.
 */
class ApiEdgeTest {

    record NoteBody(String jurisdiction, String text) {}

    /** A service's refusal with a message key, as services throw them. */
    static final class EmptyNote extends IllegalArgumentException implements Localized {
        private static final long serialVersionUID = 1L;

        EmptyNote() {
            super("备注不能为空");
        }

        @Override
        public LocalizedMessage localizedMessage() {
            return LocalizedMessage.of(ApiEdgeTest.class, "i18n/test-notes", "note.empty");
        }
    }

    private ApiEdgeFixture fx;
    private String base;
    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @BeforeEach
    void start() throws Exception {
        fx = new ApiEdgeFixture();
        base = fx.start(List.of(
                route("POST", "v1/notes", "notice:edit", false, request -> {
                    NoteBody body = request.body(NoteBody.class);
                    if (body.text() == null || body.text().isBlank()) {
                        throw new EmptyNote();
                    }
                    fx.access.check("notice:edit", body.jurisdiction());
                    String author =
                            request.currentUser().map(CurrentUser::username).orElseThrow();
                    long id = fx.db.transactions()
                            .required(c -> org.tongban.platform.api.jdbc.Jdbc.insert(
                                    c,
                                    "INSERT INTO test_note (jurisdiction, text, author) VALUES (?, ?, ?)",
                                    body.jurisdiction(),
                                    body.text(),
                                    author));
                    return ApiResponse.created(Map.of("id", id, "text", body.text(), "author", author))
                            .withHeader("Location", "/api/v1/notes/" + id)
                            .withHeader("Retry-After", "30");
                }),
                route("POST", "v1/feedback", "", true, request -> {
                    fx.db.transactions()
                            .required(c -> org.tongban.platform.api.jdbc.Jdbc.insert(
                                    c,
                                    "INSERT INTO test_note (jurisdiction, text, author) VALUES (?, ?, ?)",
                                    LIXIA,
                                    "匿名反馈",
                                    "anonymous"));
                    return ApiResponse.created(Map.of("thanks", true));
                }),
                route("GET", "v1/notes", "", true, request -> ApiResponse.ok(Map.of("count", fx.notes())))));
    }

    @AfterEach
    void stop() throws Exception {
        if (fx != null) {
            fx.close();
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder post(String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/notes"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private static String note(String jurisdiction, String text) {
        return Json.text(new NoteBody(jurisdiction, text));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndChangesNothing() throws Exception {
        String[] headers = {"Authorization", "Bearer " + fx.clerkToken, "Idempotency-Key", "k-2026-0001"};

        HttpResponse<String> first = send(post(note(LIXIA, "春节期间窗口调整"), headers));
        HttpResponse<String> retry = send(post(note(LIXIA, "春节期间窗口调整"), headers));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.body()).contains("\"author\":\"lixia.clerk\"");
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(retry.headers().firstValue("Content-Type"))
                .isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(retry.headers().firstValue("Location"))
                .as("a retried creation still says where the note is")
                .isEqualTo(first.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("/api/v1/notes/"));
        assertThat(retry.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(fx.notes()).isEqualTo(1);

        HttpResponse<String> other = send(post(note(LIXIA, "另一条"), headers));
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.body()).contains("Idempotency-Key", "不同");
        assertThat(fx.notes()).isEqualTo(1);

        send(post(note(LIXIA, "无键的请求"), "Authorization", "Bearer " + fx.clerkToken));
        send(post(note(LIXIA, "无键的请求"), "Authorization", "Bearer " + fx.clerkToken));
        assertThat(fx.notes()).as("without a key, each request counts").isEqualTo(3);
    }

    @Test
    void anonymousCallersCannotShareOneKeyScopeTheirKeyIsRefusedWithAClearAnswer() throws Exception {
        HttpRequest.Builder withKey = HttpRequest.newBuilder(URI.create(base + "/api/v1/feedback"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "k-anonymous")
                .header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString("{}"));

        HttpResponse<String> refused = send(withKey);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(refused.body()).contains("匿名请求不能使用 Idempotency-Key").doesNotContain("Exception");
        assertThat(fx.notes()).as("a refused request changes nothing").isZero();

        HttpResponse<String> english = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/feedback"))
                .header("Idempotency-Key", "k-anonymous")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("Anonymous requests cannot use an Idempotency-Key");

        HttpResponse<String> withoutKey = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/feedback"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(withoutKey.statusCode()).isEqualTo(201);
        assertThat(fx.notes()).isEqualTo(1);
    }

    @Test
    void twoConcurrentRequestsWithOneKeyChangeOnceAndGetOneAnswer() throws Exception {
        String[] headers = {"Authorization", "Bearer " + fx.clerkToken, "Idempotency-Key", "k-race"};
        List<CompletableFuture<HttpResponse<String>>> sent = List.of(
                http.sendAsync(post(note(LIXIA, "并发")).headers(headers).build(), HttpResponse.BodyHandlers.ofString()),
                http.sendAsync(post(note(LIXIA, "并发")).headers(headers).build(), HttpResponse.BodyHandlers.ofString()));

        List<HttpResponse<String>> answers =
                sent.stream().map(CompletableFuture::join).toList();

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(201));
        assertThat(answers.get(0).body()).isEqualTo(answers.get(1).body());
        assertThat(fx.notes()).isEqualTo(1);
    }

    @Test
    void theEdgeRefusesWithoutLoginOrPermissionAndTheServiceAtAnotherJurisdiction() throws Exception {
        HttpResponse<String> anonymous = send(post(note(LIXIA, "匿名")));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(anonymous.body()).contains("\"status\":401", "请先登录");

        assertThat(send(post(note(LIXIA, "伪造"), "Authorization", "Bearer tb_forged"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(send(post(note(LIXIA, "审计员"), "Authorization", "Bearer " + fx.auditorToken))
                        .body())
                .contains("\"status\":403", "notice:edit");

        HttpResponse<String> elsewhere = send(post(note(SHIZHONG, "越权"), "Authorization", "Bearer " + fx.clerkToken));
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(elsewhere.body()).contains("notice:edit");
        assertThat(fx.notes()).isZero();

        fx.authenticator.bind(fx.login("lixia.admin"));
        long revoked = fx.tokens.list("lixia.clerk").getFirst().id();
        fx.tokens.revoke(revoked);
        fx.authenticator.bind(null);
        assertThat(send(post(note(LIXIA, "已撤销"), "Authorization", "Bearer " + fx.clerkToken))
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void badBodiesUnknownPathsAndOtherMethodsGetClearJsonAnswersWithoutAStackTrace() throws Exception {
        String[] token = {"Authorization", "Bearer " + fx.clerkToken};

        HttpResponse<String> broken = send(post("{\"jurisdiction\":", token));
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("不是有效的 JSON");
        HttpResponse<String> misspelt = send(post("{\"jurisdiction\":\"370102\",\"txet\":\"x\"}", token));
        assertThat(misspelt.statusCode()).isEqualTo(400);
        assertThat(misspelt.body()).contains("txet").doesNotContain("org.tongban", "Exception");

        HttpResponse<String> unknown = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/nothing")));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("/api/v1/nothing");

        HttpResponse<String> delete =
                send(HttpRequest.newBuilder(URI.create(base + "/api/v1/notes")).DELETE());
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Allow")).hasValue("GET, HEAD, POST");
        assertThat(delete.body()).contains("\"status\":405");

        HttpResponse<String> document = send(HttpRequest.newBuilder(URI.create(base + "/api/openapi.json"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(document.statusCode()).isEqualTo(405);
        assertThat(document.headers().firstValue("Allow")).hasValue("GET, HEAD");
        assertThat(send(HttpRequest.newBuilder(URI.create(base + "/api/openapi.json")))
                        .body())
                .contains("\"openapi\" : \"3.1.0\"");
    }

    @Test
    void serviceMessagesAndTheEdgesOwnAreInTheCallersLanguage() throws Exception {
        String[] token = {"Authorization", "Bearer " + fx.clerkToken};

        assertThat(send(post(note(LIXIA, " "), token)).body()).contains("备注不能为空");
        HttpResponse<String> english =
                send(post(note(LIXIA, " "), "Accept-Language", "en-US,en;q=0.8", token[0], token[1]));
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("The note must not be empty");
        assertThat(send(post(note(LIXIA, " "), "Accept-Language", "zh-TW", token[0], token[1]))
                        .body())
                .contains("備註不能為空");
        assertThat(send(post(note(LIXIA, "x"), "Accept-Language", "en")).body()).contains("Log in first");
    }

    @Test
    void aSessionChangesOnlyFromThisSitesPagesWhileATokenNeedsNoOrigin() throws Exception {
        send(HttpRequest.newBuilder(URI.create(base + "/login?user=lixia.clerk")));

        assertThat(send(post(note(LIXIA, "本站页面"), "Origin", base)).statusCode()).isEqualTo(201);
        assertThat(send(post(note(LIXIA, "本站引用"), "Referer", base + "/console/notices"))
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<String> forged = send(post(note(LIXIA, "伪造"), "Origin", "https://evil.example"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("其他网站");
        assertThat(send(post(note(LIXIA, "无来源"))).statusCode()).isEqualTo(403);
        assertThat(fx.notes()).isEqualTo(2);

        HttpClient noCookies = HttpClient.newHttpClient();
        HttpResponse<String> token = noCookies.send(
                post(note(LIXIA, "令牌"), "Authorization", "Bearer " + fx.clerkToken)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).isEqualTo(201);
    }

    @Test
    void aRefusalMadeBeforeTheBodyArrivedKeepsTheConnectionUsable() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        browser.send(
                HttpRequest.newBuilder(URI.create(base + "/login?user=lixia.clerk"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String session = cookies.getCookieStore().getCookies().stream()
                .map(Object::toString)
                .reduce((a, b) -> a + "; " + b)
                .orElseThrow();
        URI uri = URI.create(base);
        byte[] body = note(LIXIA, "跨站").getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            // The headers first and the body a moment later, as a client writes them in two packets: the origin is
            // refused before the body arrives.
            out.write(("POST /api/v1/notes HTTP/1.1\r\nHost: " + uri.getAuthority() + "\r\nCookie: " + session
                            + "\r\nOrigin: https://evil.example\r\nContent-Type: application/json\r\nContent-Length: "
                            + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(300);
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            assertThat(statusLineAndSkipBody(in)).contains(" 403 ");

            out.write(("GET /api/v1/notes HTTP/1.1\r\nHost: " + uri.getAuthority() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(statusLineAndSkipBody(in))
                    .as("the next request on the same connection is answered")
                    .contains(" 200 ");
        }
        assertThat(fx.notes()).isZero();
    }

    /** Reads one HTTP/1.1 response with a Content-Length and returns its status line. */
    private static String statusLineAndSkipBody(InputStream in) throws Exception {
        String status = line(in);
        int length = 0;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            if (header.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(header.substring(15).trim());
            }
        }
        in.readNBytes(length);
        return status;
    }

    private static String line(InputStream in) throws Exception {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new java.io.EOFException("the server closed the connection after: " + line);
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Test
    void corsIsGrantedOnlyToTheConfiguredOriginsPreflightIncluded() throws Exception {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/notes"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "POST"));
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue(ALLOWED_ORIGIN);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValueSatisfying(m -> assertThat(m).contains("POST"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers"))
                .hasValueSatisfying(h -> assertThat(h).contains("Authorization", "Idempotency-Key"));

        HttpResponse<String> stranger = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/notes"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST"));
        assertThat(stranger.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(stranger.headers().firstValue("Access-Control-Allow-Methods"))
                .isEmpty();

        HttpResponse<String> read =
                send(HttpRequest.newBuilder(URI.create(base + "/api/v1/notes")).header("Origin", ALLOWED_ORIGIN));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).isEqualTo("{\"count\":0}");
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED_ORIGIN);
        HttpResponse<String> elsewhere = send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/notes")).header("Origin", "https://evil.example"));
        assertThat(elsewhere.headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
    }
}
