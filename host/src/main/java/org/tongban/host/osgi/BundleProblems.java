package org.tongban.host.osgi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.wiring.BundleRevision;
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.platform.api.health.HealthContributor;

/**
 * Remembers why bundles failed to start (framework errors at start-level changes, exceptions from hot deployment) and
 * reports every bundle's state as health. A bundle that starts again clears its error.
 */
public final class BundleProblems implements HealthContributor {

    private final BundleContext context;
    private final Map<Long, String> errors = new ConcurrentHashMap<>();

    BundleProblems(BundleContext context) {
        this.context = context;
        context.addFrameworkListener(this::frameworkEvent);
        context.addBundleListener(event -> {
            if (event.getType() == BundleEvent.STARTED || event.getType() == BundleEvent.UNINSTALLED) {
                errors.remove(event.getBundle().getBundleId());
            }
        });
    }

    private void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.ERROR && event.getBundle() != null) {
            record(event.getBundle(), event.getThrowable());
        }
    }

    /** Records a failure of {@code bundle}; the root cause's message is what an operator needs. */
    public void record(Bundle bundle, Throwable failure) {
        errors.put(bundle.getBundleId(), describe(failure));
    }

    public String error(long bundleId) {
        return errors.get(bundleId);
    }

    static String describe(Throwable failure) {
        if (failure == null) {
            return "未知错误";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        return root.getClass().getSimpleName() + message;
    }

    @Override
    public List<ComponentHealth> health() {
        List<ComponentHealth> result = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getBundleId() == 0 || isFragment(bundle)) {
                continue;
            }
            String name = "bundle:" + bundle.getSymbolicName();
            String error = errors.get(bundle.getBundleId());
            if (bundle.getState() == Bundle.ACTIVE) {
                result.add(new ComponentHealth(
                        name, ComponentHealth.Status.UP, bundle.getVersion().toString(), bundle.getBundleId()));
            } else if (error != null) {
                result.add(ComponentHealth.down(name, error, bundle.getBundleId()));
            } else {
                result.add(new ComponentHealth(
                        name, ComponentHealth.Status.DEGRADED, stateName(bundle.getState()), bundle.getBundleId()));
            }
        }
        return result;
    }

    static boolean isFragment(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        return revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
    }

    public static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            default -> "UNKNOWN";
        };
    }
}
