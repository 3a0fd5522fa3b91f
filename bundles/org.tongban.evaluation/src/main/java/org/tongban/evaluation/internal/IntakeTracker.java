package org.tongban.evaluation.internal;

import java.util.function.Consumer;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows intake's {@code CitizenCases} service by name, so that this bundle resolves and runs without intake; the
 * adapter class is loaded only once the service is there.
 */
final class IntakeTracker extends ServiceTracker<Object, CaseSource> {
    static final String SERVICE = "org.tongban.intake.CitizenCases";
    private static final Logger LOG = LoggerFactory.getLogger(IntakeTracker.class);

    private final Consumer<CaseSource> target;

    IntakeTracker(BundleContext context, Consumer<CaseSource> target) {
        super(context, SERVICE, null);
        this.target = target;
    }

    @Override
    public CaseSource addingService(ServiceReference<Object> reference) {
        Object service = context.getService(reference);
        try {
            CaseSource source = new IntakeCaseSource((org.tongban.intake.CitizenCases) service);
            target.accept(source);
            return source;
        } catch (LinkageError | ClassCastException e) {
            LOG.warn("一窗受理的办件服务已出现，但本包尚未连接其接口（需刷新）：{}", e.toString());
            context.ungetService(reference);
            return null;
        }
    }

    @Override
    public void removedService(ServiceReference<Object> reference, CaseSource source) {
        target.accept(null);
        context.ungetService(reference);
    }
}
