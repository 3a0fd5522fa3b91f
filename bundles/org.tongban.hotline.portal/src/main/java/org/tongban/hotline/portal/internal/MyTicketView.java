package org.tongban.hotline.portal.internal;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.Optional;
import org.tongban.hotline.CitizenTicket;
import org.tongban.hotline.CitizenTickets;
import org.tongban.hotline.KnowledgeBase;
import org.tongban.hotline.PublicArticle;
import org.tongban.platform.accounts.ui.CitizenSession;

/**
 * {@code /my-tickets/<number>}: one of the signed-in citizen's tickets with what they wrote, its state, the reply and
 * the rating. Another's number reads as not found, as the service answers it.
 */
public final class MyTicketView extends VerticalLayout implements BeforeEnterObserver {
    static final String ROUTE = "my-tickets/:number";

    private final CitizenTickets tickets;
    private final KnowledgeBase knowledge;
    private final Div content = new Div();

    public MyTicketView(CitizenTickets tickets, KnowledgeBase knowledge) {
        this.tickets = tickets;
        this.knowledge = knowledge;
        setWidth("min(100%, 48rem)");
        content.setId("my-ticket");
        content.setWidthFull();
        add(content);
    }

    /** The ticket page's address. */
    static String route(String number) {
        return "my-tickets/" + number;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String given = event.getRouteParameters().get("number").orElse("");
        Optional<CitizenSession.Citizen> citizen = CitizenSession.current();
        if (citizen.isEmpty()) {
            content.removeAll();
            content.add(
                    new H1(getTranslation("hotline.portal.mine.menu")),
                    new Paragraph(getTranslation("hotline.portal.mine.signInFirst")),
                    new Anchor(
                            CitizenSession.SIGN_IN_ROUTE + "?" + CitizenSession.NEXT_PARAMETER + "=" + route(given),
                            getTranslation("hotline.portal.signIn")));
            return;
        }
        show(citizen.get().accountId(), given);
    }

    /** Shows the account's ticket, or one sentence when it is not theirs. */
    void show(long accountId, String number) {
        content.removeAll();
        Optional<CitizenTicket> own = tickets.ticket(accountId, number);
        content.add(new H1(getTranslation("hotline.portal.ticket.title")));
        if (own.isEmpty()) {
            content.add(new Paragraph(getTranslation("hotline.portal.ticket.notFound", number)));
        } else {
            TicketCard.lines(this, own.get(), true).forEach(content::add);
            citedArticle(own.get()).ifPresent(content::add);
        }
        content.add(underlined(new Anchor(MyTicketsView.ROUTE, getTranslation("hotline.portal.ticket.back"))));
    }

    /** The article the answer cites, linked to its public page; an agents-only or withdrawn one stays unmentioned. */
    private Optional<Paragraph> citedArticle(CitizenTicket t) {
        if (t.articleId() == null || knowledge == null) {
            return Optional.empty();
        }
        Optional<PublicArticle> article = knowledge.publicArticle(t.articleId());
        return article.map(a -> {
            Paragraph line = new Paragraph(getTranslation("hotline.portal.ticket.article") + " ");
            line.setId("my-ticket-article");
            line.add(underlined(new Anchor(KnowledgePages.articlePath(a.id()), a.title())));
            return line;
        });
    }

    // A link among text is told apart by more than its colour (WCAG 1.4.1, axe's link-in-text-block).
    private static Anchor underlined(Anchor link) {
        link.getStyle().set("text-decoration", "underline");
        return link;
    }
}
