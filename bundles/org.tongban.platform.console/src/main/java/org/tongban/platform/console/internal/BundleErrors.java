package org.tongban.platform.console.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Keeps the latest framework error of each bundle (a failing activator, a failed resolve during a start) so the
 * console can show it next to the bundle. Immediate, so it listens from the moment this bundle starts.
 */
@Component(service = BundleErrors.class, immediate = true)
public class BundleErrors implements FrameworkListener, BundleListener {

    /**
     * One recorded error.
     *
     * @param at when the framework reported it
     * @param message the error, with its root cause
     */
    public record BundleError(Instant at, String message) {}

    private final Map<Long, BundleError> latest = new ConcurrentHashMap<>();
    private final BundleContext context;

    @Activate
    public BundleErrors(BundleContext context) {
        this.context = context;
        context.addFrameworkListener(this);
        context.addBundleListener(this);
    }

    @Deactivate
    void deactivate() {
        context.removeFrameworkListener(this);
        context.removeBundleListener(this);
    }

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.ERROR && event.getBundle() != null) {
            latest.put(event.getBundle().getBundleId(), new BundleError(Instant.now(), describe(event.getThrowable())));
        }
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        if (event.getType() == BundleEvent.UNINSTALLED) {
            latest.remove(event.getBundle().getBundleId());
        }
    }

    /** The latest error of the bundle, if any. */
    public Optional<BundleError> latest(long bundleId) {
        return Optional.ofNullable(latest.get(bundleId));
    }

    /** The throwable's message followed by its root cause, which usually names the real problem. */
    static String describe(Throwable throwable) {
        if (throwable == null) {
            return "";
        }
        Throwable root = throwable;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = text(throwable);
        return root == throwable ? message : message + " ← " + text(root);
    }

    private static String text(Throwable t) {
        return t.getMessage() == null
                ? t.getClass().getSimpleName()
                : t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
