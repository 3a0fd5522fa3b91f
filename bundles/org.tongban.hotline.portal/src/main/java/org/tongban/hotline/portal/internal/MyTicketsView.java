package org.tongban.hotline.portal.internal;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import org.tongban.hotline.CitizenTicket;
import org.tongban.hotline.CitizenTickets;
import org.tongban.platform.accounts.ui.CitizenSession;
import org.tongban.platform.ui.Feedback;

/**
 * 我的诉求: the signed-in citizen's tickets, newest first, with state, received time, reply and rating; each links to
 * its own page. The account comes from the session, never from the address.
 */
public final class MyTicketsView extends VerticalLayout {
    static final String ROUTE = "my-tickets";
    static final String SIGN_IN = CitizenSession.SIGN_IN_ROUTE + "?" + CitizenSession.NEXT_PARAMETER + "=" + ROUTE;
    private static final int SHOWN = 50;

    private final Div list = new Div();

    public MyTicketsView(CitizenTickets tickets) {
        setWidth("min(100%, 48rem)");
        add(new H1(getTranslation("hotline.portal.mine.menu")));
        Optional<CitizenSession.Citizen> citizen = CitizenSession.current();
        if (citizen.isEmpty()) {
            add(
                    new Paragraph(getTranslation("hotline.portal.mine.signInFirst")),
                    new Anchor(SIGN_IN, getTranslation("hotline.portal.signIn")));
            return;
        }
        list.setId("my-tickets");
        list.setWidthFull();
        add(new Anchor(FileTicketView.ROUTE, getTranslation("hotline.portal.mine.fileNew")), list);
        List<CitizenTicket> own;
        try {
            own = tickets.tickets(citizen.get().accountId(), SHOWN);
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
            return;
        }
        if (own.isEmpty()) {
            list.add(new Paragraph(getTranslation("hotline.portal.mine.empty")));
        }
        for (CitizenTicket t : own) {
            Div card = new Div();
            card.addClassName("my-ticket");
            Anchor link = new Anchor(MyTicketView.route(t.number()), excerpt(t.description()));
            link.getElement().setAttribute("aria-label", getTranslation("hotline.portal.mine.open", t.number()));
            card.add(new H2(link));
            TicketCard.lines(this, t, false).forEach(card::add);
            list.add(card);
        }
    }

    private static String excerpt(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "…";
    }
}
