package org.tongban.host.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.platform.api.health.HealthContributor;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.web.ApiEndpoint;

/**
 * The OSGi services the web layer uses, tracked from the system bundle. Any of them may be missing (a city may run
 * without the security bundle while it restarts): then the console refuses access and the portal keeps working.
 */
public final class PlatformServices {

    private static volatile PlatformServices current;

    private final ServiceTracker<Authenticator, Authenticator> authenticator;
    private final ServiceTracker<AccessControl, AccessControl> accessControl;
    private final ServiceTracker<HealthContributor, HealthContributor> health;
    private final ServiceTracker<ApiEndpoint, ApiEndpoint> apiEndpoints;

    private PlatformServices(BundleContext context) {
        authenticator = new ServiceTracker<>(context, Authenticator.class, null);
        accessControl = new ServiceTracker<>(context, AccessControl.class, null);
        health = new ServiceTracker<>(context, HealthContributor.class, null);
        apiEndpoints = new ServiceTracker<>(context, ApiEndpoint.class, null);
        authenticator.open();
        accessControl.open();
        health.open();
        apiEndpoints.open();
    }

    static void open(BundleContext context) {
        current = new PlatformServices(context);
    }

    static void close() {
        PlatformServices services = current;
        if (services != null) {
            services.authenticator.close();
            services.accessControl.close();
            services.health.close();
            services.apiEndpoints.close();
            current = null;
        }
    }

    public static PlatformServices get() {
        PlatformServices services = current;
        if (services == null) {
            throw new IllegalStateException("The web layer is not running");
        }
        return services;
    }

    public Optional<Authenticator> authenticator() {
        return Optional.ofNullable(authenticator.getService());
    }

    public Optional<AccessControl> accessControl() {
        return Optional.ofNullable(accessControl.getService());
    }

    public Optional<CurrentUser> currentUser() {
        return accessControl().flatMap(AccessControl::currentUser);
    }

    /** Whether the bound user may use something that needs {@code permission}; empty means no permission needed. */
    public boolean isPermitted(String permission) {
        if (permission == null || permission.isBlank()) {
            return true;
        }
        return accessControl().map(ac -> ac.isPermitted(permission)).orElse(false);
    }

    /** Health of every contributed component, each contributor isolated from the others' failures. */
    public List<ComponentHealth> health() {
        List<ComponentHealth> all = new ArrayList<>();
        Object[] contributors = health.getServices();
        if (contributors != null) {
            for (Object contributor : contributors) {
                try {
                    all.addAll(((HealthContributor) contributor).health());
                } catch (RuntimeException e) {
                    all.add(ComponentHealth.down(contributor.getClass().getSimpleName(), e.toString(), -1));
                }
            }
        }
        return all;
    }

    /** The JSON endpoints that bundles contribute below {@code /api}. */
    public List<ApiEndpoint> apiEndpoints() {
        Object[] endpoints = apiEndpoints.getServices();
        List<ApiEndpoint> all = new ArrayList<>();
        if (endpoints != null) {
            for (Object endpoint : endpoints) {
                all.add((ApiEndpoint) endpoint);
            }
        }
        return all;
    }
}
