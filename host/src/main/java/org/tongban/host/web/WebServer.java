package org.tongban.host.web;

import java.net.URL;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.ee10.webapp.MetaInfConfiguration;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.tongban.host.HostContext;
import org.tongban.host.HostOptions;
import org.tongban.host.web.nav.WebPlatform;

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

    /** Setting of {@code conf/tongban.properties}: {@code true} when behind a reverse proxy (see the README). */
    static final String FORWARDED = "forwarded";

    /**
     * Setting: connections the operating system may hold waiting to be accepted. Java's default of 50 drops the
     * handshakes of a burst of new readers, who then wait one second or more for their client to try again.
     */
    static final String ACCEPT_QUEUE = "http.acceptQueue";

    /** Idle time after which a console session ends. */
    static final int SESSION_TIMEOUT_SECONDS = 30 * 60;

    private final HostContext host;
    private final HostOptions options;
    private final SessionCount sessions = new SessionCount();
    private Server server;
    private WebAppContext webApp;

    /** A web server for the platform of {@code host}; its web application finds the host in its servlet context. */
    public WebServer(HostContext host) {
        this.host = host;
        this.options = host.options();
    }

    /** A web server whose HTTP configuration follows {@code options}, for tests of the wire format. */
    WebServer(HostOptions options) {
        this.host = null;
        this.options = options;
    }

    /** Starts the web application and opens the port. */
    public void start() throws Exception {
        prepare();
        open();
    }

    /** Starts the server and its web application without opening the port. */
    public void prepare() throws Exception {
        if (host == null) {
            throw new IllegalStateException("No platform to serve");
        }
        server = new Server();
        server.setErrorHandler(new ErrorPages.ServerHandler());
        webApp = webApp();
        server.setHandler(webApp);
        server.start();
    }

    /** Opens the port: from now on requests are served. */
    public void open() throws Exception {
        ServerConnector connector = new ServerConnector(server, new RequestLineConnectionFactory(httpConfiguration()));
        connector.setPort(options.port());
        connector.setHost(options.setting("host", null));
        connector.setAcceptQueueSize(
                Integer.parseInt(options.setting(ACCEPT_QUEUE, "1024").trim()));
        server.addConnector(connector);
        if (!connector.isStarted()) {
            connector.start();
        }
    }

    /**
     * No {@code Server} header. Behind a reverse proxy ({@code forwarded=true} in {@code conf/tongban.properties}),
     * the client's address and scheme come from the proxy's {@code X-Forwarded-For}/{@code -Proto} (or
     * {@code Forwarded}) headers, so that the session cookie is {@code Secure} and HSTS is sent when the visitor uses
     * HTTPS; without that setting these headers are not trusted.
     */
    HttpConfiguration httpConfiguration() {
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // Jetty's per-connection cache of parsed header fields is a 64 KiB char table for every kept-alive browser
        // connection, a fifth of an open console's heap; re-parsing a dozen header lines costs next to nothing.
        http.setHeaderCacheSize(0);
        if (forwarded(options)) {
            http.addCustomizer(new ForwardedRequestCustomizer());
        }
        return http;
    }

    /** Whether the requests come through a reverse proxy whose forwarding headers are trusted. */
    static boolean forwarded(HostOptions options) {
        return Boolean.parseBoolean(options.setting(FORWARDED, "false").trim());
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
        configureSessions(context.getSessionHandler());
        context.getSessionHandler().addEventListener(sessions);
        context.setErrorHandler(new ErrorPages.ContextHandler());
        // Before the web application starts: its listener, filters and servlets find the platform here.
        context.setAttribute(HostContext.ATTRIBUTE, host);
        context.addEventListener(new WebHost.Lifecycle());
        return context;
    }

    /**
     * The session cookie: HttpOnly; SameSite=Lax, not Strict, because a link to the console from a mail or another
     * site must still arrive logged in (Strict would drop the cookie on that first request and show the login page);
     * Secure whenever the request is secure, including HTTPS reported by a trusted proxy.
     */
    static void configureSessions(SessionHandler sessions) {
        sessions.setMaxInactiveInterval(SESSION_TIMEOUT_SECONDS);
        sessions.setHttpOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.LAX);
        sessions.setSecureRequestOnly(true);
    }

    /** The port actually bound (differs from the option when it is 0). */
    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** How many HTTP sessions this server has created since it started. */
    public long sessionCount() {
        return sessions.created();
    }

    /** The web application's host context, tracked services and city theme. */
    public WebHost host() {
        return WebHost.of(webApp.getServletContext());
    }

    /** The running web application (tests look at its servlets). */
    WebAppContext webApplication() {
        return webApp;
    }

    /** The web layer's collectors (contributed views, header widgets, open shells). */
    public WebPlatform platform() {
        return WebPlatform.of(webApp.getServletContext());
    }

    public void join() throws InterruptedException {
        server.join();
    }

    public void stop() throws Exception {
        if (server != null) {
            server.stop();
            server = null;
            webApp = null;
        }
    }
}
