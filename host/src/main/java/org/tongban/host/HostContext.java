package org.tongban.host;

import jakarta.servlet.ServletContext;
import java.util.Objects;
import org.osgi.framework.BundleContext;
import org.tongban.host.osgi.OsgiRuntime;

/**
 * What the web layer needs from the launcher. Jetty creates the servlets and Vaadin the I18N provider by reflection,
 * so the web server stores this as an attribute of its web application's servlet context and they find it there: no
 * static field, so several hosts can run in one JVM, each with its own options and framework.
 */
public record HostContext(HostOptions options, OsgiRuntime osgi) {

    /** The servlet context attribute holding the host context of that web application. */
    public static final String ATTRIBUTE = HostContext.class.getName();

    public HostContext {
        Objects.requireNonNull(options);
        Objects.requireNonNull(osgi);
    }

    /** The host context of the web application of {@code servletContext}. */
    public static HostContext of(ServletContext servletContext) {
        if (servletContext.getAttribute(ATTRIBUTE) instanceof HostContext context) {
            return context;
        }
        throw new IllegalStateException("The platform is not running in this web application");
    }

    public BundleContext bundleContext() {
        return osgi.bundleContext();
    }
}
