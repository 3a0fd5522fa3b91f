package org.tongban.test.crash;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Properties;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.tongban.catalogue.CatalogueCodec;
import org.tongban.catalogue.CatalogueDocument;
import org.tongban.catalogue.CatalogueExchange;
import org.tongban.catalogue.ImportResult;
import org.tongban.notice.NoticeService;
import org.tongban.platform.api.events.DomainEvent;
import org.tongban.platform.api.events.DomainEventHandler;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.LoginResult;
import org.tongban.worktime.ClockRequest;
import org.tongban.worktime.ClockService;
import org.tongban.worktime.LimitUnit;

/**
 * Deployed into a node that the crash test kills. It always registers a cluster-scoped handler of the working-time
 * events that writes one row per delivered event in the delivery's own transaction, so a redelivery shows as a second
 * row. When {@code data/crash-workload.properties} exists it also loads the node: overdue clocks for the deadline
 * sweep, one large catalogue import and several threads publishing notices, writing what committed to
 * {@code data/crash-progress.log} only after the service returned.
 */
public final class CrashDriver implements BundleActivator {
    private static final String USER = "city.clerk";
    private static final char[] PASSWORD = "Demo2026city".toCharArray();

    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;
    private Writer progress;

    @Override
    public void start(BundleContext context) throws Exception {
        Path data = Path.of(context.getProperty("tongban.home") == null ? "." : context.getProperty("tongban.home"))
                .resolve("data");
        ServiceTracker<Database, Database> database = tracker(context, Database.class);
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(DomainEventHandler.NAME, "crash-probe");
        properties.put(DomainEventHandler.TOPICS, "worktime/*");
        DomainEventHandler probe = event -> record(database.waitForService(60_000), event);
        context.registerService(DomainEventHandler.class, probe, properties);

        Path workload = data.resolve("crash-workload.properties");
        if (!Files.exists(workload)) {
            return;
        }
        Properties settings = new Properties();
        try (InputStream in = Files.newInputStream(workload)) {
            settings.load(in);
        }
        Files.delete(workload);
        progress = Files.newBufferedWriter(
                data.resolve("crash-progress.log"),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        threads.add(Thread.ofPlatform().name("crash-workload").start(() -> {
            try {
                run(context, database, settings, data);
            } catch (Throwable e) {
                line("failed " + e);
            }
        }));
    }

    private void run(
            BundleContext context, ServiceTracker<Database, Database> databases, Properties settings, Path data)
            throws Exception {
        Database database = databases.waitForService(120_000);
        Authenticator authenticator = tracker(context, Authenticator.class).waitForService(120_000);
        ClockService clocks = tracker(context, ClockService.class).waitForService(120_000);
        NoticeService notices = tracker(context, NoticeService.class).waitForService(120_000);
        CatalogueExchange exchange = tracker(context, CatalogueExchange.class).waitForService(120_000);

        // Clocks whose deadline passed long ago, committed batch after batch: the sweep keeps finding new ones.
        int batch = Integer.parseInt(settings.getProperty("clocks"));
        threads.add(Thread.ofPlatform().name("crash-clocks").start(() -> startClocks(authenticator, database, clocks,
                batch)));

        int writers = Integer.parseInt(settings.getProperty("writers"));
        for (int t = 0; t < writers; t++) {
            int thread = t;
            threads.add(Thread.ofPlatform().name("crash-notices-" + t).start(() -> publishNotices(authenticator,
                    notices, thread)));
        }

        CatalogueCodec json = exchange.codec("json").orElseThrow();
        CatalogueDocument document;
        try (InputStream in = Files.newInputStream(data.resolve(settings.getProperty("import")))) {
            document = exchange.read(json, in);
        }
        login(authenticator);
        line("import-begin " + document.matters().size());
        ImportResult result = exchange.importDocument(document, true);
        line("import-end " + result.ok() + " " + result.created());
    }

    private void startClocks(Authenticator authenticator, Database database, ClockService clocks, int batch) {
        login(authenticator);
        Instant accepted = Instant.now().minus(Duration.ofDays(40));
        for (int started = 0; running; ) {
            int first = started;
            database.transactions().required(c -> {
                for (int i = first; i < first + batch; i++) {
                    clocks.start(new ClockRequest(
                            "crash-test", "clock-" + i, "370102", "测试部门", "崩溃测试", 1, LimitUnit.WORKING_DAYS,
                            accepted));
                }
                return null;
            });
            started += batch;
            line("clocks " + started);
        }
    }

    private void publishNotices(Authenticator authenticator, NoticeService notices, int thread) {
        login(authenticator);
        for (int i = 0; running; i++) {
            String title = "崩溃测试公告 " + thread + "-" + i;
            try {
                long id = notices.publish("370102", title, "并发保存中被强行终止的节点：" + title).id();
                line("notice " + id);
            } catch (RuntimeException e) {
                line("notice-failed " + e);
            }
        }
    }

    private static void login(Authenticator authenticator) {
        LoginResult login = authenticator.login(USER, PASSWORD, "127.0.0.1");
        if (!login.loggedIn()) {
            throw new IllegalStateException("login refused: " + login.message());
        }
        authenticator.bind(login.session());
    }

    /** One row per delivered event, written in the transaction that also moves the handler's position. */
    private static void record(Database database, DomainEvent event) {
        database.transactions().required(c -> {
            try (PreparedStatement insert =
                    c.prepareStatement("INSERT INTO crash_probe_delivery (seq, topic, aggregate) VALUES (?, ?, ?)")) {
                insert.setLong(1, event.sequence());
                insert.setString(2, event.topic());
                insert.setString(3, event.aggregate());
                insert.executeUpdate();
            }
            return null;
        });
    }

    private synchronized void line(String text) {
        try {
            progress.write(text + "\n");
            progress.flush();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> ServiceTracker<T, T> tracker(BundleContext context, Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        return tracker;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        running = false;
        for (Thread thread : threads) {
            thread.join(10_000);
        }
        if (progress != null) {
            progress.close();
        }
    }
}
