package org.tongban.hall.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Follows intake's query service by name, so that the hall starts without intake (its import is optional) and links
 * cases as soon as intake is there.
 */
final class IntakeTracker extends ServiceTracker<Object, Object> {
    private static final String INTAKE_QUERIES = "org.tongban.intake.IntakeQueries";

    private final HallContext hall;

    IntakeTracker(BundleContext context, HallContext hall) throws InvalidSyntaxException {
        super(context, context.createFilter("(objectClass=" + INTAKE_QUERIES + ")"), null);
        this.hall = hall;
    }

    @Override
    public Object addingService(ServiceReference<Object> reference) {
        Object service = context.getService(reference);
        try {
            hall.caseLinks = IntakeCaseLinks.of(service);
        } catch (LinkageError | ClassCastException wiredElsewhere) {
            // intake arrived after this bundle resolved; linking waits for the next refresh
            return null;
        }
        return service;
    }

    @Override
    public void removedService(ServiceReference<Object> reference, Object service) {
        hall.caseLinks = null;
        context.ungetService(reference);
    }
}
