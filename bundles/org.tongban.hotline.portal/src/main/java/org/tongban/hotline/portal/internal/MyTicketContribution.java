package org.tongban.hotline.portal.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hotline.CitizenTickets;
import org.tongban.hotline.KnowledgeBase;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /my-tickets/<number>}, one ticket of 我的诉求, out of the menu; the view asks for the sign-in. */
// Fully qualified: Vaadin's Component is the one this class talks about.
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = MyTicketView.ROUTE,
        view = MyTicketView.class,
        audience = Audience.PORTAL,
        titleKey = "hotline.portal.mine.menu",
        icon = "vaadin:comments",
        inMenu = false)
public final class MyTicketContribution implements ViewFactory {
    private final CitizenTickets tickets;
    private final KnowledgeBase knowledge;

    @Activate
    public MyTicketContribution(@Reference CitizenTickets tickets, @Reference KnowledgeBase knowledge) {
        this.tickets = tickets;
        this.knowledge = knowledge;
    }

    @Override
    public Component createView() {
        return new MyTicketView(tickets, knowledge);
    }
}
