package org.tongban.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import org.tongban.host.HostOptions;
import org.tongban.host.web.api.ApiOrigins;
import org.tongban.host.web.api.ApiRoutes;
import org.tongban.platform.api.web.ApiResponse;

/**
 * The web layer's own parts (security filter, error pages, API servlet, session cookie) in a real Jetty with the
 * host's HTTP configuration, without the OSGi framework: what a browser, a scanner or a proxy sees on the wire.
 */
class WebLayerTest {

    private Server server;
    private final AtomicInteger databaseCalls = new AtomicInteger();
    private Instant now = Instant.parse("2026-12-01T02:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    /** A response as it came over the socket. */
    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    private int start(boolean forwarded) throws Exception {
        Properties settings = new Properties();
        settings.setProperty(WebServer.FORWARDED, Boolean.toString(forwarded));
        HostOptions options = new HostOptions(Path.of("."), 0, false, false, settings);
        server = new Server();
        server.setErrorHandler(new ErrorPages.ServerHandler());
        ServerConnector connector = new ServerConnector(
                server, new RequestLineConnectionFactory(new WebServer(options).httpConfiguration()));
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/", ServletContextHandler.SESSIONS);
        WebServer.configureSessions(context.getSessionHandler());
        context.setErrorHandler(new ErrorPages.ContextHandler());
        context.addFilter(SecurityFilter.class, "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(
                new ServletHolder(new ApiServlet(
                        new FixedApiServices(List.of(matters(), databaseBacked())), ApiOrigins.parse(""), clock)),
                "/api/*");
        context.addServlet(new ServletHolder(new PageServlet()), "/*");
        server.setHandler(context);
        server.start();
        return connector.getLocalPort();
    }

    /** Stands for a Vaadin page: creates a session; {@code /missing} is not there. */
    static final class PageServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            if (request.getRequestURI().equals("/missing")) {
                response.sendError(404);
                return;
            }
            request.getSession(true);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html><body>办事大厅</body></html>");
        }
    }

    private static ApiRoutes.Entry matters() {
        return FixedApiServices.anonymousGet("v1/matters", request -> {
            String[] page = request.parameters().get("page");
            return ApiResponse.ok(Map.of("page", Integer.parseInt(page == null ? "0" : page[0])));
        });
    }

    private ApiRoutes.Entry databaseBacked() {
        return FixedApiServices.anonymousGet("v1/guides", request -> {
            databaseCalls.incrementAndGet();
            throw new IllegalStateException(
                    "读取事项目录失败", new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
        });
    }

    /** Sends the request line as given, so that malformed targets reach the server unchanged. */
    private static Answer get(int port, String target, String... extraHeaders) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n");
            for (String header : extraHeaders) {
                request.append(header).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = raw.indexOf("\r\n\r\n");
            String[] lines = raw.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.merge(
                        lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim(),
                        (a, b) -> a + "\n" + b);
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, raw.substring(end + 4));
        }
    }

    private static void assertSecurityHeaders(Answer answer) {
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Content-Security-Policy"))
                .contains("frame-ancestors 'self'", "object-src 'none'", "default-src 'self'");
        assertThat(answer.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(answer.header("Server")).isNull();
        assertThat(answer.body()).doesNotContainIgnoringCase("jetty");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/matters?page=%zz",
                "/api/v1/matters?page=%",
                "/api/v1/matters?page=%%",
                "/api/v1/matters?q=%ff%fe",
                "/api/v1/matters?q=%C0%80",
                "/api/v1/matters?q=%ED%A0%80",
                "/api/v1/search?q=%zz",
                "/api/v1/matters?%zz=1"
            })
    void undecodableQueryStringsAreTheClientsErrorWithAChineseJsonMessage(String target) throws Exception {
        int port = start(false);

        Answer answer = get(port, target);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.body()).contains("\"status\":400", "编码无效").doesNotContain("Exception");
        assertSecurityHeaders(answer);
    }

    @Test
    void aFloodOfBadQueriesWritesNothingToTheLog() throws Exception {
        int port = start(false);
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        root.addAppender(logged);
        try {
            for (int i = 0; i < 100; i++) {
                assertThat(get(port, "/api/v1/matters?page=%zz" + i).status()).isEqualTo(400);
                assertThat(get(port, "/?q=%ff%fe").status()).isEqualTo(400);
            }
        } finally {
            root.detachAppender(logged);
        }
        // The appender appends under its own lock, from the server's threads: read a copy taken under that lock.
        List<ILoggingEvent> events;
        synchronized (logged) {
            events = new ArrayList<>(logged.list);
        }
        assertThat(events)
                .filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
                .isEmpty();
    }

    @Test
    void aWellFormedQueryStillWorks() throws Exception {
        int port = start(false);

        Answer answer = get(port, "/api/v1/matters?page=2&q=%E5%8A%9E%E4%BA%8B");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"page\":2}");
        // No origin is configured for cross-site calls.
        assertThat(answer.header("Access-Control-Allow-Origin")).isNull();
        assertSecurityHeaders(answer);
    }

    @Test
    void pagesCarryTheSecurityHeadersAndALaxSessionCookieWithoutHstsOverPlainHttp() throws Exception {
        int port = start(false);

        Answer page = get(port, "/console");

        assertThat(page.status()).isEqualTo(200);
        assertSecurityHeaders(page);
        assertThat(page.header("Strict-Transport-Security")).isNull();
        assertThat(page.header("Set-Cookie")).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(page.header("Set-Cookie")).doesNotContainIgnoringCase("Secure");
    }

    @Test
    void behindATrustedProxyHttpsGivesHstsAndASecureCookie() throws Exception {
        int port = start(true);

        Answer page = get(port, "/console", "X-Forwarded-Proto: https", "X-Forwarded-For: 203.0.113.9");

        assertThat(page.header("Strict-Transport-Security")).isEqualTo(SecurityHeaders.STRICT_TRANSPORT_SECURITY);
        assertThat(page.header("Set-Cookie")).contains("Secure").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void forwardingHeadersAreIgnoredUnlessTheProxyIsTrusted() throws Exception {
        int port = start(false);

        Answer page = get(port, "/console", "X-Forwarded-Proto: https");

        assertThat(page.header("Strict-Transport-Security")).isNull();
        assertThat(page.header("Set-Cookie")).doesNotContainIgnoringCase("Secure");
    }

    @Test
    void errorPagesNameNeitherServerNorVersionAndKeepTheHeaders() throws Exception {
        int port = start(false);

        Answer missing = get(port, "/missing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("页面不存在");
        assertSecurityHeaders(missing);

        Answer unparsable = get(port, "/%zz/..%2f..%2fconf");
        assertThat(unparsable.status()).isEqualTo(400);
        assertThat(unparsable.header("Server")).isNull();
        assertThat(unparsable.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(unparsable.body()).doesNotContainIgnoringCase("jetty");
    }

    @Test
    void aDatabaseOutageAnswers503WithRetryAfterAndThenAtOnceWithoutWaitingForThePool() throws Exception {
        int port = start(false);

        Answer first = get(port, "/api/v1/guides");
        assertThat(first.status()).isEqualTo(503);
        assertThat(first.header("Retry-After")).isEqualTo("10");
        assertThat(first.body()).contains("数据库暂时不可用");
        assertSecurityHeaders(first);
        assertThat(databaseCalls).hasValue(1);

        Answer second = get(port, "/api/v1/guides");
        assertThat(second.status()).isEqualTo(503);
        assertThat(second.header("Retry-After")).isEqualTo("10");
        assertThat(databaseCalls).as("no second wait for the pool").hasValue(1);
        assertThat(get(port, "/api/v1/matters").status())
                .as("other routes are not paused")
                .isEqualTo(200);

        now = now.plus(Duration.ofSeconds(11));
        assertThat(get(port, "/api/v1/guides").status()).isEqualTo(503);
        assertThat(databaseCalls).as("tried again after the pause").hasValue(2);
    }

    /** Sends {@code bytes} in a first piece and then pieces of {@code rest}, each flushed, and reads the answer. */
    private static Answer rawInPieces(int port, byte[] bytes, int first, int rest) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            int at = 0;
            int size = first;
            try {
                while (at < bytes.length) {
                    int take = Math.min(size, bytes.length - at);
                    out.write(bytes, at, take);
                    out.flush();
                    at += take;
                    size = rest;
                    if (take < 2_000) {
                        Thread.sleep(1);
                    }
                }
            } catch (IOException e) {
                // The server may answer and close before the rest of an oversized head arrives.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Sends a request head exactly as given (bytes as ISO-8859-1) and reads whatever comes back. */
    private static Answer raw(int port, String head) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The status, headers and body of the first answer in {@code text}. */
    private static Answer parse(String text) {
        {
            int end = text.indexOf("\r\n\r\n");
            if (!text.startsWith("HTTP/") || end < 0) {
                return new Answer(0, Map.of(), text);
            }
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.merge(
                        lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim(),
                        (a, b) -> a + "\n" + b);
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
        }
    }

    /** Request heads Jetty refuses before any servlet runs, each with the status it gives, for a target {@code %s}. */
    static List<Object[]> refusedByJetty() {
        String line = "GET %s HTTP/1.1\r\n";
        String end = "Connection: close\r\n\r\n";
        String host = "Host: localhost\r\n";
        String big = "x".repeat(20_000);
        return List.of(
                new Object[] {"undecodable escape in the path", line.replace("%s", "%s/%zz") + host + end, 400},
                new Object[] {"control character in the path", line.replace("%s", "%s/a\u0001b") + host + end, 400},
                new Object[] {"space in the target", "GET %s/a b HTTP/1.1\r\n" + host + end, 400},
                new Object[] {"URI too long", line.replace("%s", "%s/" + big) + host + end, 414},
                new Object[] {"header too large", line + host + "X-Big: " + big + "\r\n" + end, 431},
                new Object[] {
                    "query too long with a token",
                    "GET %s?q=" + "%E4%B8%AD".repeat(3_000) + " HTTP/1.1\r\n" + host
                            + "Authorization: Bearer tb_x\r\nContent-Type: application/json\r\n" + end,
                    414
                },
                new Object[] {"illegal Host", line + "Host: local host\r\n" + end, 400},
                new Object[] {"two Host headers", line + "Host: a\r\nHost: b\r\n" + end, 400},
                new Object[] {"no Host", line + end, 400},
                new Object[] {"illegal header name", line + host + "Bad Header: x\r\n" + end, 400},
                new Object[] {"unknown HTTP version", "GET %s HTTP/9.9\r\n" + host + end, 505});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedByJetty")
    void whatJettyRefusesBelowTheApiIsAnsweredWithTheApisJsonError(String what, String head, int status)
            throws Exception {
        int port = start(false);

        Answer answer = raw(port, head.replace("%s", "/api/v1/matters"));

        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.body())
                .startsWith("{\"status\":" + status + ",\"error\":\"")
                .doesNotContainIgnoringCase("jetty")
                .doesNotContain("Exception", "<");
        assertThat(answer.header("Server")).isNull();
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @org.junit.jupiter.api.Test
    void aTooLongRequestAfterAnotherOnTheSameConnectionStillGetsTheApisJsonError() throws Exception {
        int port = start(false);
        String first = "GET /api/v1/matters HTTP/1.1\r\nHost: localhost\r\n\r\n";
        String second = "GET /api/v1/matters?q=" + "%E4%B8%AD".repeat(3_000)
                + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer tb_x\r\nConnection: close\r\n\r\n";

        Answer answer = raw(port, first + second);

        String text = answer.body();
        int last = text.lastIndexOf("HTTP/1.1 ");
        assertThat(last).as("a second answer on the connection").isPositive();
        String head = text.substring(last, text.indexOf("\r\n\r\n", last));
        assertThat(head).containsIgnoringCase("Content-Type: application/json");
    }

    /**
     * The same too-long request arriving in pieces: how the bytes are cut decides whether Jetty notices the excess in
     * the URI (414) or after it (431), and either way the API's client must get the API's JSON error.
     */
    @ParameterizedTest(name = "first piece {0} bytes, then pieces of {1}")
    @org.junit.jupiter.params.provider.CsvSource({
        "1, 100000",
        "20, 100000",
        "8000, 100000",
        "8192, 1",
        "100, 1000",
        "27000, 10",
        "100000, 1"
    })
    void aTooLongRequestInPiecesStillGetsTheApisJsonError(int first, int rest) throws Exception {
        int port = start(false);
        String head = "GET /api/v1/search?q=%E5%8A%9E&scope=" + "%E4%B8%AD".repeat(3_000)
                + "&limit=10 HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer tb_x\r\nConnection: close\r\n\r\n";

        Answer answer = rawInPieces(port, head.getBytes(StandardCharsets.ISO_8859_1), first, rest);

        assertThat(answer.status()).isIn(414, 431);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedByJetty")
    void whatJettyRefusesElsewhereIsAPlainChinesePage(String what, String head, int status) throws Exception {
        int port = start(false);

        Answer answer = raw(port, head.replace("%s", "/console/users"));

        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("text/html");
        assertThat(answer.body())
                .contains("lang=\"zh-CN\"", "<h1>" + ErrorPages.message(status) + "</h1>")
                .doesNotContainIgnoringCase("jetty")
                .doesNotContain("Exception");
        assertThat(answer.header("Server")).isNull();
        assertSecurityHeaders(answer);
    }
}
