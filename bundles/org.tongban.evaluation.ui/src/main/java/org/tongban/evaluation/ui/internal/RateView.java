package org.tongban.evaluation.ui.internal;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.EnumMap;
import java.util.Map;
import org.tongban.evaluation.Channel;
import org.tongban.evaluation.CitizenRatings;
import org.tongban.evaluation.CitizenRatings.Tablet;
import org.tongban.evaluation.Dimension;
import org.tongban.evaluation.Level;
import org.tongban.evaluation.NewRating;
import org.tongban.evaluation.Rating;

/**
 * {@code /rate/<token>}: the window tablet (评价器), no sign-in. It shows the service just finished at its window and
 * takes the citizen's rating with large buttons, one per level and per dimension; the answer goes to the service, never
 * to the clerk's screen. A forged or withdrawn token gets a refusal page. While idle it looks for the next visit.
 */
public final class RateView extends VerticalLayout implements BeforeEnterObserver {
    static final String PATH = "rate";
    static final String ROUTE = PATH + "/:token";
    static final int POLL_MILLIS = 5000;

    final Div content = new Div();
    final Map<Dimension, Level> chosen = new EnumMap<>(Dimension.class);
    final TextArea comment = new TextArea();
    final TextField phone = new TextField();
    final Checkbox contactable = new Checkbox();
    private final CitizenRatings ratings;
    private final java.util.function.Function<String, String> matterNames;
    private String token;
    private Rating visit;
    private boolean answering;
    private com.vaadin.flow.shared.Registration polling;

    public RateView(CitizenRatings ratings) {
        this(ratings, code -> code);
    }

    /** The page, naming a visit's matter as the citizen knows it (the catalogue's name) rather than by its code. */
    public RateView(CitizenRatings ratings, java.util.function.Function<String, String> matterNames) {
        this.ratings = ratings;
        this.matterNames = matterNames;
        addClassName("tb-kiosk");
        getStyle().set("font-size", "1.35rem");
        setWidth("min(100%, 56rem)");
        content.setId("evaluation-rate");
        content.setWidthFull();
        comment.setId("evaluation-rate-comment");
        phone.setId("evaluation-rate-phone");
        contactable.setId("evaluation-rate-contactable");
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(event.getRouteParameters().get("token").orElse(""));
    }

    /** Binds the page to the tablet's token from its address. */
    void open(String token) {
        this.token = token;
        show();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MILLIS);
        polling = event.getUI().addPollListener(poll -> {
            if (!answering) {
                show();
            }
        });
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
    }

    /** The tablet's state: refused, idle, or the visit to rate. */
    void show() {
        content.removeAll();
        chosen.clear();
        answering = false;
        Tablet tablet;
        try {
            tablet = ratings.tablet(token);
        } catch (RuntimeException e) {
            Paragraph refusal = new Paragraph(EvaluationFeedback.FEEDBACK.message(this, e));
            refusal.setId("evaluation-rate-refused");
            refusal.getElement().setAttribute("role", "alert");
            content.add(new H1(getTranslation("evaluation.ui.rate.refusedTitle")), refusal);
            return;
        }
        content.add(new H1(getTranslation("evaluation.ui.rate.title", tablet.window())));
        visit = tablet.visit().orElse(null);
        if (visit == null) {
            content.add(new Paragraph(getTranslation("evaluation.ui.rate.idle")));
            return;
        }
        Paragraph service = new Paragraph(getTranslation("evaluation.ui.rate.service", matterName(visit.matterCode())));
        service.setId("evaluation-rate-service");
        content.add(service);
        for (Dimension d : Channel.HALL.dimensions()) {
            content.add(levels(d));
        }
        comment.setLabel(getTranslation("evaluation.ui.rate.comment"));
        comment.setMaxLength(500);
        comment.setWidthFull();
        comment.clear();
        phone.setLabel(getTranslation("evaluation.ui.rate.phone"));
        phone.setHelperText(getTranslation("evaluation.ui.rate.phoneHelper"));
        phone.clear();
        contactable.setLabel(getTranslation("evaluation.ui.rate.contactable"));
        contactable.setValue(false);
        Button submit = new Button(getTranslation("evaluation.ui.rate.submit"), click -> submit());
        submit.setId("evaluation-rate-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setMinHeight("4rem");
        submit.setWidthFull();
        content.add(comment, phone, contactable, submit);
    }

    /** One dimension's five levels as large toggle buttons, a labelled group for screen readers. */
    private Div levels(Dimension d) {
        Div group = new Div();
        group.getElement().setAttribute("role", "group");
        String name = getTranslation("evaluation.ui.dimension." + d.name());
        group.getElement().setAttribute("aria-label", name);
        group.add(new Paragraph(name + (d == Dimension.OVERALL ? getTranslation("evaluation.ui.rate.required") : "")));
        Div row = new Div();
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5rem");
        for (Level level : Level.values()) {
            Button b = new Button(getTranslation("evaluation.ui.level." + level.name()));
            b.setId("evaluation-rate-" + d.name() + "-" + level.name());
            b.setMinHeight("3.5rem");
            b.getStyle().set("flex", "1 1 9rem").set("font-size", "1.2rem");
            b.getElement().setAttribute("aria-pressed", "false");
            b.addClickListener(click -> {
                answering = true;
                chosen.put(d, level);
                row.getChildren().forEach(other -> {
                    other.getElement().setAttribute("aria-pressed", String.valueOf(other == b));
                    ((Button) other).removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
                });
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            });
            row.add(b);
        }
        group.add(row);
        return group;
    }

    /** Sends the answer; a refusal is shown in Chinese and nothing is stored. */
    boolean submit() {
        if (!chosen.containsKey(Dimension.OVERALL)) {
            // One announced hint, however often the button is pressed.
            content.getChildren()
                    .filter(c ->
                            c.getId().filter("evaluation-rate-hint"::equals).isPresent())
                    .toList()
                    .forEach(content::remove);
            Paragraph hint = new Paragraph(getTranslation("evaluation.ui.rate.chooseOverall"));
            hint.setId("evaluation-rate-hint");
            hint.getElement().setAttribute("role", "alert");
            content.add(hint);
            return false;
        }
        try {
            ratings.rateVisit(
                    token,
                    visit.id(),
                    new NewRating(chosen, comment.getValue(), contactable.getValue(), phone.getValue()));
        } catch (RuntimeException e) {
            EvaluationFeedback.FEEDBACK.failure(this, e);
            return false;
        }
        content.removeAll();
        answering = false;
        H1 thanks = new H1(getTranslation("evaluation.ui.rate.thanks"));
        thanks.setId("evaluation-rate-thanks");
        content.add(thanks);
        return true;
    }

    private String matterName(String code) {
        if (code == null || code.isBlank()) {
            return "—";
        }
        try {
            String name = matterNames.apply(code);
            return name == null || name.isBlank() ? code : name;
        } catch (RuntimeException unknown) {
            return code;
        }
    }
}
