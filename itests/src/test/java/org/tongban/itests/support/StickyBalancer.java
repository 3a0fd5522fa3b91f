package org.tongban.itests.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load balancer as simple as an operator's first nginx: sticky by a cookie it sets, round robin for newcomers, and
 * a node that refuses connections is taken out for a few seconds. Like nginx's default it retries only requests that
 * are safe to repeat; a POST whose node died under it gets 502, and the client retries with its Idempotency-Key.
 */
public final class StickyBalancer implements AutoCloseable {
    public static final String COOKIE = "tb_node";
    private static final Set<String> HOP_BY_HOP = Set.of(
            "connection", "content-length", "host", "keep-alive", "transfer-encoding", "upgrade", "expect", "te");
    private static final long DOWN_MILLIS = 5_000;

    private final List<String> nodes;
    private final HttpServer server;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<Integer, Long> downUntil = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicLong> answered = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    /** Balances over the nodes' base URLs, e.g. {@code http://localhost:8081}. */
    public StickyBalancer(List<String> nodes) throws IOException {
        this.nodes = List.copyOf(nodes);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::forward);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How many answers node {@code index} gave through the balancer. */
    public long answeredBy(int index) {
        return answered.computeIfAbsent(index, i -> new AtomicLong()).get();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            boolean repeatable = Set.of("GET", "HEAD", "OPTIONS").contains(exchange.getRequestMethod());
            int node = stickyNode(exchange);
            for (int attempt = 0; attempt < nodes.size(); attempt++) {
                try {
                    HttpResponse<byte[]> answer =
                            client.send(request(exchange, node, body), HttpResponse.BodyHandlers.ofByteArray());
                    answered.computeIfAbsent(node, i -> new AtomicLong()).incrementAndGet();
                    reply(exchange, node, answer);
                    return;
                } catch (IOException unreachable) {
                    downUntil.put(node, System.currentTimeMillis() + DOWN_MILLIS);
                    boolean neverConnected = unreachable instanceof java.net.ConnectException
                            || unreachable.getCause() instanceof java.net.ConnectException;
                    if (!repeatable && !neverConnected) {
                        break; // the node may have acted on it: only the client can safely try again
                    }
                    node = other(node);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            byte[] bad = "{\"error\":\"bad gateway\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(502, bad.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bad);
            }
        }
    }

    private int stickyNode(HttpExchange exchange) {
        for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
            for (String cookie : header.split(";")) {
                String[] pair = cookie.strip().split("=", 2);
                if (pair.length == 2 && pair[0].equals(COOKIE)) {
                    try {
                        int node = Integer.parseInt(pair[1]);
                        if (node >= 0 && node < nodes.size() && !down(node)) {
                            return node;
                        }
                    } catch (NumberFormatException ignored) {
                        // a cookie of someone else's: choose anew
                    }
                }
            }
        }
        for (int tries = 0; tries < nodes.size(); tries++) {
            int node = Math.floorMod(next.getAndIncrement(), nodes.size());
            if (!down(node)) {
                return node;
            }
        }
        return 0;
    }

    private boolean down(int node) {
        return downUntil.getOrDefault(node, 0L) > System.currentTimeMillis();
    }

    private int other(int node) {
        return (node + 1) % nodes.size();
    }

    private HttpRequest request(HttpExchange exchange, int node, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(nodes.get(node) + exchange.getRequestURI()))
                .timeout(Duration.ofSeconds(30))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        request.header(
                "X-Forwarded-For", exchange.getRemoteAddress().getAddress().getHostAddress());
        return request.build();
    }

    private static void reply(HttpExchange exchange, int node, HttpResponse<byte[]> answer) throws IOException {
        answer.headers().map().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(java.util.Locale.ROOT)) && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        exchange.getResponseHeaders().add("Set-Cookie", COOKIE + "=" + node + "; Path=/; HttpOnly");
        byte[] body = answer.body();
        exchange.sendResponseHeaders(answer.statusCode(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
