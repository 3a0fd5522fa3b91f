package org.tongban.host;

import java.util.Objects;
import org.osgi.framework.BundleContext;
import org.tongban.host.osgi.OsgiRuntime;

/**
 * What the web layer needs from the launcher. Jetty creates the servlet and Vaadin creates the I18N provider by
 * reflection, so they find the running platform here.
 */
public record HostContext(HostOptions options, OsgiRuntime osgi) {

    private static volatile HostContext current;

    public static void set(HostContext context) {
        current = Objects.requireNonNull(context);
    }

    public static void clear() {
        current = null;
    }

    public static HostContext get() {
        HostContext context = current;
        if (context == null) {
            throw new IllegalStateException("The platform is not running");
        }
        return context;
    }

    public BundleContext bundleContext() {
        return osgi.bundleContext();
    }
}
