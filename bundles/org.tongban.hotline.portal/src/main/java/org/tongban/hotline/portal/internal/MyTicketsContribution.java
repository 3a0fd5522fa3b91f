package org.tongban.hotline.portal.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hotline.CitizenTickets;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /my-tickets} (我的诉求) to the portal; the view itself asks a visitor who is not signed in to sign in. */
// Fully qualified: Vaadin's Component is the one this class talks about.
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = MyTicketsView.ROUTE,
        view = MyTicketsView.class,
        audience = Audience.PORTAL,
        titleKey = "hotline.portal.mine.menu",
        icon = "vaadin:comments")
public final class MyTicketsContribution implements ViewFactory {
    private final CitizenTickets tickets;

    @Activate
    public MyTicketsContribution(@Reference CitizenTickets tickets) {
        this.tickets = tickets;
    }

    @Override
    public Component createView() {
        return new MyTicketsView(tickets);
    }
}
