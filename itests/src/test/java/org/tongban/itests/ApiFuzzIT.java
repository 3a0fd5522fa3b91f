package org.tongban.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongban.itests.support.ApiProbes;
import org.tongban.itests.support.ApiProbes.Probe;
import org.tongban.itests.support.LogLines;
import org.tongban.itests.support.OpenApiOperations;
import org.tongban.itests.support.OpenApiOperations.Operation;
import org.tongban.itests.support.RawHttp;
import org.tongban.itests.support.TongbanInstance;
import org.tongban.platform.api.security.ApiTokens;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.LoginResult;

/**
 * Every operation of the launched Jinan demo's OpenAPI description, called anonymously and with an API token of a clerk
 * who may publish notices, with malformed, huge, mistyped and hostile input: no answer is a 5xx, none shows a stack
 * trace or a Java class, API errors are JSON, script is never reflected into HTML, and no request writes more than one
 * log line.
 */
class ApiFuzzIT {

    private static final List<String> STACK_MARKERS = List.of("Exception", "at org.", "java.", "\tat ");

    private static TongbanInstance jinan;
    private static String clerkToken;

    @BeforeAll
    static void start() throws Exception {
        jinan = TongbanInstance.of("jinan").demo().start();
        Authenticator authenticator = jinan.service(Authenticator.class);
        LoginResult admin = authenticator.login("admin", "Demo2026admin".toCharArray(), "127.0.0.1");
        authenticator.bind(admin.session());
        try {
            // lixia.clerk holds notice:edit at 历下区, the only permission an operation asks for today.
            clerkToken = jinan.service(ApiTokens.class)
                    .issue("lixia.clerk", "接口模糊测试", Duration.ofDays(1))
                    .secret();
        } finally {
            authenticator.bind(null);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        jinan.close();
    }

    @Test
    void noHostileRequestGetsA5xxAStackTraceReflectedScriptOrMoreThanOneLogLine() throws Exception {
        String document = jinan.get("/api/openapi.json").body();
        List<Operation> operations = OpenApiOperations.parse(document);
        assertThat(operations).as("operations in the OpenAPI description").isNotEmpty();
        assertThat(operations.stream().map(Operation::toString))
                .contains("POST /v1/notices", "GET /v1/matters", "GET /v1/search");

        int port = Integer.parseInt(jinan.baseUrl().substring(jinan.baseUrl().lastIndexOf(':') + 1));
        Map<String, int[]> perCategory = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        Map<String, String> kinds = new TreeMap<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        long logged;
        try (LogLines log = LogLines.attach()) {
            // The counter must see what the host's loggers write, or "no log lines" would prove nothing.
            org.slf4j.LoggerFactory.getLogger("org.tongban.host.web.ApiServlet").warn("API fuzz test starts");
            assertThat(log.count()).as("log lines counted").isEqualTo(1);
            for (Operation operation : operations) {
                for (List<String> auth : List.of(List.<String>of(), List.of("Authorization: Bearer " + clerkToken))) {
                    for (Probe probe : ApiProbes.of(operation, auth)) {
                        long before = log.count();
                        RawHttp.Response response =
                                RawHttp.send(port, probe.method(), probe.target(), probe.headers(), probe.body());
                        long lines = log.count() - before;
                        statuses.merge(response.status(), 1, Integer::sum);
                        List<String> problems = problems(probe, response, lines);
                        int[] counts = perCategory.computeIfAbsent(probe.category(), c -> new int[2]);
                        counts[0]++;
                        if (!problems.isEmpty()) {
                            counts[1]++;
                            failures.add(operation + (auth.isEmpty() ? " anonymous " : " token ") + probe + " -> "
                                    + response.status() + ": " + String.join(", ", problems));
                            kinds.merge(
                                    probe.category() + " " + response.status() + " " + problems,
                                    operation + " " + probe,
                                    (first, next) -> first);
                        }
                    }
                }
            }
            logged = log.count() - 1;
        }

        System.out.printf(
                "API fuzz: %d operations, answers by status %s, %d log lines%n", operations.size(), statuses, logged);
        perCategory.forEach((category, counts) ->
                System.out.printf("  %-20s %5d probes %4d failures%n", category, counts[0], counts[1]));
        kinds.forEach((kind, example) -> System.out.println("  FAIL " + kind + ", e.g. " + example));
        assertThat(perCategory.values().stream().mapToInt(c -> c[0]).sum()).isGreaterThan(500);
        assertThat(failures).as("hostile requests answered wrongly").isEmpty();
    }

    /** What is wrong with an answer to a hostile request. */
    private static List<String> problems(Probe probe, RawHttp.Response response, long logLines) {
        List<String> problems = new ArrayList<>();
        if (response.status() == 0) {
            problems.add("no answer");
        }
        if (response.status() >= 500) {
            problems.add("server error");
        }
        String headers = response.headers().toString();
        for (String marker : STACK_MARKERS) {
            if (response.body().contains(marker) || headers.contains(marker)) {
                problems.add("shows '" + marker.trim() + "'");
            }
        }
        if (!response.header(ApiProbes.INJECTED_HEADER).isEmpty()) {
            problems.add("header injected");
        }
        String type = response.header("content-type");
        if (type.contains("html")
                && (response.body().contains("<script>alert('" + ApiProbes.XSS)
                        || response.body().contains("onerror=alert('" + ApiProbes.XSS)
                        || response.body().contains("<svg onload=alert('" + ApiProbes.XSS))) {
            problems.add("script reflected in HTML");
        }
        if (response.status() >= 400
                && !probe.method().equals("HEAD")
                && answeredByTheApi(probe, response)
                && !jsonError(response)) {
            problems.add("error is not JSON (" + type + ")");
        }
        if (logLines > 1) {
            problems.add(logLines + " log lines");
        }
        return problems;
    }

    /**
     * Whether the answer is the API's to give: Jetty refuses TRACE everywhere with an empty 403, and a path that
     * normalises to somewhere outside {@code /api} is not the API's. What Jetty refuses before the API runs (an
     * undecodable or ambiguous path, a URI or headers too long) is answered with the API's JSON error too.
     */
    private static boolean answeredByTheApi(Probe probe, RawHttp.Response response) {
        if (probe.method().equals("TRACE")
                && response.status() == 403
                && response.body().isEmpty()) {
            return false;
        }
        String path = probe.target().split("\\?", 2)[0];
        try {
            return java.net.URI.create(path).normalize().getPath().startsWith("/api");
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /**
     * The API's JSON error object, or under {@code /api/open311/} the error format of the GeoReport v2 specification,
     * which Open311 clients parse: a JSON array of {@code code} and {@code description}, or {@code <errors>} in XML.
     */
    private static boolean jsonError(RawHttp.Response response) {
        String type = response.header("content-type");
        try {
            if (type.startsWith("application/json")) {
                var body = new ObjectMapper().readTree(response.body());
                return body.hasNonNull("error")
                        || (body.isArray() && !body.isEmpty() && body.get(0).hasNonNull("description"));
            }
            return type.startsWith("text/xml") && response.body().contains("<errors>");
        } catch (Exception e) {
            return false;
        }
    }
}
