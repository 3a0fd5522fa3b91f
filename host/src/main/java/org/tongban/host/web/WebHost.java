package org.tongban.host.web;

import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import org.tongban.host.HostContext;
import org.tongban.host.web.nav.WebPlatform;
import org.tongban.host.web.portal.PublicSite;

/**
 * What one web application of the host serves from: the host context, the tracked OSGi services and the city's
 * theme. It lives as an attribute of the servlet context, created when the web application starts and closed when it
 * stops, so each host in a JVM has its own and nothing of a stopped platform stays reachable. Servlets find it through
 * their servlet context, Vaadin code through the current Vaadin service.
 */
public final class WebHost {

    static final String ATTRIBUTE = WebHost.class.getName();

    private final HostContext host;
    private final PlatformServices services;
    private final PublicSite site;
    private volatile CityTheme theme;

    private WebHost(HostContext host) {
        this.host = host;
        this.services = new PlatformServices(host.bundleContext());
        this.site = new PublicSite(host.bundleContext(), host.options(), this::theme);
    }

    /** The web host of the web application of {@code servletContext}. */
    public static WebHost of(ServletContext servletContext) {
        if (servletContext.getAttribute(ATTRIBUTE) instanceof WebHost web) {
            return web;
        }
        throw new IllegalStateException("The web layer is not running");
    }

    /** The web host of the current Vaadin request or UI access; outside one this throws. */
    public static WebHost current() {
        return of(WebPlatform.servletContext(VaadinService.getCurrent()));
    }

    public HostContext host() {
        return host;
    }

    public PlatformServices services() {
        return services;
    }

    /** The public pages bundles contribute, served without a session. */
    public PublicSite site() {
        return site;
    }

    /** The city's theme, read once on first use (a broken theme file fails the page, not the start-up). */
    public CityTheme theme() {
        CityTheme read = theme;
        if (read == null) {
            read = CityTheme.read(host.options().home(), host.options().setting("theme", "default"));
            theme = read;
        }
        return read;
    }

    /**
     * Opens the web host when the web application starts (before any filter or servlet) and closes it when it stops.
     * The host context comes from the servlet context, where the web server put it.
     */
    static final class Lifecycle implements ServletContextListener {
        @Override
        public void contextInitialized(ServletContextEvent event) {
            ServletContext context = event.getServletContext();
            context.setAttribute(ATTRIBUTE, new WebHost(HostContext.of(context)));
        }

        @Override
        public void contextDestroyed(ServletContextEvent event) {
            ServletContext context = event.getServletContext();
            if (context.getAttribute(ATTRIBUTE) instanceof WebHost web) {
                context.removeAttribute(ATTRIBUTE);
                web.site.close();
                web.services.close();
            }
        }
    }
}
