package org.tongban.itests.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.tongban.itests.support.Browsers;
import org.tongban.itests.support.ConsolePages;
import org.tongban.itests.support.TongbanInstance;

/**
 * Platform benchmarks, each printed with a baseline measured in the same run:
 *
 * <ol>
 *   <li>cold start to the first page served, Jinan (the whole case chain) against Zibo (catalogue, search, working time), as separate
 *       processes launched with the distribution's own bin/tongban, and the restart of the same Jinan installation
 *       against its first start;
 *   <li>hot deployment, jar dropped in deploy/ until its route is live, against installing the same jars through the
 *       framework API directly;
 *   <li>retained heap per open console session (30 real Chromium sessions on the bundle grid) against the same number
 *       of sessions on the portal's front page;
 *   <li>the public portal pages against today's Vaadin pages ({@code -Dtongban.bench.only=portal}, see {@link
 *       PortalLoad}).
 * </ol>
 *
 * Run with {@code ./tongban bench}.
 */
public final class PlatformBenchmark {

    private static final int RUNS = 3;
    private static final int SESSIONS = Integer.getInteger("tongban.bench.sessions", 30);
    /** Kept open until the histogram after them is taken. */
    private static List<BrowserContext> lastConsoleContexts = List.of();

    public static void main(String[] args) throws Exception {
        System.out.println(
                "== Tongban platform benchmark (" + Runtime.getRuntime().availableProcessors() + " cores)");
        // -Dtongban.bench.only=start,deploy,api,heap runs a subset.
        List<String> only = List.of(
                System.getProperty("tongban.bench.only", "start,deploy,heap").split(","));
        if (only.contains("start")) {
            coldStart();
        }
        if (only.contains("deploy")) {
            hotDeploy();
        }
        if (only.contains("api")) {
            ApiLoad.run();
        }
        if (only.contains("heap")) {
            heapPerSession();
        }
        if (only.contains("portal")) {
            PortalLoad.run();
        }
        if (only.contains("backup")) {
            BackupBenchmark.run();
        }
        System.out.flush();
        System.exit(0);
    }

    // ---- 1. cold start -------------------------------------------------------------------------------------------

    private static void coldStart() throws Exception {
        List<Long> jinan = new ArrayList<>();
        List<Long> zibo = new ArrayList<>();
        List<Long> jinanAgain = new ArrayList<>();
        List<Long> jinanAgainChecked = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            zibo.add(firstStart("zibo"));
            long[] starts = firstStartThenRestarts("jinan");
            jinan.add(starts[0]);
            jinanAgain.add(starts[1]);
            jinanAgainChecked.add(starts[2]);
        }
        report(
                "cold start to first page",
                "jinan (all features)",
                jinan,
                "zibo (fewer features: no hotline, market, notices)",
                zibo,
                "ms");
        report(
                "restart of the same installation to first page",
                "jinan restarted",
                jinanAgain,
                "jinan first start",
                jinan,
                "ms");
        report(
                "restart, unchanged changelogs skipped",
                "jinan restarted",
                jinanAgain,
                "jinan restarted with every changelog handed to Liquibase",
                jinanAgainChecked,
                "ms");
    }

    private static long firstStart(String city) throws Exception {
        Path home = copyDistribution(city);
        try {
            return startMillis(home);
        } finally {
            delete(home);
        }
    }

    /**
     * The first start of a fresh copy, a restart of that installation (schema and data in place), and a restart after
     * the changelogs' recorded digests were removed, so that Liquibase checks every changelog as it did before.
     */
    private static long[] firstStartThenRestarts(String city) throws Exception {
        Path home = copyDistribution(city);
        try {
            long first = startMillis(home);
            long again = startMillis(home);
            String url = "jdbc:h2:file:" + home.resolve("data/db/tongban").toAbsolutePath();
            try (var connection = java.sql.DriverManager.getConnection(url);
                    var statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM TONGBAN_CHANGELOG_DIGEST");
            }
            return new long[] {first, again, startMillis(home)};
        } finally {
            delete(home);
        }
    }

    private static long startMillis(Path home) throws Exception {
        int port = 18000 + (int) (Math.random() * 1000);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(
                        home.resolve("bin/tongban").toString(), "run", "--port", Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        home.resolve("logs/bench-console.log").toFile()))
                .start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            while (true) {
                try {
                    HttpResponse<String> page = client.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (page.statusCode() == 200 && page.body().contains("<html")) {
                        return (System.nanoTime() - start) / 1_000_000;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (!process.isAlive() || System.nanoTime() - start > TimeUnit.MINUTES.toNanos(2)) {
                    throw new IllegalStateException(home + " did not start; see " + home.resolve("logs"));
                }
                Thread.sleep(20);
            }
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    // ---- 2. hot deployment ---------------------------------------------------------------------------------------

    private static void hotDeploy() throws Exception {
        Path service = TongbanInstance.distributionBundle("jinan", "org.tongban.notice");
        Path ui = TongbanInstance.distributionBundle("jinan", "org.tongban.notice.ui");
        List<Long> watched = new ArrayList<>();
        List<Long> direct = new ArrayList<>();
        try (TongbanInstance zibo = TongbanInstance.of("zibo").start()) {
            for (int i = 0; i < RUNS + 2; i++) {
                long start = System.nanoTime();
                Path a = zibo.deploy(service);
                Path b = zibo.deploy(ui);
                awaitRoute(zibo, true);
                watched.add((System.nanoTime() - start) / 1_000_000);
                Files.delete(b);
                Files.delete(a);
                awaitRoute(zibo, false);
                TongbanInstance.await(
                        Duration.ofSeconds(10),
                        () -> find(zibo, "org.tongban.notice") == null && find(zibo, "org.tongban.notice.ui") == null);

                start = System.nanoTime();
                Bundle s =
                        zibo.bundleContext().installBundle(service.toUri().toString(), Files.newInputStream(service));
                Bundle u = zibo.bundleContext().installBundle(ui.toUri().toString(), Files.newInputStream(ui));
                s.start();
                u.start();
                awaitRoute(zibo, true);
                direct.add((System.nanoTime() - start) / 1_000_000);
                u.uninstall();
                s.uninstall();
                awaitRoute(zibo, false);
            }
        }
        report(
                "jar dropped to route live",
                "deploy/ folder",
                watched.subList(2, watched.size()),
                "framework API install+start",
                direct.subList(2, direct.size()),
                "ms");
    }

    private static void awaitRoute(TongbanInstance zibo, boolean present) throws InterruptedException {
        TongbanInstance.await(
                Duration.ofSeconds(10),
                () -> zibo.views().registeredRoute("console/notices").isPresent() == present);
    }

    private static Bundle find(TongbanInstance instance, String symbolicName) {
        return Arrays.stream(instance.bundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals(symbolicName))
                .findFirst()
                .orElse(null);
    }

    // ---- 3. heap per session -------------------------------------------------------------------------------------

    private static void heapPerSession() throws Exception {
        if (!Files.isExecutable(Browsers.CHROMIUM)) {
            System.out.println("heap per session: skipped, no Chromium at " + Browsers.CHROMIUM);
            return;
        }
        // The Vaadin portal's front page as the baseline: the public home page opens no session at all.
        try (TongbanInstance jinan = TongbanInstance.of("jinan")
                        .demo()
                        .prepare(home -> Files.writeString(
                                home.resolve("conf/tongban.properties"),
                                "\nportal.publicPages=false\n",
                                java.nio.file.StandardOpenOption.APPEND))
                        .start();
                Playwright playwright = Browsers.playwright()) {
            Browser browser = Browsers.launch(playwright);
            // Warm-up: class loading and caches filled by the first sessions are not per-session cost.
            heapPerSession(browser, jinan, false, 5);
            heapPerSession(browser, jinan, true, 5);
            long portal = heapPerSession(browser, jinan, false, SESSIONS);
            Histogram before = Histogram.take();
            long console = heapPerSession(browser, jinan, true, SESSIONS);
            System.out.println("what an open console session holds (class histogram growth per session, top 8):");
            Histogram.take().growthSince(before, SESSIONS, 8).forEach(line -> System.out.println("  " + line));
            System.out.printf(
                    "heap per open session (%d Chromium sessions each): console bundle grid %d KiB, "
                            + "portal front page %d KiB (baseline), ratio %.2f%n",
                    SESSIONS, console / 1024, portal / 1024, (double) console / portal);
        }
    }

    private static long heapPerSession(Browser browser, TongbanInstance instance, boolean console, int sessions)
            throws Exception {
        long before = usedHeapAfterGc();
        List<BrowserContext> contexts = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            BrowserContext context = browser.newContext();
            Page page = context.newPage();
            if (console) {
                ConsolePages.login(page, instance.baseUrl(), "admin", "Demo2026admin");
                page.navigate(instance.baseUrl() + "/console/bundles");
                page.locator("vaadin-grid").first().waitFor();
            } else {
                page.navigate(instance.baseUrl() + "/");
                page.locator(".tb-home").first().waitFor();
            }
            ConsolePages.settle(page);
            contexts.add(context);
        }
        long after = usedHeapAfterGc();
        if (console && sessions == SESSIONS) {
            lastConsoleContexts = contexts;
        } else {
            contexts.forEach(BrowserContext::close);
        }
        return Math.max(0, after - before) / sessions;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static void report(String what, String aName, List<Long> a, String bName, List<Long> b, String unit) {
        long ma = median(a);
        long mb = median(b);
        System.out.printf(
                "%s: %s median %d %s %s; %s median %d %s %s (baseline); ratio %.2f%n",
                what, aName, ma, unit, a, bName, mb, unit, b, (double) ma / mb);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static Path copyDistribution(String city) throws IOException {
        Path dist = Path.of(System.getProperty("tongban.dist", "../distribution/target"), "tongban-" + city);
        Path home = Files.createTempDirectory("tongban-bench-");
        new ProcessBuilder("cp", "-a", dist + "/.", home.toString())
                .inheritIO()
                .start()
                .onExit()
                .join();
        return home;
    }

    private static void delete(Path path) throws IOException {
        try (var paths = Files.walk(path)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
