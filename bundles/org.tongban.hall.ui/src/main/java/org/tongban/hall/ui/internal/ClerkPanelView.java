package org.tongban.hall.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.tongban.hall.HallAdministration;
import org.tongban.hall.HallQueue;
import org.tongban.hall.HallWindow;
import org.tongban.hall.Ticket;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.ui.Feedback;

/** {@code /console/hall/panel}: the clerk's panel of a window: call next, recall, transfer, skip, finish. */
public final class ClerkPanelView extends VerticalLayout {
    private final HallAdministration halls;
    private final HallQueue queue;
    private final HallPicker hall;
    private final ComboBox<HallWindow> window = new ComboBox<>();
    private final ComboBox<HallWindow> transferTo = new ComboBox<>();
    private final TextField caseNumber = new TextField();
    private final Div current = new Div();
    private final Grid<Ticket> waiting = new Grid<>();
    private Ticket serving;

    public ClerkPanelView(HallAdministration halls, HallQueue queue, AccessControl access) {
        this.halls = halls;
        this.queue = queue;
        addClassName("hall-panel");
        add(new H2(getTranslation("hall.ui.panel.title")));
        hall = new HallPicker(
                halls,
                access.currentUser().map(CurrentUser::jurisdictionCode).orElse(null),
                getTranslation("hall.ui.hall"));
        window.setLabel(getTranslation("hall.ui.window"));
        window.setItemLabelGenerator(w -> w.number() + " " + w.name());
        transferTo.setLabel(getTranslation("hall.ui.transferTo"));
        transferTo.setItemLabelGenerator(w -> w.number() + " " + w.name());
        caseNumber.setLabel(getTranslation("hall.ui.caseNumber"));
        caseNumber.setHelperText(getTranslation("hall.ui.caseNumberHelp"));
        hall.setId("hall-panel-hall");
        window.setId("hall-panel-window");
        transferTo.setId("hall-panel-transfer-to");
        caseNumber.setId("hall-panel-case");
        current.setId("hall-panel-current");
        hall.addValueChangeListener(e -> loadWindows());
        window.addValueChangeListener(e -> refresh());
        current.addClassName("hall-panel-current");
        current.getElement().setAttribute("role", "status");
        current.getElement().setAttribute("aria-live", "polite");
        current.getStyle().set("font-size", "2em").set("font-weight", "bold");

        Button next = new Button(
                getTranslation("hall.ui.callNext"),
                e -> act(w -> {
                    Optional<Ticket> called = queue.callNext(w.id());
                    if (called.isEmpty()) {
                        Feedback.success(getTranslation("hall.ui.nobodyWaits"));
                    }
                    return null;
                }));
        next.setId("hall-panel-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button recall = new Button(getTranslation("hall.ui.recall"), e -> onServing(t -> queue.recall(t.id())));
        Button skip = new Button(getTranslation("hall.ui.skip"), e -> onServing(t -> queue.skip(t.id())));
        Button transfer = new Button(
                getTranslation("hall.ui.transfer"),
                e -> onServing(t -> {
                    if (transferTo.getValue() == null) {
                        throw new IllegalArgumentException(getTranslation("hall.ui.chooseWindow"));
                    }
                    return queue.transfer(t.id(), transferTo.getValue().id());
                }));
        Button finish = new Button(
                getTranslation("hall.ui.finish"),
                e -> onServing(t -> {
                    Ticket done = queue.finish(t.id(), caseNumber.getValue());
                    caseNumber.clear();
                    return done;
                }));
        finish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        Button reload = new Button(getTranslation("hall.ui.refresh"), e -> refresh());
        recall.setId("hall-panel-recall");
        skip.setId("hall-panel-skip");
        transfer.setId("hall-panel-transfer");
        finish.setId("hall-panel-finish");
        reload.setId("hall-panel-refresh");
        waiting.setId("hall-panel-waiting");

        waiting.addColumn(Ticket::number).setHeader(getTranslation("hall.ui.number"));
        waiting.addColumn(Ticket::matterName).setHeader(getTranslation("hall.ui.matter"));
        waiting.addColumn(t -> t.priority().isPriority() ? getTranslation("hall.ui.priority." + t.priority()) : "")
                .setHeader(getTranslation("hall.ui.priorityHeader"));
        waiting.setAllRowsVisible(true);
        waiting.setAriaLabel(getTranslation("hall.ui.waiting"));

        FlexLayout choose = new FlexLayout(hall, window);
        FlexLayout actions = new FlexLayout(next, recall, skip, transferTo, transfer, caseNumber, finish, reload);
        for (FlexLayout row : List.of(choose, actions)) {
            row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            row.setAlignItems(Alignment.BASELINE);
            row.getStyle().set("gap", "0.5em");
        }
        add(choose, current, actions, waiting);
        loadWindows();
    }

    private void loadWindows() {
        List<HallWindow> items = hall.getValue() == null
                ? List.of()
                : halls.windows(hall.getValue().id()).stream()
                        .filter(HallWindow::active)
                        .toList();
        window.setItems(items);
        transferTo.setItems(items);
        if (!items.isEmpty()) {
            window.setValue(items.getFirst());
        }
        refresh();
    }

    private void refresh() {
        try {
            serving = window.getValue() == null
                    ? null
                    : queue.current(window.getValue().id()).orElse(null);
            current.setText(
                    serving == null
                            ? getTranslation("hall.ui.idle")
                            : getTranslation("hall.ui.serving", serving.number(), serving.matterName()));
            waiting.setItems(
                    hall.getValue() == null
                            ? List.of()
                            : queue.waiting(hall.getValue().id()));
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
    }

    private void act(Function<HallWindow, Object> action) {
        try {
            if (window.getValue() == null) {
                throw new IllegalArgumentException(getTranslation("hall.ui.chooseWindow"));
            }
            action.apply(window.getValue());
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
        refresh();
    }

    private void onServing(Function<Ticket, Ticket> action) {
        act(w -> {
            if (serving == null) {
                throw new IllegalArgumentException(getTranslation("hall.ui.idle"));
            }
            return action.apply(serving);
        });
    }
}
