package org.tongban.evaluation.portal.internal;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.List;
import java.util.Optional;
import org.tongban.evaluation.CitizenRatings;
import org.tongban.evaluation.CitizenRatings.PendingCase;
import org.tongban.platform.accounts.ui.CitizenSession;

/** {@code /my-ratings}: the signed-in citizen's finished cases waiting for a rating (好差评), each linked to its page. */
public final class MyRatingsView extends VerticalLayout implements BeforeEnterObserver {
    static final String ROUTE = "my-ratings";

    final Div content = new Div();
    private final CitizenRatings ratings;

    public MyRatingsView(CitizenRatings ratings) {
        this.ratings = ratings;
        setWidth("min(100%, 48rem)");
        content.setId("my-ratings");
        content.setWidthFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<CitizenSession.Citizen> citizen = CitizenSession.current();
        if (citizen.isEmpty()) {
            content.removeAll();
            content.add(
                    new H1(getTranslation("evaluation.portal.mine.menu")),
                    new Paragraph(getTranslation("evaluation.portal.signInFirst")),
                    new Anchor(
                            CitizenSession.SIGN_IN_ROUTE + "?" + CitizenSession.NEXT_PARAMETER + "=" + ROUTE,
                            getTranslation("evaluation.portal.signIn")));
            return;
        }
        show(citizen.get().accountId());
    }

    void show(long accountId) {
        content.removeAll();
        content.add(new H1(getTranslation("evaluation.portal.mine.menu")));
        List<PendingCase> pending;
        try {
            pending = ratings.pending(accountId);
        } catch (RuntimeException e) {
            content.add(new Paragraph(PortalFeedback.FEEDBACK.message(this, e)));
            return;
        }
        if (pending.isEmpty()) {
            content.add(new Paragraph(getTranslation("evaluation.portal.mine.none")));
            return;
        }
        content.add(new Paragraph(getTranslation("evaluation.portal.mine.explain")));
        UnorderedList list = new UnorderedList();
        for (PendingCase p : pending) {
            list.add(new ListItem(new Anchor(
                    RateCaseView.route(p.caseNumber()),
                    getTranslation("evaluation.portal.mine.item", p.matterName(), p.caseNumber()))));
        }
        content.add(list);
    }
}
