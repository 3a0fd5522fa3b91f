package org.tongban.platform.events.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.events.OutboxAdministration;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /console/events} to the administrators' console, next to health and the audit log. */
// Fully qualified: Vaadin's Component is the one this class talks about.
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "events",
        view = EventDeliveryView.class,
        audience = Audience.CONSOLE,
        titleKey = "events.menu",
        permission = OutboxAdministration.PERMISSION,
        icon = "vaadin:exchange",
        menuGroup = EventsContribution.SYSTEM_GROUP,
        order = 940)
public final class EventsContribution implements ViewFactory {
    /** The console's own group of administration views; its text comes from the console bundle. */
    static final String SYSTEM_GROUP = "console.group.system";

    private final OutboxAdministration outbox;

    @Activate
    public EventsContribution(@Reference OutboxAdministration outbox) {
        this.outbox = outbox;
    }

    // The navigation guard refuses the route without it; the service checks it again on every call.
    @Override
    public Component createView() {
        return new EventDeliveryView(outbox);
    }
}
