package org.tongban.host.web.nav;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.HeaderWidget;

/**
 * The whiteboard collector of {@link HeaderWidget} services. Open shells rebuild their headers when widgets come and
 * go; a widget that fails to build is left out and logged, so one bundle cannot break every page.
 */
public final class HeaderWidgets implements ServiceTrackerCustomizer<HeaderWidget, HeaderWidget> {

    private static final Logger LOG = LoggerFactory.getLogger(HeaderWidgets.class);
    private final BundleContext context;
    private final OpenShells shells;
    private final Map<ServiceReference<HeaderWidget>, HeaderWidget> widgets = new ConcurrentHashMap<>();
    private final ServiceTracker<HeaderWidget, HeaderWidget> tracker;
    private final AtomicLong generation = new AtomicLong();

    HeaderWidgets(BundleContext context, OpenShells shells) {
        this.context = context;
        this.shells = shells;
        this.tracker = new ServiceTracker<>(context, HeaderWidget.class, this);
    }

    void open() {
        tracker.open();
    }

    void close() {
        tracker.close();
    }

    /** Changes with every widget that comes or goes, so a shell rebuilds its header only when needed. */
    public long generation() {
        return generation.get();
    }

    /**
     * Builds the widgets of one shell that the bound user may see, in order.
     *
     * @param permitted whether the bound user holds a permission (empty means none needed)
     */
    public List<Component> build(Audience audience, Predicate<String> permitted) {
        List<Component> components = new ArrayList<>();
        widgets.values().stream()
                .filter(w -> w.audience() == audience && permitted.test(w.requiredPermission()))
                .sorted(Comparator.comparingInt(HeaderWidget::order))
                .forEach(widget -> {
                    try {
                        components.add(widget.createComponent());
                    } catch (RuntimeException e) {
                        LOG.error(
                                "Header widget {} failed to build",
                                widget.getClass().getName(),
                                e);
                    }
                });
        return components;
    }

    @Override
    public HeaderWidget addingService(ServiceReference<HeaderWidget> reference) {
        HeaderWidget widget = context.getService(reference);
        if (widget == null) {
            return null;
        }
        widgets.put(reference, widget);
        generation.incrementAndGet();
        shells.refreshAll();
        return widget;
    }

    @Override
    public void modifiedService(ServiceReference<HeaderWidget> reference, HeaderWidget widget) {
        generation.incrementAndGet();
        shells.refreshAll();
    }

    @Override
    public void removedService(ServiceReference<HeaderWidget> reference, HeaderWidget widget) {
        widgets.remove(reference);
        generation.incrementAndGet();
        context.ungetService(reference);
        shells.refreshAll();
    }
}
