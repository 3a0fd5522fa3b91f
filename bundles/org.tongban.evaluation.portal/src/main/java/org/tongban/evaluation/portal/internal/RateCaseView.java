package org.tongban.evaluation.portal.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.tongban.evaluation.Channel;
import org.tongban.evaluation.CitizenRatings;
import org.tongban.evaluation.Dimension;
import org.tongban.evaluation.Level;
import org.tongban.evaluation.NewRating;
import org.tongban.evaluation.Rating;
import org.tongban.platform.accounts.ui.CitizenSession;

/**
 * {@code /my-ratings/<case>}: the rating of one of the signed-in citizen's finished cases (一事一评), with the online
 * dimensions, a comment and consent to be contacted; a rated case shows its rating and can be changed within the
 * amendment window. A case that is not theirs or not finished is refused in one clear sentence.
 */
public final class RateCaseView extends VerticalLayout implements BeforeEnterObserver {
    static final String ROUTE = "my-ratings/:number";

    final Div content = new Div();
    final Map<Dimension, RadioButtonGroup<Level>> levels = new EnumMap<>(Dimension.class);
    final TextArea comment = new TextArea();
    final Checkbox contactable = new Checkbox();
    private final CitizenRatings ratings;
    private long accountId;
    private String number;

    public RateCaseView(CitizenRatings ratings) {
        this.ratings = ratings;
        setWidth("min(100%, 48rem)");
        content.setId("rate-case");
        content.setWidthFull();
        add(content);
    }

    static String route(String number) {
        return "my-ratings/" + number;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String given = event.getRouteParameters().get("number").orElse("");
        Optional<CitizenSession.Citizen> citizen = CitizenSession.current();
        if (citizen.isEmpty()) {
            content.removeAll();
            content.add(
                    new H1(getTranslation("evaluation.portal.rate.title")),
                    new Paragraph(getTranslation("evaluation.portal.signInFirst")),
                    new Anchor(
                            CitizenSession.SIGN_IN_ROUTE + "?" + CitizenSession.NEXT_PARAMETER + "=" + route(given),
                            getTranslation("evaluation.portal.signIn")));
            return;
        }
        show(citizen.get().accountId(), given);
    }

    /** The form for the case, or its rating if it has one. */
    void show(long accountId, String number) {
        this.accountId = accountId;
        this.number = number;
        content.removeAll();
        content.add(new H1(getTranslation("evaluation.portal.rate.title")));
        Optional<Rating> existing = ratings.ofCase(accountId, number);
        existing.ifPresent(r -> content.add(new Paragraph(getTranslation(
                "evaluation.portal.rate.existing", number, getTranslation("evaluation.portal.level." + r.level())))));
        content.add(new Paragraph(getTranslation("evaluation.portal.rate.case", number)));
        levels.clear();
        for (Dimension d : Channel.ONLINE.dimensions()) {
            RadioButtonGroup<Level> group = new RadioButtonGroup<>();
            group.setLabel(getTranslation("evaluation.portal.dimension." + d.name()));
            group.setItems(Level.values());
            group.setItemLabelGenerator(l -> getTranslation("evaluation.portal.level." + l.name()));
            group.setRequiredIndicatorVisible(d == Dimension.OVERALL);
            existing.map(r -> r.levels().get(d)).ifPresent(group::setValue);
            levels.put(d, group);
            content.add(group);
        }
        comment.setLabel(getTranslation("evaluation.portal.rate.comment"));
        comment.setMaxLength(500);
        comment.setWidthFull();
        contactable.setLabel(getTranslation("evaluation.portal.rate.contactable"));
        Button submit = new Button(
                getTranslation(existing.isPresent() ? "evaluation.portal.rate.amend" : "evaluation.portal.rate.submit"),
                click -> submit());
        submit.setId("rate-case-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(
                comment,
                contactable,
                submit,
                new Anchor(MyRatingsView.ROUTE, getTranslation("evaluation.portal.back")));
    }

    /** Rates (or amends); a refusal replaces the form by its sentence, nothing is stored. */
    boolean submit() {
        Map<Dimension, Level> chosen = new EnumMap<>(Dimension.class);
        levels.forEach((d, g) -> {
            if (g.getValue() != null) {
                chosen.put(d, g.getValue());
            }
        });
        NewRating answer = new NewRating(chosen, comment.getValue(), contactable.getValue(), null);
        try {
            if (ratings.ofCase(accountId, number).isPresent()) {
                ratings.amendCase(accountId, number, answer);
            } else {
                ratings.rateCase(accountId, number, answer);
            }
        } catch (RuntimeException e) {
            content.removeAll();
            content.add(
                    new H1(getTranslation("evaluation.portal.rate.title")),
                    new Paragraph(PortalFeedback.FEEDBACK.message(this, e)),
                    new Anchor(MyRatingsView.ROUTE, getTranslation("evaluation.portal.back")));
            return false;
        }
        content.removeAll();
        content.add(
                new H1(getTranslation("evaluation.portal.rate.thanks")),
                new Anchor(MyRatingsView.ROUTE, getTranslation("evaluation.portal.back")));
        return true;
    }
}
