package org.tongban.intake.portal.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.tongban.intake.CaseTracking;
import org.tongban.intake.TrackedCase;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.ui.Feedback;

/**
 * 办件进度查询: the case number (filled in from the QR code's {@code ?case=}) and the last 4 characters of the ID
 * number or credit code; the answer is the state and the milestones, or one neutral sentence for anything that does
 * not match. Everything shown goes in as text.
 */
public final class TrackCaseView extends VerticalLayout implements BeforeEnterObserver {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final CaseTracking tracking;
    private final TextField number = new TextField();
    private final TextField tail = new TextField();
    private final Div result = new Div();

    public TrackCaseView(CaseTracking tracking) {
        this.tracking = tracking;
        number.setId("track-number");
        number.setLabel(getTranslation("intake.portal.track.number"));
        number.setMaxLength(40);
        number.setWidthFull();
        tail.setId("track-tail");
        tail.setLabel(getTranslation("intake.portal.track.tail"));
        tail.setHelperText(getTranslation("intake.portal.track.tailHelp"));
        tail.setMaxLength(4);
        tail.setMinWidth("8rem");
        Button ask = new Button(getTranslation("intake.portal.track.ask"), e -> ask());
        ask.setId("track-ask");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        FlexLayout form = new FlexLayout(number, tail, ask);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("gap", "var(--lumo-space-m)");
        form.setWidthFull();
        result.setId("track-result");
        result.getElement().setAttribute("role", "status");
        result.getElement().setAttribute("aria-live", "polite");
        result.setWidthFull();
        add(
                new H1(getTranslation("intake.portal.track.menu")),
                new Paragraph(getTranslation("intake.portal.track.intro")),
                form,
                result);
        setMaxWidth("48rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> given =
                event.getLocation().getQueryParameters().getParameters().get("case");
        if (given != null && !given.isEmpty()) {
            number.setValue(given.getFirst().strip());
            tail.focus();
        }
    }

    /** Asks for the case with the values typed; the address the limits count by is the visitor's. */
    void ask() {
        result.removeAll();
        Optional<TrackedCase> found;
        try {
            found = tracking.track(number.getValue(), tail.getValue(), address());
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
            return;
        }
        found.ifPresentOrElse(this::show, () -> result.add(new Paragraph(getTranslation("intake.portal.track.none"))));
    }

    private void show(TrackedCase tracked) {
        result.add(
                new H2(getTranslation("intake.portal.track.state", state(tracked.state()))),
                new Paragraph(getTranslation("intake.portal.track.case", tracked.number())),
                new Paragraph(getTranslation("intake.portal.track.matter", tracked.matterName())));
        OrderedList steps = new OrderedList();
        steps.setId("track-milestones");
        for (TrackedCase.Milestone m : tracked.milestones()) {
            steps.add(new ListItem(WHEN.format(m.at()) + "　" + milestone(m.kind())));
        }
        result.add(steps);
    }

    private String state(String state) {
        return getTranslation("intake.portal.state." + state);
    }

    private String milestone(String kind) {
        return getTranslation("intake.portal.milestone." + kind);
    }

    /** The client's address as the host records it for this request (behind a trusted proxy, the forwarded one). */
    private static String address() {
        String address = AuditLog.remoteAddress();
        return address == null ? "" : address;
    }
}
