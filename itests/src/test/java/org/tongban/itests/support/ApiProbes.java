package org.tongban.itests.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tongban.itests.support.OpenApiOperations.Operation;
import org.tongban.itests.support.OpenApiOperations.Parameter;

/**
 * Hostile requests for one API operation: every parameter and body field gets malformed escapes, huge values, wrong
 * types, injection strings, traversal, script and control characters; then unknown and duplicate parameters, bad
 * JSON, wrong content types, other methods and bad headers.
 */
public final class ApiProbes {

    /** The marker of script payloads, looked for unescaped in HTML answers. */
    public static final String XSS = "tb-xss";

    /** A header a CRLF injection would add to the answer. */
    public static final String INJECTED_HEADER = "X-Fuzz-Injected";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One request to send.
     *
     * @param category what it tries
     * @param method request method
     * @param target path and query as written on the request line
     * @param headers extra header lines
     * @param body the body, or {@code null}
     */
    public record Probe(String category, String method, String target, List<String> headers, byte[] body) {

        @Override
        public String toString() {
            String shown = target.length() > 120 ? target.substring(0, 120) + "…(" + target.length() + ")" : target;
            return "[" + category + "] " + method + " " + shown + (headers.isEmpty() ? "" : " " + abbreviate(headers))
                    + (body == null ? "" : " body " + body.length + " bytes");
        }

        private static String abbreviate(List<String> headers) {
            String text = String.join("; ", headers);
            return text.length() > 120 ? text.substring(0, 120) + "…" : text;
        }
    }

    /**
     * A hostile value: as written in a URL, and as a JSON string ({@code null} when it only makes sense in a URL).
     */
    private record Value(String category, String raw, String decoded) {
        static Value of(String category, String decoded) {
            return new Value(category, URLEncoder.encode(decoded, StandardCharsets.UTF_8), decoded);
        }

        static Value url(String category, String raw) {
            return new Value(category, raw, null);
        }
    }

    private static final List<Value> VALUES = values();

    private static List<Value> values() {
        List<Value> values = new ArrayList<>();
        for (String raw :
                List.of("%zz", "%", "%2", "%C0%AF", "%E4%B8", "%F0%80%80%AF", "%ED%A0%80", "%u0041", "%%41")) {
            values.add(Value.url("encoding", raw));
        }
        values.add(Value.of("huge", "a".repeat(100_000)));
        values.add(Value.of("huge", "中".repeat(3_000)));
        for (String text : List.of("abc", "-1", "99999999999999999999", "1.5", "NaN", "[]", "null", "true", "{}")) {
            values.add(Value.of("types", text));
        }
        for (String text : List.of(
                "' OR '1'='1",
                "1; DROP TABLE matter;--",
                "\" OR 1=1 --",
                "*:*",
                "title:(a OR b)~2",
                "[* TO *]",
                "\\",
                "a AND",
                "*)(uid=*))(|(uid=*",
                "admin)(&(password=*))",
                "${jndi:ldap://localhost/a}",
                "{{7*7}}")) {
            values.add(Value.of("injection", text));
        }
        for (String text :
                List.of("../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/passwd", "....//....//etc/passwd")) {
            values.add(Value.of("traversal", text));
        }
        for (String raw : List.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "%252e%252e%252fetc")) {
            values.add(Value.url("traversal", raw));
        }
        for (String text : List.of(
                "<script>alert('" + XSS + "')</script>",
                "\"><img src=x onerror=alert('" + XSS + "')>",
                "javascript:alert('" + XSS + "')",
                "</script><svg onload=alert('" + XSS + "')>")) {
            values.add(Value.of("script", text));
        }
        for (String text : List.of(
                "\u0000", "a\u0000b", "\r\n" + INJECTED_HEADER + ": 1", "\u001b[31m", "\u007f", "\b", "\ufeff")) {
            values.add(Value.of("control", text));
        }
        return values;
    }

    private ApiProbes() {}

    /** Every probe for the operation; {@code auth} is added to every probe (empty for anonymous callers). */
    public static List<Probe> of(Operation operation, List<String> auth) throws Exception {
        Requests r = new Requests(operation, auth);
        List<Probe> probes = new ArrayList<>();
        for (Value value : VALUES) {
            for (Parameter p : operation.in("path")) {
                probes.add(r.probe(value.category(), r.target(Map.of(p.name(), value.raw()), r.query(null, null))));
            }
            for (Parameter p : operation.in("query")) {
                probes.add(r.probe(value.category(), r.target(Map.of(), r.query(p.name(), value.raw()))));
            }
            if (operation.in("query").isEmpty() && operation.in("path").isEmpty()) {
                probes.add(r.probe(value.category(), r.target(Map.of(), "q=" + value.raw())));
            }
            if (operation.body() != null) {
                for (String field : r.fields().keySet()) {
                    if (value.decoded() != null) {
                        probes.add(r.withBody(value.category(), r.body(field, JSON.valueToTree(value.decoded()))));
                    }
                }
            }
        }
        unknownAndDuplicate(r, operation, probes);
        methods(r, operation, probes);
        headers(r, operation, probes);
        if (operation.body() != null) {
            bodies(r, probes);
        } else {
            probes.add(r.with(
                    "content-type",
                    operation.method(),
                    r.target(Map.of(), r.query(null, null)),
                    List.of("Content-Type: application/json"),
                    "{\"a\":".getBytes(StandardCharsets.UTF_8)));
        }
        probes.add(r.probe("traversal", "/api/v1/../../etc/passwd"));
        probes.add(r.probe("traversal", "/api/%2e%2e/%2e%2e/etc/passwd"));
        probes.add(r.probe("traversal", "/api/..;/..;/WEB-INF/web.xml"));
        probes.add(r.probe("traversal", "/api/v1/..%2f..%2fWEB-INF%2fweb.xml"));
        probes.add(r.probe("huge", r.target(Map.of(), r.query(null, null) + "&p=" + "x".repeat(100_000))));
        // Refused by the web server before any route runs; still the API's JSON error.
        probes.add(r.probe("web server", "/api/v1/%zz"));
        probes.add(r.probe("web server", "/api/v1/a\u0001b"));
        probes.add(r.probe("web server", "/api/v1/a b"));
        probes.add(r.probe("web server", "/api/v1/" + "x".repeat(20_000)));
        probes.add(r.with(
                "web server",
                operation.method(),
                r.target(Map.of(), r.query(null, null)),
                List.of("Host: evil.example"),
                r.validBodyOrNull()));
        probes.add(r.with(
                "web server",
                operation.method(),
                r.target(Map.of(), r.query(null, null)),
                List.of("X-Big: " + "x".repeat(20_000)),
                r.validBodyOrNull()));
        return probes;
    }

    private static void unknownAndDuplicate(Requests r, Operation operation, List<Probe> probes) {
        String base = r.query(null, null);
        for (String extra : List.of(
                "fuzzUnknown=1",
                "__proto__%5Bx%5D=1",
                "class.module.classLoader.URLs%5B0%5D=0",
                "=&&&=",
                "a%5B%5D=1&a%5B%5D=2")) {
            probes.add(r.probe("unknown parameters", r.target(Map.of(), base.isEmpty() ? extra : base + "&" + extra)));
        }
        probes.add(r.probe("encoding", r.target(Map.of(), base.isEmpty() ? "%zz=1" : base + "&%zz=1")));
        for (Parameter p : operation.in("query")) {
            String name = p.name();
            probes.add(r.probe("duplicate parameters", r.target(Map.of(), base + "&" + name + "=abc")));
            probes.add(r.probe("duplicate parameters", r.target(Map.of(), name + "=&" + name + "=&" + name + "=")));
            probes.add(r.probe("types", r.target(Map.of(), r.query(name, null) + "&" + name + "%5B%5D=1")));
        }
    }

    private static void methods(Requests r, Operation operation, List<Probe> probes) {
        for (String method :
                List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "PROPFIND", "FOO")) {
            if (!method.equals(operation.method())) {
                byte[] body =
                        method.equals("POST") || method.equals("PUT") || method.equals("PATCH") ? r.validBody() : null;
                probes.add(r.with(
                        "wrong method",
                        method,
                        r.target(Map.of(), r.query(null, null)),
                        List.of("Content-Type: application/json"),
                        body));
            }
        }
    }

    private static void headers(Requests r, Operation operation, List<Probe> probes) {
        List<List<String>> sets = new ArrayList<>();
        for (String key : List.of("", "x".repeat(300), "键", "a b", "../../etc/passwd", "' OR '1'='1")) {
            sets.add(List.of("Idempotency-Key: " + key));
        }
        for (String origin : List.of(
                "null",
                "http://evil.example",
                "http://localhost.evil.example",
                "javascript:alert(1)",
                "http://[::1",
                "x".repeat(10_000))) {
            sets.add(List.of("Origin: " + origin));
        }
        for (String language : List.of("xx;q=abc", "*;q=2", "zh-CN;q=1," + "en;q=0.5,".repeat(500), "%zz")) {
            sets.add(List.of("Accept-Language: " + language));
        }
        sets.add(List.of("Cookie: JSESSIONID=../../etc/passwd"));
        sets.add(List.of("X-Forwarded-For: ' OR 1=1 --"));
        sets.add(List.of("Range: bytes=abc"));
        sets.add(List.of("Range: bytes=99999999999-"));
        sets.add(List.of("Accept: application/xml"));
        sets.add(List.of("User-Agent: <script>alert('" + XSS + "')</script>"));
        for (List<String> set : sets) {
            probes.add(r.with(
                    "headers", operation.method(), r.target(Map.of(), r.query(null, null)), set, r.validBodyOrNull()));
        }
        if (r.auth.isEmpty()) {
            for (String authorization : List.of(
                    "Bearer",
                    "Bearer ",
                    "Bearer tb_' OR '1'='1",
                    "Basic YWRtaW46YWRtaW4=",
                    "Bearer " + "a".repeat(10_000),
                    "Bearer tb_%00",
                    "bearer tb_../../etc/passwd")) {
                probes.add(new Probe(
                        "headers",
                        operation.method(),
                        r.target(Map.of(), r.query(null, null)),
                        List.of("Authorization: " + authorization, "Content-Type: application/json"),
                        r.validBodyOrNull()));
            }
        }
    }

    private static void bodies(Requests r, List<Probe> probes) throws Exception {
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(tenMegabytes, (byte) 'a');
        probes.add(r.withBody("huge", tenMegabytes));
        for (String field : r.fields().keySet()) {
            for (JsonNode wrong : List.of(
                    JSON.valueToTree(1),
                    JSON.valueToTree(-1.5e308),
                    JSON.readTree("[\"a\",\"b\"]"),
                    JSON.readTree("{\"a\":1}"),
                    JSON.nullNode(),
                    JSON.valueToTree(true))) {
                probes.add(r.withBody("types", r.body(field, wrong)));
            }
        }
        for (String whole : List.of("[]", "\"text\"", "null", "1", "{}")) {
            probes.add(r.withBody("types", whole.getBytes(StandardCharsets.UTF_8)));
        }
        ObjectNode unknown = r.validObject();
        unknown.put("fuzzUnknown", "x");
        unknown.putObject("__proto__").put("admin", true);
        probes.add(r.withBody("unknown parameters", JSON.writeValueAsBytes(unknown)));
        String valid = new String(r.validBody(), StandardCharsets.UTF_8);
        String first = r.fields().keySet().iterator().next();
        probes.add(r.withBody(
                "duplicate parameters",
                valid.replaceFirst("\\{", "{\"" + first + "\":\"370103\",").getBytes(StandardCharsets.UTF_8)));
        for (String bad : List.of(
                "{",
                "{\"" + first + "\":",
                "{'a':1}",
                "nul",
                "{\"a\":1}}",
                "[".repeat(100_000),
                "{\"a\":\"\\ud800\"}",
                "{\"a\":\"\\x41\"}",
                "\ufeff" + valid,
                "{\"a\":01}",
                "{\"a\":1e999999999}")) {
            probes.add(r.withBody("bad JSON", bad.getBytes(StandardCharsets.UTF_8)));
        }
        byte[] invalidUtf8 = valid.replaceFirst(":\"", ":\"\u0001").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < invalidUtf8.length; i++) {
            if (invalidUtf8[i] == 1) {
                invalidUtf8[i] = (byte) 0xC0;
            }
        }
        probes.add(r.withBody("encoding", invalidUtf8));
        probes.add(
                r.withBody("encoding", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'}));
        for (String type : List.of(
                "text/plain",
                "application/xml",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=",
                "application/json; charset=klingon",
                "application/json; charset=UTF-16",
                "*/*",
                "")) {
            byte[] body = type.equals("application/xml")
                    ? ("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>")
                            .getBytes(StandardCharsets.UTF_8)
                    : r.validBody();
            probes.add(r.with(
                    "content-type",
                    r.operation.method(),
                    r.target(Map.of(), ""),
                    type.isEmpty() ? List.of() : List.of("Content-Type: " + type),
                    body));
        }
    }

    /** Baseline values for one operation, from which each probe changes one thing. */
    private static final class Requests {
        private final Operation operation;
        private final List<String> auth;
        private int keys;

        Requests(Operation operation, List<String> auth) {
            this.operation = operation;
            this.auth = auth;
        }

        Probe probe(String category, String target) {
            return with(
                    category, operation.method(), target, List.of("Content-Type: application/json"), validBodyOrNull());
        }

        Probe withBody(String category, byte[] body) {
            return with(
                    category,
                    operation.method(),
                    target(Map.of(), ""),
                    List.of("Content-Type: application/json"),
                    body);
        }

        Probe with(String category, String method, String target, List<String> headers, byte[] body) {
            List<String> all = new ArrayList<>(auth);
            all.addAll(headers);
            if (body != null
                    && method.equals("POST")
                    && headers.stream().noneMatch(h -> h.startsWith("Idempotency-Key"))) {
                // A fresh key each time: every probe reaches the route instead of replaying an earlier answer.
                all.add("Idempotency-Key: fuzz-" + System.nanoTime() + "-" + keys++);
            }
            return new Probe(category, method, target, all, body);
        }

        String target(Map<String, String> pathValues, String query) {
            String path = operation.path();
            for (Parameter p : operation.in("path")) {
                path = path.replace(
                        "{" + p.name() + "}", pathValues.getOrDefault(p.name(), encoded(example(p.schema()))));
            }
            return "/api" + path + (query.isEmpty() ? "" : "?" + query);
        }

        /** The query with valid values, {@code name} set to {@code raw} instead (or left out when {@code raw} is null). */
        String query(String name, String raw) {
            List<String> pairs = new ArrayList<>();
            for (Parameter p : operation.in("query")) {
                if (p.name().equals(name)) {
                    if (raw != null) {
                        pairs.add(p.name() + "=" + raw);
                    }
                } else {
                    pairs.add(p.name() + "=" + encoded(example(p.schema())));
                }
            }
            return String.join("&", pairs);
        }

        Map<String, JsonNode> fields() {
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            operation.body().path("properties").properties().forEach(e -> fields.put(e.getKey(), e.getValue()));
            return fields;
        }

        ObjectNode validObject() {
            ObjectNode body = JSON.createObjectNode();
            fields().forEach((name, schema) -> body.put(name, example(schema)));
            return body;
        }

        byte[] validBody() {
            try {
                return operation.body() == null
                        ? "{}".getBytes(StandardCharsets.UTF_8)
                        : JSON.writeValueAsBytes(validObject());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        byte[] validBodyOrNull() {
            return operation.body() == null ? null : validBody();
        }

        byte[] body(String field, JsonNode value) {
            ObjectNode body = validObject();
            body.set(field, value);
            try {
                return JSON.writeValueAsBytes(body);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private static String encoded(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }

        /** A plausible valid value for a schema. */
        private static String example(JsonNode schema) {
            Function<JsonNode, String> first =
                    node -> node.isArray() && !node.isEmpty() ? node.get(0).asText() : null;
            if (schema.has("example")) {
                return schema.get("example").asText();
            }
            if (first.apply(schema.path("enum")) != null) {
                return first.apply(schema.path("enum"));
            }
            String pattern = schema.path("pattern").asText("");
            if (pattern.contains("\\d{6}")) {
                return "370102";
            }
            return switch (schema.path("type").asText("string")) {
                case "integer", "number" -> "1";
                case "boolean" -> "true";
                default -> pattern.isEmpty() ? "测试" : "A1";
            };
        }
    }
}
