package org.tongban.host.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.tongban.host.web.api.ApiRoutes;
import org.tongban.host.web.api.ApiServices;
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.platform.api.health.HealthContributor;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.ApiTokens;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.IdempotencyStore;

/**
 * The OSGi services the web layer uses, tracked from the system bundle; one per web application (see {@link WebHost}). Any of them may be missing (a city may run
 * without the security bundle while it restarts): then the console refuses access and the portal keeps working.
 */
public final class PlatformServices implements ApiServices {

    private final ServiceTracker<Authenticator, Authenticator> authenticator;
    private final ServiceTracker<AccessControl, AccessControl> accessControl;
    private final ServiceTracker<HealthContributor, HealthContributor> health;
    private final ServiceTracker<ApiRoute, ApiRoute> apiRoutes;
    private final ServiceTracker<ApiTokens, ApiTokens> apiTokens;
    private final ServiceTracker<IdempotencyStore, IdempotencyStore> idempotency;
    private final ServiceTracker<Database, Database> database;

    PlatformServices(BundleContext context) {
        authenticator = new ServiceTracker<>(context, Authenticator.class, null);
        accessControl = new ServiceTracker<>(context, AccessControl.class, null);
        health = new ServiceTracker<>(context, HealthContributor.class, null);
        apiRoutes = new ServiceTracker<>(context, ApiRoute.class, null);
        apiTokens = new ServiceTracker<>(context, ApiTokens.class, null);
        idempotency = new ServiceTracker<>(context, IdempotencyStore.class, null);
        database = new ServiceTracker<>(context, Database.class, null);
        for (ServiceTracker<?, ?> tracker : trackers()) {
            tracker.open();
        }
    }

    private List<ServiceTracker<?, ?>> trackers() {
        return List.of(authenticator, accessControl, health, apiRoutes, apiTokens, idempotency, database);
    }

    void close() {
        for (ServiceTracker<?, ?> tracker : trackers()) {
            tracker.close();
        }
    }

    /** The tracked services of the current Vaadin request or UI access. */
    public static PlatformServices current() {
        return WebHost.current().services();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return Optional.ofNullable(authenticator.getService());
    }

    @Override
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

    /** The API routes that bundles contribute below {@code /api}, with their service properties. */
    @Override
    public List<ApiRoutes.Entry> routes() {
        ServiceReference<ApiRoute>[] references = apiRoutes.getServiceReferences();
        List<ApiRoutes.Entry> all = new ArrayList<>();
        if (references != null) {
            for (ServiceReference<ApiRoute> reference : references) {
                ApiRoute route = apiRoutes.getService(reference);
                if (route != null) {
                    Map<String, Object> properties = new HashMap<>();
                    for (String key : reference.getPropertyKeys()) {
                        properties.put(key, reference.getProperty(key));
                    }
                    all.add(ApiRoutes.Entry.of(route, properties));
                }
            }
        }
        return all;
    }

    @Override
    public Optional<ApiTokens> tokens() {
        return Optional.ofNullable(apiTokens.getService());
    }

    @Override
    public Optional<IdempotencyStore> idempotency() {
        return Optional.ofNullable(idempotency.getService());
    }

    @Override
    public Optional<Transactions> transactions() {
        return Optional.ofNullable(database.getService()).map(Database::transactions);
    }
}
