package org.tongban.itests.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.tongban.itests.support.Postgres;
import org.tongban.itests.support.TongbanInstance;

/**
 * {@code GET /api/v1/matters/{code}} of the Jinan demo catalogue under concurrent load, over real HTTP against the
 * launched distribution, on H2 (baseline) and on PostgreSQL: p50, p99 and throughput with 1 and 8 clients.
 */
final class ApiLoad {

    private static final int REQUESTS_PER_CLIENT = Integer.getInteger("tongban.bench.requests", 400);
    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiLoad() {}

    static void run() throws Exception {
        Result[] h2;
        try (TongbanInstance jinan = TongbanInstance.of("jinan").demo().start()) {
            h2 = measure(jinan);
        }
        Result[] pg = null;
        try (Postgres schema = Postgres.freshSchema();
                TongbanInstance jinan = TongbanInstance.of("jinan")
                        .demo()
                        .configurations(
                                """
                                {"org.tongban.platform.persistence": {"url": "%s", "user": "%s", "password": ""}}
                                """
                                        .formatted(schema.url(), Postgres.USER))
                        .start()) {
            pg = measure(jinan);
        } catch (java.sql.SQLException e) {
            System.out.println("api load on PostgreSQL: skipped, " + e.getMessage());
        }
        for (int i = 0; i < h2.length; i++) {
            System.out.printf(
                    "GET /api/v1/matters/{code}, %d client(s): H2 p50 %.2f ms, p99 %.2f ms, %.0f req/s (baseline)%s%n",
                    h2[i].clients,
                    h2[i].p50,
                    h2[i].p99,
                    h2[i].throughput,
                    pg == null
                            ? ""
                            : String.format(
                                    "; PostgreSQL p50 %.2f ms, p99 %.2f ms, %.0f req/s; p99 ratio %.2f",
                                    pg[i].p50, pg[i].p99, pg[i].throughput, pg[i].p99 / h2[i].p99));
        }
    }

    private record Result(int clients, double p50, double p99, double throughput) {}

    private static Result[] measure(TongbanInstance instance) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(8))
                .build();
        List<String> codes = codes(client, instance);
        load(client, instance, codes, 4, 100); // warm-up: JIT, connection pool, caches
        return new Result[] {
            load(client, instance, codes, 1, REQUESTS_PER_CLIENT), load(client, instance, codes, 8, REQUESTS_PER_CLIENT)
        };
    }

    private static List<String> codes(HttpClient client, TongbanInstance instance) throws Exception {
        List<String> codes = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode body = JSON.readTree(get(client, instance.baseUrl() + "/api/v1/matters?size=100&page=" + page)
                    .body());
            body.path("items").forEach(item -> codes.add(item.path("code").asText()));
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException("the demo catalogue is empty");
        }
        return codes;
    }

    private static Result load(HttpClient client, TongbanInstance instance, List<String> codes, int clients, int each)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    String code = codes.get(ThreadLocalRandom.current().nextInt(codes.size()));
                    long t = System.nanoTime();
                    HttpResponse<String> response = get(client, instance.baseUrl() + "/api/v1/matters/" + code);
                    times.add(System.nanoTime() - t);
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(code + " answered " + response.statusCode());
                    }
                }
                return times;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> future : futures) {
            all.addAll(future.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Collections.sort(all);
        return new Result(
                clients,
                all.get(all.size() / 2) / 1e6,
                all.get((int) Math.min(all.size() - 1, Math.ceil(all.size() * 0.99) - 1)) / 1e6,
                all.size() / seconds);
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
