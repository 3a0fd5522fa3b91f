package org.tongban.platform.console.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.BundleRevision;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.console.internal.BundleOperationException.Reason;

/**
 * Starts and stops bundles for the console. The permission check lives here, not in the view, so a hidden button is
 * never the only guard; the bundles that keep the platform and the console itself running cannot be stopped.
 */
public class BundleAdministration {
    /** The permission every operation needs. */
    public static final String PERMISSION = "bundle:admin";

    private static final String FRAMEWORK_PREFIX = "org.apache.felix.";

    private final BundleContext context;
    private final AccessControl access;
    private final AuditLog audit;

    public BundleAdministration(BundleContext context, AccessControl access, AuditLog audit) {
        this.context = context;
        this.access = access;
        this.audit = audit;
    }

    /** Starts the bundle; fragments cannot be started on their own. */
    public void start(long bundleId) {
        access.check(PERMISSION);
        Bundle bundle = find(bundleId);
        if (isFragment(bundle)) {
            throw new BundleOperationException(Reason.FRAGMENT, name(bundle), null);
        }
        try {
            bundle.start();
        } catch (BundleException | RuntimeException e) {
            audit.record("bundle.start", name(bundle), "失败：" + e.getMessage());
            throw new BundleOperationException(Reason.FAILED, name(bundle), e);
        }
        audit.record("bundle.start", name(bundle), describe(bundle));
    }

    /** Stops the bundle unless the platform or the console depends on it. */
    public void stop(long bundleId) {
        access.check(PERMISSION);
        Bundle bundle = find(bundleId);
        Reason refusal = stopRefusal(bundle);
        if (refusal != null) {
            throw new BundleOperationException(refusal, name(bundle), null);
        }
        try {
            bundle.stop();
        } catch (BundleException | RuntimeException e) {
            audit.record("bundle.stop", name(bundle), "失败：" + e.getMessage());
            throw new BundleOperationException(Reason.FAILED, name(bundle), e);
        }
        audit.record("bundle.stop", name(bundle), describe(bundle));
    }

    /** Whether a start button makes sense for this bundle in its current state. */
    public boolean canStart(Bundle bundle) {
        int state = bundle.getState();
        return !isFragment(bundle) && (state == Bundle.INSTALLED || state == Bundle.RESOLVED);
    }

    /** Whether a stop button makes sense: the bundle is running and may be stopped. */
    public boolean canStop(Bundle bundle) {
        return bundle.getState() == Bundle.ACTIVE && stopRefusal(bundle) == null;
    }

    /** Why stopping this bundle is refused, or {@code null} if it is allowed. */
    Reason stopRefusal(Bundle bundle) {
        if (bundle.getBundleId() == Constants.SYSTEM_BUNDLE_ID) {
            return Reason.SYSTEM_BUNDLE;
        }
        if (bundle.getBundleId() == context.getBundle().getBundleId()) {
            return Reason.CONSOLE_BUNDLE;
        }
        String symbolicName = bundle.getSymbolicName();
        if (symbolicName != null && symbolicName.startsWith(FRAMEWORK_PREFIX)) {
            return Reason.FRAMEWORK_BUNDLE;
        }
        if (users(context.getBundle()).contains(bundle)) {
            return Reason.CONSOLE_NEEDS_IT;
        }
        return null;
    }

    /**
     * What stopping the bundle would take down: the other running bundles that import its packages or use its
     * services, by name, for the console to show before it asks "stop anyway?".
     */
    public java.util.List<String> dependents(long bundleId) {
        access.check(PERMISSION);
        Bundle stopped = find(bundleId);
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (Bundle other : context.getBundles()) {
            if (other.getBundleId() != stopped.getBundleId()
                    && other.getState() == Bundle.ACTIVE
                    && users(other).contains(stopped)) {
                names.add(name(other));
            }
        }
        return java.util.List.copyOf(names);
    }

    /** The bundles {@code user} relies on now: those whose packages it is wired to and whose services it holds. */
    private static java.util.Set<Bundle> users(Bundle user) {
        java.util.Set<Bundle> used = new java.util.HashSet<>();
        org.osgi.framework.wiring.BundleWiring wiring = user.adapt(org.osgi.framework.wiring.BundleWiring.class);
        if (wiring != null) {
            for (org.osgi.framework.wiring.BundleWire wire : wiring.getRequiredWires(null)) {
                used.add(wire.getProvider().getBundle());
            }
        }
        org.osgi.framework.ServiceReference<?>[] services = user.getServicesInUse();
        if (services != null) {
            for (org.osgi.framework.ServiceReference<?> service : services) {
                if (service.getBundle() != null) {
                    used.add(service.getBundle());
                }
            }
        }
        used.remove(user);
        return used;
    }

    private Bundle find(long bundleId) {
        Bundle bundle = context.getBundle(bundleId);
        if (bundle == null || bundle.getState() == Bundle.UNINSTALLED) {
            throw new BundleOperationException(Reason.NOT_FOUND, String.valueOf(bundleId), null);
        }
        return bundle;
    }

    static boolean isFragment(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        return revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
    }

    static String name(Bundle bundle) {
        String symbolicName = bundle.getSymbolicName();
        return symbolicName != null ? symbolicName : String.valueOf(bundle.getBundleId());
    }

    private static String describe(Bundle bundle) {
        return "id=" + bundle.getBundleId() + " version=" + bundle.getVersion();
    }
}
