package org.tongban.helpdesk.internal;

import java.util.function.Consumer;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows intake's {@code IntakeService} by name, so that this bundle resolves and runs without intake (Zibo's help
 * desk guides and forwards without 全程代办 filing); the adapter class is loaded only once the service is there.
 */
final class IntakeTracker extends ServiceTracker<Object, CaseFiler> {
    static final String SERVICE = "org.tongban.intake.IntakeService";
    static final String QUERIES = "org.tongban.intake.IntakeQueries";
    private static final Logger LOG = LoggerFactory.getLogger(IntakeTracker.class);

    private final Consumer<CaseFiler> target;

    IntakeTracker(BundleContext context, Consumer<CaseFiler> target) {
        super(context, SERVICE, null);
        this.target = target;
    }

    @Override
    public CaseFiler addingService(ServiceReference<Object> reference) {
        Object service = context.getService(reference);
        try {
            CaseFiler filer = new IntakeCaseFiler((org.tongban.intake.IntakeService) service, this::status);
            target.accept(filer);
            return filer;
        } catch (LinkageError | ClassCastException e) {
            LOG.warn("一窗受理服务已出现，但本包尚未连接其接口（需刷新）：{}", e.toString());
            context.ungetService(reference);
            return null;
        }
    }

    /** Intake's queries are looked up for each read, so that a restarted intake bundle is followed. */
    private java.util.Optional<CaseFiler.CaseStatus> status(String number) {
        ServiceReference<?> reference = context.getServiceReference(QUERIES);
        Object queries = reference == null ? null : context.getService(reference);
        if (queries == null) {
            return java.util.Optional.empty();
        }
        try {
            return IntakeCaseFiler.status(queries, number);
        } catch (LinkageError | ClassCastException e) {
            return java.util.Optional.empty();
        } finally {
            context.ungetService(reference);
        }
    }

    @Override
    public void removedService(ServiceReference<Object> reference, CaseFiler filer) {
        target.accept(null);
        context.ungetService(reference);
    }
}
