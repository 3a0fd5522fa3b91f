package org.tongban.platform.ui.internal;

import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.ui.ViewContribution;
import org.tongban.platform.ui.DeclaredView;
import org.tongban.platform.ui.ViewFactory;

/**
 * Turns every {@link ViewFactory} service declared with {@code @TongbanView} into a {@link ViewContribution} service,
 * registered in the name of the declaring bundle (so the host's registry names that bundle) with the factory's
 * {@code service.ranking}, and withdrawn with the factory.
 */
@Component(
        immediate = true,
        service = {})
public final class DeclaredViews implements ServiceTrackerCustomizer<ViewFactory, DeclaredViews.Tracked> {
    private static final Logger LOG = LoggerFactory.getLogger(DeclaredViews.class);

    /** Service property of a contribution: the {@code service.id} of the factory it stands for. */
    public static final String FACTORY_PROPERTY = "tongban.view.factory";

    /** A factory and its contribution's registration (none while its declaration is bad). */
    static final class Tracked {
        final ViewFactory factory;
        volatile ServiceRegistration<ViewContribution> registration;

        Tracked(ViewFactory factory, ServiceRegistration<ViewContribution> registration) {
            this.factory = factory;
            this.registration = registration;
        }
    }

    private BundleContext context;
    private ServiceTracker<ViewFactory, Tracked> tracker;

    @Activate
    void activate(BundleContext context) {
        this.context = context;
        tracker = new ServiceTracker<>(context, ViewFactory.class, this);
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    @Override
    public Tracked addingService(ServiceReference<ViewFactory> reference) {
        Map<String, Object> properties = properties(reference);
        if (!DeclaredView.isDeclared(properties)) {
            LOG.error(
                    "View factory {} of {} has no @TongbanView; it is ignored",
                    properties.get(Constants.SERVICE_ID),
                    reference.getBundle().getSymbolicName());
            return null;
        }
        ViewFactory factory = context.getService(reference);
        if (factory == null) {
            return null;
        }
        return new Tracked(factory, register(reference, factory));
    }

    @Override
    public void modifiedService(ServiceReference<ViewFactory> reference, Tracked tracked) {
        // A changed route or ranking: the host sees a new contribution replace the old one.
        unregister(tracked.registration);
        tracked.registration = register(reference, tracked.factory);
    }

    @Override
    public void removedService(ServiceReference<ViewFactory> reference, Tracked tracked) {
        unregister(tracked.registration);
        tracked.registration = null;
        try {
            context.ungetService(reference);
        } catch (IllegalStateException e) {
            // the kit is stopping
        }
    }

    private ServiceRegistration<ViewContribution> register(
            ServiceReference<ViewFactory> reference, ViewFactory factory) {
        Bundle declaring = reference.getBundle();
        if (declaring == null) {
            return null;
        }
        DeclaredView view;
        try {
            view = DeclaredView.fromProperties(properties(reference), declaring::loadClass);
        } catch (IllegalArgumentException e) {
            LOG.error("View of {} not registered: {}", declaring.getSymbolicName(), e.getMessage());
            return null;
        }
        Dictionary<String, Object> registered = new Hashtable<>();
        Object ranking = reference.getProperty(Constants.SERVICE_RANKING);
        if (ranking instanceof Integer) {
            registered.put(Constants.SERVICE_RANKING, ranking);
        }
        registered.put(FACTORY_PROPERTY, reference.getProperty(Constants.SERVICE_ID));
        BundleContext owner = declaring.getBundleContext();
        try {
            return (owner == null ? context : owner)
                    .registerService(ViewContribution.class, view.contribution(factory), registered);
        } catch (IllegalStateException e) {
            LOG.warn(
                    "View /{} of {} not registered: the bundle is stopping", view.route(), declaring.getSymbolicName());
            return null;
        }
    }

    private static void unregister(ServiceRegistration<ViewContribution> registration) {
        if (registration == null) {
            return;
        }
        try {
            registration.unregister();
        } catch (IllegalStateException e) {
            // already gone with its bundle
        }
    }

    private static Map<String, Object> properties(ServiceReference<?> reference) {
        Map<String, Object> properties = new HashMap<>();
        for (String key : reference.getPropertyKeys()) {
            properties.put(key, reference.getProperty(key));
        }
        return properties;
    }
}
