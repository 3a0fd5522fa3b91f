package org.tongban.host.web.nav;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletService;
import jakarta.servlet.ServletContext;
import org.osgi.framework.BundleContext;

/**
 * The web layer's whiteboard collectors of one running platform: contributed views, header widgets, to-do sources, console banners and the shells
 * open in browsers. It lives as an attribute of the servlet context, not in static fields, so that it goes with the web
 * application and nothing of a stopped platform stays reachable.
 */
public final class WebPlatform {

    static final String ATTRIBUTE = WebPlatform.class.getName();

    private final OpenShells shells = new OpenShells();
    private final ViewRegistry views;
    private final HeaderWidgets widgets;
    private final WorkItemSources workItems;
    private final ConsoleBanners banners;
    private final SharedMarkup markup = new SharedMarkup();

    private WebPlatform(BundleContext context, ServletContext servletContext) {
        this.views = new ViewRegistry(context, servletContext, shells);
        this.widgets = new HeaderWidgets(context, shells);
        this.workItems = new WorkItemSources(context);
        this.banners = new ConsoleBanners(context);
    }

    /** Starts collecting and stores the collectors in the servlet context. */
    public static WebPlatform open(BundleContext context, ServletContext servletContext) {
        WebPlatform platform = new WebPlatform(context, servletContext);
        servletContext.setAttribute(ATTRIBUTE, platform);
        platform.views.open();
        platform.widgets.open();
        platform.workItems.open();
        platform.banners.open();
        return platform;
    }

    /** Stops collecting (every view and widget goes) and removes the collectors from the servlet context. */
    public static void close(ServletContext servletContext) {
        if (servletContext.getAttribute(ATTRIBUTE) instanceof WebPlatform platform) {
            // Closing the trackers removes every widget and view; no open shell is left to refresh by then.
            platform.shells.clear();
            platform.banners.close();
            platform.workItems.close();
            platform.widgets.close();
            platform.views.close();
            servletContext.removeAttribute(ATTRIBUTE);
        }
    }

    /** The collectors of the web application of this servlet context. */
    public static WebPlatform of(ServletContext servletContext) {
        if (servletContext.getAttribute(ATTRIBUTE) instanceof WebPlatform platform) {
            return platform;
        }
        throw new IllegalStateException("The web layer is not running");
    }

    /** The collectors of the current Vaadin request or UI access. */
    public static WebPlatform current() {
        return of(servletContext(VaadinService.getCurrent()));
    }

    /** The servlet context of a Vaadin service. */
    public static ServletContext servletContext(VaadinService service) {
        if (service instanceof VaadinServletService servletService) {
            return servletService.getServlet().getServletContext();
        }
        throw new IllegalStateException("No Vaadin servlet service is current");
    }

    public ViewRegistry views() {
        return views;
    }

    public HeaderWidgets widgets() {
        return widgets;
    }

    public WorkItemSources workItems() {
        return workItems;
    }

    public ConsoleBanners banners() {
        return banners;
    }

    public SharedMarkup markup() {
        return markup;
    }

    public OpenShells shells() {
        return shells;
    }
}
