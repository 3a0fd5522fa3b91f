package org.tongban.worktime.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.tongban.platform.ui.Feedback;
import org.tongban.worktime.CalendarService;
import org.tongban.worktime.ServiceHall;

/**
 * The service halls of a jurisdiction with their office hours: listed; added, renamed and given base hours, seasons and
 * single-date hours where the clerk may edit the calendar. The hall being edited shows its seasons and dates in the
 * same panel the jurisdiction's use. The service checks again and audits every change.
 */
final class HallsPanel extends VerticalLayout {
    private final CalendarService calendars;
    private final Grid<ServiceHall> halls = new Grid<>();
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final TextField hours = new TextField();
    private final Button save;
    private final SeasonsPanel hallHours;
    private String jurisdictionCode;
    private boolean editable;
    private String selected;

    HallsPanel(CalendarService calendars) {
        this.calendars = calendars;
        setPadding(false);
        setId("worktime-halls");
        halls.addColumn(ServiceHall::code).setHeader(getTranslation("worktime.halls.code"));
        halls.addColumn(ServiceHall::name)
                .setHeader(getTranslation("worktime.halls.name"))
                .setFlexGrow(2);
        halls.addColumn(hall -> hall.officeHours() == null
                        ? getTranslation("worktime.halls.inherited")
                        : hall.officeHours().toString())
                .setHeader(getTranslation("worktime.halls.hours"))
                .setFlexGrow(2);
        halls.addComponentColumn(this::editButton).setKey("edit").setHeader(getTranslation("worktime.actions"));
        halls.setAllRowsVisible(true);
        halls.setEmptyStateText(getTranslation("worktime.halls.none"));
        halls.setAriaLabel(getTranslation("worktime.halls.heading"));
        code.setLabel(getTranslation("worktime.halls.code"));
        code.setHelperText(getTranslation("worktime.halls.code.helper"));
        code.setMaxLength(32);
        code.setId("worktime-hall-code");
        name.setLabel(getTranslation("worktime.halls.name"));
        name.setMaxLength(50);
        name.setId("worktime-hall-name");
        hours.setLabel(getTranslation("worktime.halls.hours"));
        hours.setHelperText(getTranslation("worktime.halls.hours.helper"));
        hours.setId("worktime-hall-hours");
        save = new Button(getTranslation("worktime.halls.save"), click -> save());
        save.setId("worktime-hall-save");
        hallHours = new SeasonsPanel(calendars, this::reload);
        hallHours.setVisible(false);
        add(
                new H3(getTranslation("worktime.halls.heading")),
                new Paragraph(getTranslation("worktime.halls.help")),
                halls,
                new FormLayout(code, name, hours),
                save,
                hallHours);
    }

    /** Shows the halls of a jurisdiction; the hall being edited stays open when it is one of them. */
    void show(String jurisdictionCode, boolean editable) {
        if (!jurisdictionCode.equals(this.jurisdictionCode)) {
            selected = null;
            code.clear();
            name.clear();
            hours.clear();
        }
        this.jurisdictionCode = jurisdictionCode;
        this.editable = editable;
        for (Component c : List.of(code, name, hours, save)) {
            c.getElement().setEnabled(editable);
        }
        reload();
    }

    private void reload() {
        try {
            List<ServiceHall> all = calendars.halls(jurisdictionCode);
            halls.setItems(all);
            ServiceHall open = all.stream()
                    .filter(hall -> hall.code().equals(selected))
                    .findFirst()
                    .orElse(null);
            hallHours.setVisible(open != null);
            if (open != null) {
                hallHours.show(open, editable);
            }
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
    }

    private Component editButton(ServiceHall hall) {
        Button edit = new Button(getTranslation(editable ? "worktime.halls.edit" : "worktime.halls.view"), click -> {
            selected = hall.code();
            code.setValue(hall.code());
            name.setValue(hall.name());
            hours.setValue(hall.officeHours() == null ? "" : hall.officeHours().toString());
            reload();
            if (editable) {
                name.focus();
            }
        });
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        edit.setAriaLabel(
                getTranslation(editable ? "worktime.halls.edit.label" : "worktime.halls.view.label", hall.name()));
        return edit;
    }

    private void save() {
        try {
            String hallCode = code.getValue().strip();
            calendars.setHallHours(jurisdictionCode, hallCode, name.getValue(), hours.getValue());
            selected = hallCode;
            Feedback.success(getTranslation("worktime.saved"));
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
        reload();
    }
}
