package org.tongban.itests.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tongban.itests.support.Browsers;
import org.tongban.itests.support.NodeProcess;
import org.tongban.itests.support.TongbanInstance;

/**
 * The public portal pages against today's Vaadin pages of the same addresses, in one run: the Jinan demo twice, with
 * public pages on and with {@code portal.publicPages=false}; a guide page (a random one of the demo's guides) and a
 * search results page, each with 500 concurrent clients on loopback (Java's HTTP client on virtual threads, each
 * client keeping its session cookie as a browser does): throughput, p50 and p99, heap retained after the run and sessions
 * created. Then 10,000 concurrent readers of cached guide pages ({@link ReaderLoad}), the bytes a first visit of a
 * guide transfers (page, scripts and styles, uncompressed), and its first contentful paint on a phone in Chromium.
 */
final class PortalLoad {
    static final int CLIENTS = Integer.getInteger("tongban.bench.clients", 500);
    static final int READERS = Integer.getInteger("tongban.bench.readers", 10_000);
    /** Each Vaadin page view holds a UI in the visitor's session until it is closed: fewer views keep the heap bounded. */
    static final int VAADIN_VIEWS = 3;

    static final int PUBLIC_VIEWS = 20;
    /** Requests in flight at most: client and server sockets share this process's file descriptor limit. */
    static final int CONNECTIONS = Integer.getInteger("tongban.bench.connections", 2_000);

    static final String SEARCH = "/search?q=%E5%BC%80%E9%A5%AD%E5%BA%97";

    private PortalLoad() {}

    record Result(String what, int clients, long requests, double p50, double p99, double throughput) {
        @Override
        public String toString() {
            return String.format(
                    "%s, %d clients, %d requests: p50 %.1f ms, p99 %.1f ms, %.0f req/s",
                    what, clients, requests, p50, p99, throughput);
        }
    }

    record Run(Result guide, Result search, long heapKiB, long sessions, long guideBytes, Paint paint) {}

    /**
     * What a phone shows of a guide page on first visit, in milliseconds from navigation start.
     *
     * @param firstContentfulPaint the browser's first contentful paint
     * @param guideTitle when the guide's heading was in the page
     */
    record Paint(double firstContentfulPaint, double guideTitle) {}

    static void run() throws Exception {
        Run vaadin = measure(false);
        Run pages = measure(true);
        System.out.println(onTheDefaultHeap());
        System.out.println("public pages:  " + pages.guide + "; " + pages.search);
        System.out.println("vaadin pages:  " + vaadin.guide + "; " + vaadin.search + " (baseline)");
        System.out.printf(
                "guide page: throughput ratio %.1f, p50 ratio %.2f, p99 ratio %.2f; search results: throughput ratio"
                        + " %.1f, p50 ratio %.2f, p99 ratio %.2f%n",
                pages.guide.throughput / vaadin.guide.throughput,
                pages.guide.p50 / vaadin.guide.p50,
                pages.guide.p99 / vaadin.guide.p99,
                pages.search.throughput / vaadin.search.throughput,
                pages.search.p50 / vaadin.search.p50,
                pages.search.p99 / vaadin.search.p99);
        System.out.printf(
                "heap retained after the run: public %d KiB, vaadin %d KiB (baseline); sessions created: public %d,"
                        + " vaadin %d (baseline)%n",
                pages.heapKiB, vaadin.heapKiB, pages.sessions, vaadin.sessions);
        System.out.printf(
                "first visit of a guide, bytes transferred (page + scripts + styles, uncompressed): public %d,"
                        + " vaadin %d (baseline), ratio %.3f%n",
                pages.guideBytes, vaadin.guideBytes, (double) pages.guideBytes / vaadin.guideBytes);
        System.out.printf(
                "first visit of a guide at 390x844 in Chromium: first contentful paint public %.0f ms, vaadin %.0f ms"
                        + " (baseline), ratio %.2f; guide heading shown public %.0f ms, vaadin %.0f ms, ratio %.2f%n",
                pages.paint.firstContentfulPaint(),
                vaadin.paint.firstContentfulPaint(),
                pages.paint.firstContentfulPaint() / vaadin.paint.firstContentfulPaint(),
                pages.paint.guideTitle(),
                vaadin.paint.guideTitle(),
                pages.paint.guideTitle() / vaadin.paint.guideTitle());
    }

    private static Run measure(boolean publicPages) throws Exception {
        try (TongbanInstance jinan = TongbanInstance.of("jinan")
                .demo()
                .prepare(home -> Files.writeString(
                        home.resolve("conf/tongban.properties"),
                        "\nportal.publicPages=" + publicPages + "\n",
                        StandardOpenOption.APPEND))
                .start()) {
            List<String> guides = guides(jinan);
            String label = publicPages ? "public" : "vaadin";
            int views = publicPages ? PUBLIC_VIEWS : VAADIN_VIEWS;
            // Warm-up: JIT, connection pools, the search index, the kept pages.
            load(jinan, label + " warm-up", guides, false, 50, views);
            long heapBefore = usedHeapAfterGc();
            long sessionsBefore = jinan.sessionsCreated();
            Result guide = load(jinan, label + " guide page", guides, false, CLIENTS, views);
            Result search = load(jinan, label + " search results", guides, true, CLIENTS, views);
            long heap = Math.max(0, usedHeapAfterGc() - heapBefore) / 1024;
            long sessions = jinan.sessionsCreated() - sessionsBefore;
            if (publicPages) {
                System.out.println("readers: " + ReaderLoad.run(jinan.baseUrl(), guides, READERS));
                // Server and clients share this process: what stays in use after a collection bounds the server's part.
                System.out.printf(
                        "heap in use after the readers and a collection (server and clients): %d MiB of %d MiB%n",
                        usedHeapAfterGc() / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
            }
            return new Run(
                    guide,
                    search,
                    heap,
                    sessions,
                    transfer(jinan, "/guides/" + guides.get(0)),
                    paint(jinan, "/guides/" + guides.get(0)));
        }
    }

    /**
     * The readers against Jinan in a process of its own with the launcher's heap settings ({@code -Xmx1g}), as a
     * server runs it: whether it stays up, the readers' figures, and the heap it uses after a collection.
     */
    private static String onTheDefaultHeap() throws Exception {
        Path home = Files.createTempDirectory("tongban-portal-1g-");
        TongbanInstance.copy(
                Path.of(System.getProperty("tongban.dist", "../distribution/target"), "tongban-jinan"), home);
        NodeProcess node = NodeProcess.startDemo(home, List.of("-Xms256m", "-Xmx1g", "-XX:+UseG1GC"));
        try {
            HttpClient http = HttpClient.newHttpClient();
            TongbanInstance.await(Duration.ofMinutes(5), () -> {
                if (!node.alive()) {
                    throw new IllegalStateException("the 1 GB node stopped:\n" + node.log());
                }
                try {
                    return http.send(
                                            HttpRequest.newBuilder(URI.create(node.baseUrl() + "/health"))
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200;
                } catch (java.io.IOException e) {
                    return false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            });
            List<String> guides = guides(node.baseUrl());
            for (String guide : guides) { // the pages are kept once read
                http.send(
                        HttpRequest.newBuilder(URI.create(node.baseUrl() + "/guides/" + guide))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
            }
            String readers = ReaderLoad.run(node.baseUrl(), guides, READERS);
            String heap = jcmd(node.pid(), "GC.run") + jcmd(node.pid(), "GC.heap_info");
            Matcher used = Pattern.compile("used (\\d+)K").matcher(heap);
            return String.format(
                    "separate process, -Xmx1g: %s; still up: %s; heap used after a collection: %s MiB",
                    readers, node.alive() ? "yes" : "NO", used.find() ? Long.parseLong(used.group(1)) / 1024 : "?");
        } finally {
            node.stop();
            TongbanInstance.deleteTree(home);
        }
    }

    private static String jcmd(long pid, String command) throws Exception {
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid), command)
                .redirectErrorStream(true)
                .start();
        String out = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        jcmd.waitFor();
        return out;
    }

    /** The guides the public list links to (the Vaadin instance reads the same distribution, so the same codes). */
    private static List<String> guides(TongbanInstance jinan) throws Exception {
        return guides(jinan.baseUrl());
    }

    private static List<String> guides(String baseUrl) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        List<String> codes = new ArrayList<>();
        for (String path : List.of("/api/v1/matters?size=100", "/api/v1/matters?size=100&page=1")) {
            Matcher codesInJson = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"")
                    .matcher(client.send(
                                    HttpRequest.newBuilder(URI.create(baseUrl + path))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body());
            while (codesInJson.find()) {
                if (!codes.contains(codesInJson.group(1))
                        && codesInJson.group(1).split("-").length >= 3) {
                    codes.add(codesInJson.group(1));
                }
            }
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException("the demo catalogue lists no guides");
        }
        return codes;
    }

    private static Result load(
            TongbanInstance jinan, String what, List<String> guides, boolean search, int clients, int views)
            throws Exception {
        // One HTTP client for all (its own connection per concurrent request); each simulated visitor keeps its own
        // session cookie as a browser does. Client and server share this process's file descriptors, so at most
        // CONNECTIONS requests are in flight, as behind a reverse proxy's upstream connections.
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        Semaphore connections = new Semaphore(CONNECTIONS);
        List<Future<List<Long>>> futures = new ArrayList<>();
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                futures.add(threads.submit(() -> {
                    String cookie = null;
                    List<Long> times = new ArrayList<>();
                    for (int i = 0; i < views; i++) {
                        String path = search
                                ? SEARCH
                                : "/guides/"
                                        + guides.get(ThreadLocalRandom.current().nextInt(guides.size()));
                        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(jinan.baseUrl() + path))
                                .timeout(Duration.ofMinutes(2));
                        if (cookie != null) {
                            request.header("Cookie", cookie);
                        }
                        connections.acquire();
                        long t = System.nanoTime();
                        HttpResponse<byte[]> response;
                        try {
                            response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                        } finally {
                            connections.release();
                        }
                        times.add(System.nanoTime() - t);
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(path + " answered " + response.statusCode());
                        }
                        for (String set : response.headers().allValues("Set-Cookie")) {
                            if (set.startsWith("JSESSIONID=")) {
                                int end = set.indexOf(';');
                                cookie = end < 0 ? set : set.substring(0, end);
                            }
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
            Collections.sort(all);
            return new Result(
                    what,
                    clients,
                    all.size(),
                    all.get(all.size() / 2) / 1e6,
                    all.get((int) Math.min(all.size() - 1, Math.ceil(all.size() * 0.99) - 1)) / 1e6,
                    all.size() / seconds);
        } finally {
            client.close();
        }
    }

    /** The page and the scripts and styles it names, in bytes, as a first visit fetches them. */
    private static long transfer(TongbanInstance jinan, String path) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = client.send(
                        HttpRequest.newBuilder(URI.create(jinan.baseUrl() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        long bytes = page.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        Matcher assets = Pattern.compile("(?:src|href)=\"(?:\\./)?(/?(?:VAADIN|themes)/[^\"]+\\.(?:js|css))\"")
                .matcher(page);
        while (assets.find()) {
            String asset = assets.group(1).startsWith("/") ? assets.group(1) : "/" + assets.group(1);
            bytes += client.send(
                            HttpRequest.newBuilder(URI.create(jinan.baseUrl() + asset))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray())
                    .body()
                    .length;
        }
        return bytes;
    }

    /** First contentful paint and the guide's heading of a first visit on a phone-sized viewport, best of three. */
    private static Paint paint(TongbanInstance jinan, String path) {
        double fcp = Double.MAX_VALUE;
        double title = Double.MAX_VALUE;
        try (Playwright playwright = Browsers.playwright();
                Browser browser = Browsers.launch(playwright)) {
            for (int i = 0; i < 3; i++) {
                try (BrowserContext context =
                        browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
                    Page page = context.newPage();
                    page.navigate(jinan.baseUrl() + path);
                    page.waitForSelector("h1:not(:empty)");
                    double shown = ((Number) page.evaluate("performance.now()")).doubleValue();
                    page.waitForFunction("performance.getEntriesByName('first-contentful-paint').length > 0");
                    double painted = ((Number) page.evaluate(
                                    "performance.getEntriesByName('first-contentful-paint')[0].startTime"))
                            .doubleValue();
                    fcp = Math.min(fcp, painted);
                    title = Math.min(title, shown);
                }
            }
        }
        return new Paint(fcp, title);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
