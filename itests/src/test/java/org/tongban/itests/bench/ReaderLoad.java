package org.tongban.itests.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Citizens reading guides at once, as a portal sees them: each reader opens a guide, reads it for a while (a think
 * time drawn from an exponential distribution, mean {@code tongban.bench.thinkSeconds}, 30 s by default) and opens
 * another. A guide the reader has seen before is revalidated with its entity tag, as a browser does with a page marked
 * {@code must-revalidate}. Readers arrive spread over the first think time and read for {@code
 * tongban.bench.readSeconds} (90 s by default); every request's time is kept. Readers share an HTTP client per
 * {@value #READERS_PER_CLIENT}: each reader is a browser of its own, and one Java client keeping 10,000 idle
 * connections scans a list of them on every request (the client's connection pool was the top of the profile).
 */
final class ReaderLoad {
    static final double THINK_SECONDS = Double.parseDouble(System.getProperty("tongban.bench.thinkSeconds", "30"));
    static final int READ_SECONDS = Integer.getInteger("tongban.bench.readSeconds", 90);
    static final int READERS_PER_CLIENT = 250;

    private ReaderLoad() {}

    static String run(String baseUrl, List<String> guides, int readers) throws Exception {
        List<HttpClient> clients = new ArrayList<>();
        for (int c = 0; c < (readers + READERS_PER_CLIENT - 1) / READERS_PER_CLIENT; c++) {
            clients.add(HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(30))
                    .version(HttpClient.Version.HTTP_1_1)
                    .build());
        }
        AtomicLong fresh = new AtomicLong();
        AtomicLong revalidated = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + READ_SECONDS * 1_000_000_000L;
        List<Future<List<Long>>> futures = new ArrayList<>();
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int r = 0; r < readers; r++) {
                HttpClient client = clients.get(r / READERS_PER_CLIENT);
                futures.add(threads.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    Map<String, String> seen = new HashMap<>();
                    List<Long> times = new ArrayList<>();
                    Thread.sleep((long) (random.nextDouble() * THINK_SECONDS * 1000));
                    while (System.nanoTime() < end) {
                        String path = "/guides/" + guides.get(random.nextInt(guides.size()));
                        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                                .timeout(Duration.ofMinutes(1));
                        String tag = seen.get(path);
                        if (tag != null) {
                            request.header("If-None-Match", tag);
                        }
                        long t = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response =
                                    client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                            times.add(System.nanoTime() - t);
                            if (response.statusCode() == 200) {
                                fresh.incrementAndGet();
                                response.headers().firstValue("ETag").ifPresent(etag -> seen.put(path, etag));
                            } else if (response.statusCode() == 304) {
                                revalidated.incrementAndGet();
                            } else {
                                failed.incrementAndGet();
                            }
                        } catch (java.io.IOException e) {
                            failed.incrementAndGet();
                        }
                        Thread.sleep((long) (-Math.log(1 - random.nextDouble()) * THINK_SECONDS * 1000));
                    }
                    return times;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> future : futures) {
                all.addAll(future.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Collections.sort(all);
            return String.format(
                    "%d readers, think time mean %.0f s, %d s: %d requests (%d pages, %d answered 304, %d failed),"
                            + " p50 %.1f ms, p99 %.1f ms, max %.0f ms, %.0f req/s",
                    readers,
                    THINK_SECONDS,
                    READ_SECONDS,
                    all.size(),
                    fresh.get(),
                    revalidated.get(),
                    failed.get(),
                    all.get(all.size() / 2) / 1e6,
                    all.get((int) Math.min(all.size() - 1, Math.ceil(all.size() * 0.99) - 1)) / 1e6,
                    all.get(all.size() - 1) / 1e6,
                    all.size() / seconds);
        } finally {
            clients.forEach(HttpClient::close);
        }
    }
}
