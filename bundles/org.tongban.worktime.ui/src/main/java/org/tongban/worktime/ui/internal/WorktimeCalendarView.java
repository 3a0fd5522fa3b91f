package org.tongban.worktime.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.ui.Feedback;
import org.tongban.platform.ui.JurisdictionChoices;
import org.tongban.platform.ui.JurisdictionField;
import org.tongban.worktime.CalendarDay;
import org.tongban.worktime.CalendarRules;
import org.tongban.worktime.CalendarService;
import org.tongban.worktime.LocalDay;

/**
 * A jurisdiction's calendar: a month grid of its working days and days off, where a day opens to set or clear a local
 * day; its own and inherited local days, its office hours and those of its service halls. Editing is offered where the clerk
 * holds {@code worktime:edit}; the service checks again and audits every change.
 */
public final class WorktimeCalendarView extends VerticalLayout {

    private final CalendarService calendars;
    private final Jurisdictions jurisdictions;
    private final AccessControl accessControl;
    private final JurisdictionField jurisdiction;
    private final Paragraph effective = new Paragraph();
    private final TextField officeHours = new TextField();
    private final TextField weekendHall = new TextField();
    private final Button saveHours;
    private final DatePicker date = new DatePicker();
    private final RadioButtonGroup<Boolean> kind = new RadioButtonGroup<>();
    private final TextField note = new TextField();
    private final Button addDay;
    private final Grid<LocalDay> days = new Grid<>();
    private final SeasonsPanel seasons;
    private final HallsPanel halls;
    private final MonthCalendar month;
    private final Paragraph readOnly = new Paragraph();
    private DayDialog dialog;

    public WorktimeCalendarView(
            CalendarService calendars, Jurisdictions jurisdictions, AccessControl accessControl, String root) {
        this(calendars, jurisdictions, accessControl, root, Clock.systemUTC());
    }

    WorktimeCalendarView(
            CalendarService calendars,
            Jurisdictions jurisdictions,
            AccessControl accessControl,
            String root,
            Clock clock) {
        this.calendars = calendars;
        this.jurisdictions = jurisdictions;
        this.accessControl = accessControl;
        String home =
                accessControl.currentUser().map(CurrentUser::jurisdictionCode).orElse(root);
        jurisdiction = new JurisdictionField(
                getTranslation("worktime.jurisdiction"), JurisdictionChoices.below(jurisdictions, home));
        jurisdiction.addValueChangeListener(event -> refresh());
        month = new MonthCalendar(calendars, clock, this::openDay);
        readOnly.setId("worktime-read-only");
        readOnly.addClassName("tb-read-only-note");

        officeHours.setLabel(getTranslation("worktime.hours"));
        officeHours.setHelperText(getTranslation("worktime.hours.helper"));
        weekendHall.setLabel(getTranslation("worktime.hall"));
        weekendHall.setHelperText(getTranslation("worktime.hall.helper"));
        saveHours = new Button(getTranslation("worktime.hours.save"), click -> saveHours());
        seasons = new SeasonsPanel(calendars, this::refresh);
        halls = new HallsPanel(calendars);

        date.setLabel(getTranslation("worktime.day.date"));
        kind.setLabel(getTranslation("worktime.day.kind"));
        kind.setItems(false, true);
        kind.setItemLabelGenerator(working -> getTranslation(working ? "worktime.day.working" : "worktime.day.off"));
        kind.setValue(false);
        note.setLabel(getTranslation("worktime.day.note"));
        note.setMaxLength(200);
        addDay = new Button(getTranslation("worktime.day.add"), click -> addDay());
        addDay.addThemeVariants(ButtonVariant.PRIMARY);

        days.addColumn(day -> day.date().toString()).setHeader(getTranslation("worktime.day.date"));
        days.addColumn(day -> getTranslation(day.working() ? "worktime.day.working" : "worktime.day.off"))
                .setHeader(getTranslation("worktime.day.kind"));
        days.addColumn(LocalDay::note)
                .setHeader(getTranslation("worktime.day.note"))
                .setFlexGrow(3);
        days.addColumn(day -> jurisdictions
                        .find(day.jurisdictionCode())
                        .map(Jurisdiction::name)
                        .orElse(day.jurisdictionCode()))
                .setHeader(getTranslation("worktime.day.setBy"));
        days.addComponentColumn(this::removeButton).setHeader(getTranslation("worktime.actions"));
        days.setEmptyStateText(getTranslation("worktime.day.empty"));
        days.setAllRowsVisible(true);

        add(
                new H2(getTranslation("worktime.calendar.menu")),
                jurisdiction,
                effective,
                month,
                readOnly,
                new H3(getTranslation("worktime.hours.heading")),
                new FormLayout(officeHours, weekendHall),
                saveHours,
                new H3(getTranslation("worktime.day.heading")),
                new FormLayout(date, kind, note),
                addDay,
                days,
                seasons,
                halls,
                new HolidayYearsPanel(calendars, accessControl));
        setMaxWidth("72rem");
        jurisdiction.selectOrFirst(home);
    }

    private void openDay(Jurisdiction where, CalendarDay day) {
        dialog = new DayDialog(calendars, jurisdictions, where, day, mayEdit(where), this::refresh);
        dialog.open();
    }

    /** The day dialog opened last, if any. */
    DayDialog dialog() {
        return dialog;
    }

    MonthCalendar month() {
        return month;
    }

    private Component removeButton(LocalDay day) {
        Jurisdiction where = jurisdiction.getValue();
        if (where == null || !day.jurisdictionCode().equals(where.code()) || !mayEdit(where)) {
            return new Span();
        }
        Button remove = new Button(getTranslation("worktime.day.remove"), click -> {
            try {
                calendars.removeLocalDay(where.code(), day.date());
                Feedback.success(getTranslation("worktime.saved"));
            } catch (RuntimeException e) {
                Feedback.fail(this, e);
            }
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.setAriaLabel(
                getTranslation("worktime.day.remove.label", day.date().toString()));
        return remove;
    }

    private boolean mayEdit(Jurisdiction where) {
        return accessControl.isPermitted(CalendarService.EDIT_PERMISSION, where.code());
    }

    private void saveHours() {
        Jurisdiction where = jurisdiction.getValue();
        if (where == null) {
            return;
        }
        try {
            calendars.setOfficeHours(where.code(), officeHours.getValue(), weekendHall.getValue());
            Feedback.success(getTranslation("worktime.saved"));
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
        refresh();
    }

    private void addDay() {
        Jurisdiction where = jurisdiction.getValue();
        if (where == null) {
            return;
        }
        try {
            calendars.setLocalDay(where.code(), date.getValue(), Boolean.TRUE.equals(kind.getValue()), note.getValue());
            note.clear();
            Feedback.success(getTranslation("worktime.saved"));
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
        refresh();
    }

    private void refresh() {
        Jurisdiction where = jurisdiction.getValue();
        boolean editable = where != null && mayEdit(where);
        for (Component c : List.of(officeHours, weekendHall, saveHours, date, kind, note, addDay)) {
            c.getElement().setEnabled(editable);
        }
        halls.setVisible(where != null);
        // Greyed-out fields say why: the clerk may read this calendar but not change it.
        readOnly.setVisible(where != null && !editable);
        readOnly.setText(where == null || editable ? "" : getTranslation("worktime.readOnly", where.name()));
        month.show(where);
        if (where == null) {
            days.setItems(List.of());
            effective.setText("");
            return;
        }
        try {
            List<LocalDay> all = new ArrayList<>();
            for (Jurisdiction level : jurisdictions.ancestry(where.code())) {
                all.addAll(calendars.rules(level.code()).localDays());
            }
            all.sort(Comparator.comparing(LocalDay::date).reversed());
            days.setItems(all);
            CalendarRules own = calendars.rules(where.code());
            seasons.show(own, editable);
            halls.show(where.code(), editable);
            officeHours.setValue(
                    own.officeHours() == null ? "" : own.officeHours().toString());
            weekendHall.setValue(own.weekendHall() == null ? "" : own.weekendHall());
            var years = calendars.coveredYears();
            effective.setText(getTranslation(
                    "worktime.effective",
                    calendars.calendar(where.code()).officeHours().toString(),
                    years.isEmpty() ? "-" : years.first() + "–" + years.last()));
            effective.getElement().setAttribute("aria-live", "polite");
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
    }
}
