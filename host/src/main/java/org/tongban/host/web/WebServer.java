package org.tongban.host.web;

import java.net.URL;
import org.eclipse.jetty.ee10.webapp.MetaInfConfiguration;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.tongban.host.HostContext;
import org.tongban.host.HostOptions;

/**
 * Embedded Jetty serving the Vaadin portal and console, {@code /health} and {@code /themes}. The web application is
 * discovered from annotations on the host class path (as vaadin-boot does), restricted to the jars that carry servlet
 * initialisers: Flow, Vaadin, Jetty's websocket support and the host itself.
 */
public final class WebServer {

    /** Jars scanned for servlet annotations and initialisers; scanning the whole class path costs seconds. */
    static final String CONTAINER_JAR_PATTERN =
            ".*/flow-[^/]*\\.jar$|.*/vaadin-[^/]*\\.jar$|.*/jetty-ee10-websocket-[^/]*\\.jar$"
                    + "|.*/org\\.tongban\\.host[^/]*\\.jar$|.*/host/target/classes/.*";

    /** Idle time after which a console session ends. */
    static final int SESSION_TIMEOUT_SECONDS = 30 * 60;

    private final HostOptions options;
    private Server server;

    public WebServer(HostOptions options) {
        this.options = options;
    }

    public void start() throws Exception {
        PlatformServices.open(HostContext.get().bundleContext());
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(options.port());
        connector.setHost(options.setting("host", null));
        server.addConnector(connector);
        server.setHandler(webApp());
        server.start();
    }

    private WebAppContext webApp() {
        WebAppContext context = new WebAppContext();
        URL marker = WebServer.class.getResource("/webapp/ROOT");
        if (marker == null) {
            throw new IllegalStateException("/webapp/ROOT is missing from the host class path");
        }
        String root = marker.toString();
        context.setBaseResource(
                context.getResourceFactory().newResource(root.substring(0, root.length() - "ROOT".length())));
        context.setContextPath("/");
        context.setThrowUnavailableOnStartupException(true);
        context.setAttribute(MetaInfConfiguration.CONTAINER_JAR_PATTERN, CONTAINER_JAR_PATTERN);
        context.setConfigurationDiscovered(true);
        context.getSessionHandler().setMaxInactiveInterval(SESSION_TIMEOUT_SECONDS);
        context.getSessionHandler().setHttpOnly(true);
        return context;
    }

    /** The port actually bound (differs from the option when it is 0). */
    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    public void stop() throws Exception {
        if (server != null) {
            server.stop();
            server = null;
        }
        PlatformServices.close();
        CityTheme.reset();
    }
}
