package org.tongban.host;

import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.host.osgi.OsgiRuntime;
import org.tongban.host.web.WebServer;

/** Starts the platform: the OSGi framework with the distribution's bundles, then the web server. */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws Exception {
        HostOptions options;
        try {
            options = HostOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (!Files.isDirectory(options.home().resolve("conf"))) {
            System.err.println("不是 Tongban 发行包目录 (not a distribution folder, conf/ missing): " + options.home());
            System.exit(2);
        }
        System.setProperty("tongban.home", options.home().toString());
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
        Logger log = LoggerFactory.getLogger(Main.class);
        long started = System.nanoTime();
        if (!options.verify()) {
            StartupWarmup.begin();
        }
        Host host = new Host(options);
        Runtime.getRuntime().addShutdownHook(new Thread(host::stop, "tongban-shutdown"));
        if (options.verify()) {
            int failures = host.verify();
            host.stop();
            System.exit(failures == 0 ? 0 : 1);
        }
        host.start();
        log.info(
                "Tongban {} started in {} ms at http://localhost:{}/{}",
                options.setting("city", ""),
                (System.nanoTime() - started) / 1_000_000,
                options.port(),
                options.demo() ? " (演示模式 demo mode)" : "");
        host.awaitStop();
    }

    /** The running platform: framework plus web server. */
    public static final class Host {
        private final HostOptions options;
        private final OsgiRuntime osgi;
        private WebServer web;

        public Host(HostOptions options) {
            this.options = options;
            this.osgi = new OsgiRuntime(options);
        }

        /**
         * Starts framework and web server; returns when both serve. The web application (Vaadin's start-up scan and
         * routes) is prepared on this thread while the framework starts the bundles on its own, so the two use both
         * cores; the port opens only when every bundle has started, so no visitor sees a half-started city.
         */
        public void start() throws Exception {
            osgi.begin();
            web = new WebServer(new HostContext(options, osgi));
            web.prepare();
            osgi.awaitStarted();
            web.open();
            osgi.startDeployWatcher();
        }

        /** Starts the framework alone and returns the number of bundles that failed to become active. */
        public int verify() throws Exception {
            osgi.start();
            return osgi.reportInactiveBundles(System.out);
        }

        public OsgiRuntime osgi() {
            return osgi;
        }

        /** The running web layer. */
        public WebServer web() {
            return web;
        }

        public int port() {
            return web.port();
        }

        public void awaitStop() throws InterruptedException {
            web.join();
        }

        public synchronized void stop() {
            try {
                if (web != null) {
                    web.stop();
                    web = null;
                }
            } catch (Exception e) {
                LoggerFactory.getLogger(Host.class).warn("Web server did not stop cleanly", e);
            }
            osgi.stop();
        }
    }
}
