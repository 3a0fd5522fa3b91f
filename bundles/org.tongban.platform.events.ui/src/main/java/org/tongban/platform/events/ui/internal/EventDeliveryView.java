package org.tongban.platform.events.ui.internal;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;
import org.tongban.platform.events.DeadLetter;
import org.tongban.platform.events.HandlerPosition;
import org.tongban.platform.events.OutboxAdministration;
import org.tongban.platform.ui.Feedback;

/**
 * Event delivery ({@code /console/events}): where every handler stands against the newest event and what it is
 * retrying, and the events handlers gave up on, each with a replay. Every text, payloads and errors included, is set
 * as text, never as markup. On a narrow screen the tables scroll sideways; the handler stays in view in the positions
 * and the replay button in the dead letters.
 */
final class EventDeliveryView extends VerticalLayout {
    // The outbox words its refusals and replay failures for users (a denial, an unknown letter, a handler that is not
    // running, 重放失败：…); anything else is logged and described generically.
    private static final Feedback FEEDBACK =
            Feedback.standard().showing(IllegalStateException.class).unexpected("events.error.unexpected");
    private static final int MAX_MESSAGE = 300;

    /** How many of the newest dead letters are listed; the summary says when there are more. */
    static final int LIMIT = 200;

    private static final String CLUSTER_NODE = "*";

    private final OutboxAdministration outbox;
    private final Button refresh = new Button();
    private final Span summary = new Span();
    private final Paragraph problem = new Paragraph();
    private final Grid<HandlerPosition> positions = new Grid<>();
    private final Paragraph noDeadLetters = new Paragraph();
    private final Paragraph truncated = new Paragraph();
    private final Grid<DeadLetter> deadLetters = new Grid<>();

    EventDeliveryView(OutboxAdministration outbox) {
        this.outbox = outbox;
        setWidthFull();
        setMaxWidth("100%");

        refresh.setText(getTranslation("events.refresh"));
        refresh.setIcon(VaadinIcon.REFRESH.create());
        refresh.setId("events-refresh");
        refresh.setTooltipText(getTranslation("events.refresh.shortcut"));
        refresh.addClickShortcut(Key.KEY_R, KeyModifier.ALT);
        refresh.getElement().setAttribute("aria-keyshortcuts", "Alt+R");
        refresh.addClickListener(e -> reload());
        summary.setId("events-summary");
        summary.getElement().setAttribute("role", "status");
        summary.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout toolbar = new HorizontalLayout(refresh, summary);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setWrap(true);

        problem.setId("events-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "#a3111f").set("font-weight", "600");
        problem.setVisible(false);

        configurePositions();
        configureDeadLetters();
        noDeadLetters.setId("events-no-dead-letters");
        noDeadLetters.setText(getTranslation("events.dead.empty"));
        noDeadLetters.setVisible(false);
        truncated.setId("events-dead-truncated");
        truncated.setVisible(false);

        H2 positionsHeading = new H2(getTranslation("events.positions.heading"));
        positionsHeading.setId("events-positions-heading");
        H2 deadHeading = new H2(getTranslation("events.dead.heading"));
        deadHeading.setId("events-dead-heading");

        add(
                new H1(getTranslation("events.menu")),
                new Paragraph(getTranslation("events.intro")),
                toolbar,
                problem,
                positionsHeading,
                positions,
                deadHeading,
                new Paragraph(getTranslation("events.dead.intro")),
                noDeadLetters,
                truncated,
                deadLetters);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        reload();
    }

    private void configurePositions() {
        positions.setId("events-positions");
        positions.setAriaLabel(getTranslation("events.positions.heading"));
        positions
                .addColumn(HandlerPosition::handler)
                .setKey("handler")
                .setHeader(getTranslation("events.handler"))
                .setWidth("11rem")
                .setFlexGrow(0)
                .setFrozen(true)
                .setRowHeader(true);
        positions
                .addColumn(p -> node(p.node()))
                .setKey("node")
                .setHeader(getTranslation("events.node"))
                .setAutoWidth(true);
        positions
                .addColumn(p -> getTranslation(
                        "events.positions.progress", String.valueOf(p.position()), String.valueOf(p.head())))
                .setKey("progress")
                .setHeader(getTranslation("events.positions.progress.header"))
                .setAutoWidth(true);
        positions
                .addColumn(p -> String.valueOf(lag(p)))
                .setKey("lag")
                .setHeader(getTranslation("events.positions.lag"))
                .setAutoWidth(true);
        positions
                .addComponentColumn(this::state)
                .setKey("state")
                .setHeader(getTranslation("events.positions.state"))
                .setAutoWidth(true);
        positions
                .addColumn(p -> p.failingSequence() == null ? "" : String.valueOf(p.attempts()))
                .setKey("attempts")
                .setHeader(getTranslation("events.attempts"))
                .setAutoWidth(true);
        positions
                .addColumn(p -> EventFormats.time(p.retryAt()))
                .setKey("retryAt")
                .setHeader(getTranslation("events.positions.retryAt"))
                .setAutoWidth(true);
        textColumn(positions, HandlerPosition::lastError)
                .setKey("lastError")
                .setHeader(getTranslation("events.lastError"));
        positions.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        positions.setEmptyStateText(getTranslation("events.positions.empty"));
        positions.setAllRowsVisible(true);
        positions.setWidthFull();
    }

    private void configureDeadLetters() {
        deadLetters.setId("events-dead-letters");
        deadLetters.setAriaLabel(getTranslation("events.dead.heading"));
        deadLetters
                .addColumn(DeadLetter::handler)
                .setKey("handler")
                .setHeader(getTranslation("events.handler"))
                .setWidth("11rem")
                .setFlexGrow(0)
                .setRowHeader(true);
        deadLetters
                .addColumn(d -> node(d.node()))
                .setKey("node")
                .setHeader(getTranslation("events.node"))
                .setAutoWidth(true);
        deadLetters
                .addColumn(d -> String.valueOf(d.event().sequence()))
                .setKey("sequence")
                .setHeader(getTranslation("events.dead.sequence"))
                .setAutoWidth(true);
        deadLetters
                .addColumn(d -> d.event().topic())
                .setKey("topic")
                .setHeader(getTranslation("events.dead.topic"))
                .setAutoWidth(true);
        textColumn(deadLetters, d -> d.event().aggregate())
                .setKey("aggregate")
                .setHeader(getTranslation("events.dead.aggregate"));
        textColumn(deadLetters, d -> EventFormats.payload(d.event().payload()))
                .setKey("payload")
                .setHeader(getTranslation("events.dead.payload"));
        deadLetters
                .addColumn(d -> String.valueOf(d.attempts()))
                .setKey("attempts")
                .setHeader(getTranslation("events.attempts"))
                .setAutoWidth(true);
        textColumn(deadLetters, DeadLetter::lastError)
                .setKey("lastError")
                .setHeader(getTranslation("events.lastError"));
        deadLetters
                .addColumn(d -> EventFormats.time(d.diedAt()))
                .setKey("diedAt")
                .setHeader(getTranslation("events.dead.diedAt"))
                .setAutoWidth(true);
        deadLetters
                .addComponentColumn(this::replayButton)
                .setKey("replay")
                .setHeader(getTranslation("events.dead.actions"))
                .setWidth("7rem")
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        deadLetters.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        deadLetters.setEmptyStateText(getTranslation("events.dead.empty"));
        deadLetters.setAllRowsVisible(true);
        deadLetters.setWidthFull();
    }

    /** A column of free text (an error, a payload): one line, cut in the cell, whole in the tooltip. */
    private static <T> Grid.Column<T> textColumn(Grid<T> grid, SerializableFunction<T, String> text) {
        Grid.Column<T> column = grid.addColumn(item -> EventFormats.cell(text.apply(item)));
        column.setTooltipGenerator(item -> EventFormats.tooltip(text.apply(item)));
        column.setWidth("16rem");
        column.setFlexGrow(1);
        return column;
    }

    /** Reads positions and dead letters again; a refusal or failure is shown in place of the tables. */
    void reload() {
        try {
            List<HandlerPosition> handlers = outbox.positions();
            List<DeadLetter> letters = outbox.deadLetters(LIMIT);
            long total = Math.max(outbox.deadLetterCount(), letters.size());
            positions.setItems(handlers);
            deadLetters.setItems(letters);
            long behind = handlers.stream()
                    .filter(p -> p.failingSequence() != null || lag(p) > 0)
                    .count();
            summary.setText(getTranslation(
                    "events.summary", String.valueOf(handlers.size()), String.valueOf(behind), String.valueOf(total)));
            problem.setVisible(false);
            problem.setText("");
            positions.setVisible(true);
            noDeadLetters.setVisible(letters.isEmpty());
            deadLetters.setVisible(!letters.isEmpty());
            truncated.setVisible(total > letters.size());
            truncated.setText(
                    getTranslation("events.dead.truncated", String.valueOf(letters.size()), String.valueOf(total)));
        } catch (RuntimeException e) {
            positions.setItems(List.of());
            deadLetters.setItems(List.of());
            summary.setText("");
            problem.setText(getTranslation("events.load.failed", describe(e)));
            problem.setVisible(true);
            positions.setVisible(false);
            noDeadLetters.setVisible(false);
            truncated.setVisible(false);
            deadLetters.setVisible(false);
        }
    }

    private Component replayButton(DeadLetter letter) {
        String sequence = String.valueOf(letter.event().sequence());
        Button button = new Button(getTranslation("events.replay"));
        button.setIcon(VaadinIcon.REPLY.create());
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        button.setAriaLabel(getTranslation("events.replay.label", sequence, letter.handler(), node(letter.node())));
        button.setDisableOnClick(true);
        button.addClickListener(e -> replay(letter));
        return button;
    }

    private void replay(DeadLetter letter) {
        String sequence = String.valueOf(letter.event().sequence());
        try {
            outbox.replay(letter.handler(), letter.node(), letter.event().sequence());
            Feedback.success(getTranslation("events.replay.done", sequence, letter.handler()));
        } catch (RuntimeException e) {
            Feedback.error(describe(e));
        }
        // Both ways the list changed: the letter left it, or it stays with the new error and one more attempt.
        reload();
        // The clicked button is gone with the old rows: keep the keyboard in the list, or on refresh when it emptied.
        if (deadLetters.isVisible()) {
            deadLetters.focus();
        } else {
            refresh.focus();
        }
    }

    private Component state(HandlerPosition position) {
        if (position.failingSequence() != null) {
            return label(getTranslation("events.state.retrying", String.valueOf(position.failingSequence())), Tone.BAD);
        }
        if (lag(position) > 0) {
            return label(getTranslation("events.state.behind"), Tone.WARNING);
        }
        return label(getTranslation("events.state.current"), Tone.GOOD);
    }

    private String node(String node) {
        return CLUSTER_NODE.equals(node) ? getTranslation("events.node.cluster") : node;
    }

    private static long lag(HandlerPosition position) {
        return Math.max(0, position.head() - position.position());
    }

    private static Span label(String text, Tone tone) {
        Span label = new Span(text);
        label.getStyle()
                .set("color", tone.text)
                .set("background-color", tone.background)
                .set("border", "1px solid " + tone.text)
                .set("border-radius", "4px")
                .set("padding", "0 0.5em")
                .set("font-weight", "600")
                .set("display", "inline-block");
        return label;
    }

    /**
     * A state's colours, shown with its text so it reads without colour too; each pair keeps a contrast above 4.5:1.
     * Inline, as the console cannot add style sheets to the pre-compiled front end.
     */
    private enum Tone {
        GOOD("#0b6b2f", "#e2f4e8"),
        WARNING("#7a4a00", "#fff1d1"),
        BAD("#a3111f", "#fde6e8");

        private final String text;
        private final String background;

        Tone(String text, String background) {
            this.text = text;
            this.background = background;
        }
    }

    private String describe(RuntimeException failure) {
        return EventFormats.shorten(FEEDBACK.message(this, failure), MAX_MESSAGE);
    }
}
