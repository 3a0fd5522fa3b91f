package org.tongban.worktime.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.List;
import org.tongban.platform.ui.DeadlineBadge;
import org.tongban.platform.ui.Feedback;
import org.tongban.worktime.ClockEvent;
import org.tongban.worktime.ClockService;
import org.tongban.worktime.DeadlineClock;
import org.tongban.worktime.Progress;

/** Finds the clocks of an object (a case, a ticket) and shows the status and whole history of one. */
public final class ClockLookupView extends VerticalLayout {

    private final ClockService clocks;
    private final TextField objectType = new TextField();
    private final TextField objectId = new TextField();
    private final Grid<DeadlineClock> found = new Grid<>();
    private final Paragraph status = new Paragraph();
    private final Div deadline = new Div();
    private final Grid<ClockEvent> history = new Grid<>();

    public ClockLookupView(ClockService clocks) {
        this.clocks = clocks;
        objectType.setLabel(getTranslation("worktime.clock.objectType"));
        objectType.setValue("case");
        objectId.setLabel(getTranslation("worktime.clock.objectId"));
        Button search = new Button(getTranslation("worktime.clock.search"), click -> search());
        search.addThemeVariants(ButtonVariant.PRIMARY);
        search.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(objectId);
        HorizontalLayout form = new HorizontalLayout(objectType, objectId, search);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

        found.addColumn(DeadlineClock::id).setHeader("ID");
        found.addColumn(c -> c.request().matterType()).setHeader(getTranslation("worktime.report.matterType"));
        found.addColumn(c -> c.request().limit() + c.extension() + " " + unit(c))
                .setHeader(getTranslation("worktime.clock.limit"));
        found.addColumn(c -> getTranslation("worktime.state." + c.state().name()))
                .setHeader(getTranslation("worktime.clock.state"));
        found.addColumn(c -> Formats.minutes(c.deadline())
                        + (c.provisional() ? getTranslation("worktime.clock.provisional") : ""))
                .setHeader(getTranslation("worktime.clock.deadline"));
        found.setAllRowsVisible(true);
        found.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));

        history.addColumn(e -> Formats.minutes(e.at())).setHeader(getTranslation("worktime.event.at"));
        history.addColumn(e -> getTranslation("worktime.event." + e.kind().name()))
                .setHeader(getTranslation("worktime.event.kind"));
        history.addColumn(ClockEvent::actor).setHeader(getTranslation("worktime.event.actor"));
        history.addColumn(this::reason)
                .setHeader(getTranslation("worktime.event.reason"))
                .setFlexGrow(3);
        history.addColumn(e -> e.amount() == null ? "" : "+" + e.amount())
                .setHeader(getTranslation("worktime.event.amount"));
        history.addColumn(e -> e.approver() == null ? "" : e.approver())
                .setHeader(getTranslation("worktime.event.approver"));
        history.setAllRowsVisible(true);

        add(
                new H2(getTranslation("worktime.clock.menu")),
                form,
                found,
                new H3(getTranslation("worktime.clock.history")),
                deadline,
                status,
                history);
        setMaxWidth("72rem");
    }

    // A pause names its excluded step (行政许可法 第45条), its law where needed and the written notice.
    private String reason(ClockEvent event) {
        String reason = event.reason() == null ? "" : event.reason();
        if (event.pause() == null) {
            return reason;
        }
        var pause = event.pause();
        return getTranslation(
                "worktime.pause.detail",
                getTranslation("worktime.pause." + pause.kind().name())
                        + (pause.legalBasis() == null ? "" : "，" + pause.legalBasis()),
                reason,
                pause.expectedDuration(),
                pause.writtenNotice());
    }

    private String unit(DeadlineClock clock) {
        return getTranslation("worktime.unit." + clock.request().unit().name());
    }

    private void search() {
        try {
            List<DeadlineClock> result = clocks.findByObject(
                    objectType.getValue().strip(), objectId.getValue().strip());
            // "Not found" answers a lookup, so it appears only once one ran.
            found.setEmptyStateText(getTranslation("worktime.clock.none"));
            found.setItems(result);
            if (result.size() == 1) {
                found.select(result.getFirst());
            } else {
                show(null);
            }
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
    }

    private void show(DeadlineClock clock) {
        if (clock == null) {
            status.setText("");
            deadline.removeAll();
            history.setItems(List.of());
            return;
        }
        try {
            Progress progress = clocks.progress(clock.id(), Instant.now());
            status.setText(getTranslation(
                    "worktime.clock.status",
                    getTranslation("worktime.status." + progress.status().name()),
                    Formats.minutes(progress.deadline())
                            + (progress.provisional() ? getTranslation("worktime.clock.provisional") : ""),
                    String.valueOf(progress.remainingWorkingDays())));
            deadline.removeAll();
            deadline.add(new DeadlineBadge(Deadlines.of(progress)));
            history.setItems(clocks.history(clock.id()));
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
    }
}
