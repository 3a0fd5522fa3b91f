package org.tongban.platform.events.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;
import org.tongban.platform.events.OutboxAdministration;

/** Adds {@code /console/events} to the administrators' console, next to health and the audit log. */
// Fully qualified: Vaadin's Component is the one this class talks about.
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class EventsContribution implements ViewContribution {
    /** The console's own group of administration views; its text comes from the console bundle. */
    static final String SYSTEM_GROUP = "console.group.system";

    private final OutboxAdministration outbox;

    @Activate
    public EventsContribution(@Reference OutboxAdministration outbox) {
        this.outbox = outbox;
    }

    @Override
    public String route() {
        return "events";
    }

    @Override
    public Class<? extends Component> viewClass() {
        return EventDeliveryView.class;
    }

    @Override
    public String titleKey() {
        return "events.menu";
    }

    @Override
    public Audience audience() {
        return Audience.CONSOLE;
    }

    @Override
    public String menuGroup() {
        return SYSTEM_GROUP;
    }

    @Override
    public String icon() {
        return "vaadin:exchange";
    }

    // The navigation guard refuses the route without it; the service checks it again on every call.
    @Override
    public String requiredPermission() {
        return OutboxAdministration.PERMISSION;
    }

    @Override
    public int order() {
        return 940;
    }

    @Override
    public Component createView() {
        return new EventDeliveryView(outbox);
    }
}
