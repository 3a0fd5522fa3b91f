package org.tongban.hall.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.tongban.hall.Hall;
import org.tongban.hall.HallAdministration;
import org.tongban.hall.HallWindow;
import org.tongban.hall.ServedMatter;
import org.tongban.hall.WindowGroup;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.ui.Feedback;

/**
 * {@code /console/hall/admin}: halls, window groups, windows and their matters, slots and the kiosk's token. Halls,
 * groups and windows are deactivated (and activated again) here, never deleted: their bookings and visits stay.
 */
public final class HallAdminView extends VerticalLayout {
    private final HallAdministration halls;
    private final String home;
    private final HallPicker picker;
    final Grid<WindowGroup> groups = new Grid<>();
    final Grid<HallWindow> windows = new Grid<>();
    final Button groupActive = new Button();
    final Button windowActive = new Button();
    private final Paragraph token = new Paragraph();
    private final Button hallActive = new Button();

    public HallAdminView(HallAdministration halls, AccessControl access) {
        this.halls = halls;
        this.home = access.currentUser().map(CurrentUser::jurisdictionCode).orElse(null);
        addClassName("hall-admin");
        add(new H2(getTranslation("hall.ui.admin.title")));
        picker = new HallPicker(halls, home, getTranslation("hall.ui.hall"));
        picker.addValueChangeListener(e -> refresh());
        hallActive.setId("hall-admin-hall-active");
        hallActive.addClickListener(e -> run(() -> {
            Hall changed = halls.setHallActive(hall().id(), !hall().active());
            picker.setItems(halls.halls(home));
            picker.setValue(changed);
            Feedback.success(getTranslation(changed.active() ? "hall.ui.activated" : "hall.ui.deactivated"));
        }));
        add(row(picker, hallActive), hallForm());

        groups.addColumn(WindowGroup::code).setHeader(getTranslation("hall.ui.code"));
        groups.addColumn(WindowGroup::name).setHeader(getTranslation("hall.ui.name"));
        groups.addColumn(WindowGroup::slotMinutes).setHeader(getTranslation("hall.ui.slotMinutes"));
        groups.addColumn(WindowGroup::capacity).setHeader(getTranslation("hall.ui.capacity"));
        groups.addColumn(g -> status(g.active())).setHeader(getTranslation("hall.ui.status"));
        groups.setAllRowsVisible(true);
        groups.setAriaLabel(getTranslation("hall.ui.groups"));
        groupActive.setId("hall-admin-group-active");
        groupActive.addClickListener(e -> groups.getSelectedItems().stream()
                .findFirst()
                .ifPresent(g -> toggle(g.active(), () -> halls.setGroupActive(g.id(), !g.active()))));
        groups.addSelectionListener(e -> label(
                groupActive,
                e.getFirstSelectedItem().map(WindowGroup::active),
                e.getFirstSelectedItem().map(WindowGroup::name)));
        add(new H3(getTranslation("hall.ui.groups")), groups, groupActive, groupForm(), slotForm());

        windows.addColumn(HallWindow::number).setHeader(getTranslation("hall.ui.windowNumber"));
        windows.addColumn(HallWindow::name).setHeader(getTranslation("hall.ui.name"));
        windows.addColumn(w -> w.comprehensive() ? getTranslation("hall.ui.comprehensive") : "")
                .setHeader(getTranslation("hall.ui.kind"));
        windows.addColumn(w -> String.join(
                        "、", w.matters().stream().map(ServedMatter::name).toList()))
                .setHeader(getTranslation("hall.ui.matters"));
        windows.addColumn(w -> status(w.active())).setHeader(getTranslation("hall.ui.status"));
        windows.setAllRowsVisible(true);
        windows.setAriaLabel(getTranslation("hall.ui.windows"));
        windowActive.setId("hall-admin-window-active");
        windowActive.addClickListener(e -> windows.getSelectedItems().stream()
                .findFirst()
                .ifPresent(w -> toggle(w.active(), () -> halls.setWindowActive(w.id(), !w.active()))));
        windows.addSelectionListener(e -> label(
                windowActive,
                e.getFirstSelectedItem().map(HallWindow::active),
                e.getFirstSelectedItem().map(w -> getTranslation("hall.ui.windowLabel", w.number()))));
        add(new H3(getTranslation("hall.ui.windows")), windows, windowActive, windowForm());

        Button issue = new Button(
                getTranslation("hall.ui.issueToken"),
                e -> run(() -> {
                    String issued = halls.issueKioskToken(hall().id());
                    token.setText(getTranslation(
                            "hall.ui.tokenIssued", "/hall/kiosk/" + issued, "/hall/screen/" + hall().id()));
                }));
        add(new H3(getTranslation("hall.ui.kiosk")), issue, token);
        refresh();
    }

    private FlexLayout hallForm() {
        TextField jurisdiction = field("hall.ui.jurisdiction");
        jurisdiction.setValue(home == null ? "" : home);
        TextField code = field("hall.ui.code");
        TextField name = field("hall.ui.name");
        TextField address = field("hall.ui.address");
        Button save = new Button(
                getTranslation("hall.ui.saveHall"),
                e -> run(() -> {
                    Hall saved = halls.saveHall(
                            jurisdiction.getValue(), code.getValue(), name.getValue(), address.getValue());
                    picker.setItems(halls.halls(home));
                    picker.setValue(saved);
                }));
        return row(jurisdiction, code, name, address, save);
    }

    private FlexLayout groupForm() {
        TextField code = field("hall.ui.code");
        TextField name = field("hall.ui.name");
        IntegerField minutes = number("hall.ui.slotMinutes", 30);
        IntegerField capacity = number("hall.ui.capacity", 5);
        Button save = new Button(
                getTranslation("hall.ui.saveGroup"),
                e -> run(() -> {
                    halls.saveGroup(hall().id(), code.getValue(), name.getValue(), value(minutes), value(capacity));
                    refresh();
                }));
        return row(code, name, minutes, capacity, save);
    }

    private FlexLayout slotForm() {
        ComboBox<WindowGroup> group = new ComboBox<>(getTranslation("hall.ui.group"));
        group.setItemLabelGenerator(WindowGroup::name);
        groups.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(group::setValue));
        DatePicker from = new DatePicker(getTranslation("hall.ui.from"), LocalDate.now());
        IntegerField days = number("hall.ui.days", 7);
        Button open = new Button(
                getTranslation("hall.ui.openSlots"),
                e -> run(() -> {
                    WindowGroup chosen = group.getValue() == null
                            ? groups.getListDataView().getItems().findFirst().orElseThrow()
                            : group.getValue();
                    int added = halls.openSlots(chosen.id(), from.getValue(), value(days));
                    Feedback.success(getTranslation("hall.ui.slotsOpened", added));
                }));
        groups.addAttachListener(e -> group.setItems(hall() == null ? List.of() : halls.groups(hall().id())));
        return row(group, from, days, open);
    }

    private FlexLayout windowForm() {
        TextField number = field("hall.ui.windowNumber");
        TextField name = field("hall.ui.name");
        ComboBox<WindowGroup> group = new ComboBox<>(getTranslation("hall.ui.group"));
        group.setItemLabelGenerator(WindowGroup::name);
        group.setClearButtonVisible(true);
        group.addFocusListener(e -> group.setItems(halls.groups(hall().id())));
        TextField matters = field("hall.ui.matterCodes");
        matters.setHelperText(getTranslation("hall.ui.matterCodesHelp"));
        Button save = new Button(
                getTranslation("hall.ui.saveWindow"),
                e -> run(() -> {
                    halls.saveWindow(
                            hall().id(),
                            number.getValue(),
                            name.getValue(),
                            group.getValue() == null ? null : group.getValue().id(),
                            Arrays.asList(matters.getValue().split("[,，、\\s]+")));
                    refresh();
                }));
        return row(number, name, group, matters, save);
    }

    private String status(boolean active) {
        return getTranslation(active ? "hall.ui.active" : "hall.ui.inactive");
    }

    /** 停用 / 恢复启用 of the selected row. */
    private void toggle(boolean active, Runnable change) {
        run(() -> {
            change.run();
            Feedback.success(getTranslation(active ? "hall.ui.deactivated" : "hall.ui.activated"));
            refresh();
        });
    }

    /** The button of the selected row says what it does to which row; without a selection it asks for one. */
    private void label(Button button, java.util.Optional<Boolean> active, java.util.Optional<String> what) {
        button.setEnabled(active.isPresent());
        button.setText(
                active.isEmpty()
                        ? getTranslation("hall.ui.selectRow")
                        : getTranslation(active.get() ? "hall.ui.deactivate" : "hall.ui.activate") + " " + what.get());
    }

    private void refresh() {
        Hall hall = hall();
        hallActive.setVisible(hall != null);
        if (hall != null) {
            String text = getTranslation(hall.active() ? "hall.ui.deactivateHall" : "hall.ui.activateHall");
            hallActive.setText(text);
            hallActive.getElement().setAttribute("aria-label", text + " " + hall.name());
        }
        groups.setItems(hall == null ? List.of() : halls.groups(hall.id()));
        windows.setItems(hall == null ? List.of() : halls.windows(hall.id()));
        label(groupActive, java.util.Optional.empty(), java.util.Optional.empty());
        label(windowActive, java.util.Optional.empty(), java.util.Optional.empty());
        token.setText("");
    }

    private Hall hall() {
        return picker.getValue();
    }

    private void run(Runnable action) {
        try {
            if (hall() == null && picker.getListDataView().getItemCount() > 0) {
                picker.setValue(picker.getListDataView().getItem(0));
            }
            action.run();
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
    }

    private TextField field(String key) {
        TextField field = new TextField(getTranslation(key));
        field.setWidth("12em");
        return field;
    }

    private IntegerField number(String key, int initial) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setValue(initial);
        field.setWidth("8em");
        return field;
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private static FlexLayout row(com.vaadin.flow.component.Component... components) {
        FlexLayout row = new FlexLayout(components);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(Alignment.BASELINE);
        row.getStyle().set("gap", "0.5em");
        return row;
    }
}
