package org.tongban.worktime.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.ui.BoundedUpload;
import org.tongban.platform.ui.Feedback;
import org.tongban.worktime.CalendarService;
import org.tongban.worktime.HolidayYear;
import org.tongban.worktime.HolidayYearLoaded;

/**
 * The national holiday data per year, and loading a year's State Council notice at run time: as a holiday-cn JSON file
 * or as days entered here. Offered to holders of {@code worktime:holidays}; the service checks again and audits.
 */
final class HolidayYearsPanel extends VerticalLayout {
    private static final int MAX_BYTES = 64 * 1024;

    private final CalendarService calendars;
    private final Grid<HolidayYear> years = new Grid<>();
    private final Paragraph provisionalNote = new Paragraph();
    private final IntegerField year = new IntegerField();
    private final DatePicker date = new DatePicker();
    private final TextField name = new TextField();
    private final RadioButtonGroup<Boolean> off = new RadioButtonGroup<>();
    private final List<HolidayJson.Day> entered = new ArrayList<>();
    private final Grid<HolidayJson.Day> enteredGrid = new Grid<>();
    private Upload upload;

    HolidayYearsPanel(CalendarService calendars, AccessControl accessControl) {
        this.calendars = calendars;
        setPadding(false);
        years.addColumn(HolidayYear::year).setHeader(getTranslation("worktime.holidays.year"));
        years.addColumn(y ->
                        getTranslation("worktime.holidays.source." + y.source().name()))
                .setHeader(getTranslation("worktime.holidays.source"))
                .setFlexGrow(2);
        years.addColumn(HolidayYear::offDays).setHeader(getTranslation("worktime.holidays.offDays"));
        years.addColumn(HolidayYear::makeUpDays).setHeader(getTranslation("worktime.holidays.makeUpDays"));
        years.addColumn(y -> y.loadedBy() == null ? "" : y.loadedBy() + " " + Formats.minutes(y.loadedAt()))
                .setHeader(getTranslation("worktime.holidays.loadedBy"));
        years.setAllRowsVisible(true);
        add(new H3(getTranslation("worktime.holidays.heading")), provisionalNote, years);
        if (accessControl.isPermitted(CalendarService.HOLIDAYS_PERMISSION)) {
            addLoading();
        }
        refresh();
    }

    private void addLoading() {
        // The list is cleared after each file, taken or refused, so that a corrected file can follow at once.
        upload = BoundedUpload.single(
                this,
                new BoundedUpload(
                        MAX_BYTES,
                        (fileName, content) -> {
                            load(new String(content, StandardCharsets.UTF_8));
                            upload.clearFileList();
                        },
                        fileName -> {
                            Feedback.error(getTranslation("worktime.holidays.tooBig"));
                            upload.clearFileList();
                        }),
                MAX_BYTES,
                ".json");
        upload.setId("worktime-holiday-upload");
        upload.getElement().setAttribute("aria-label", getTranslation("worktime.holidays.upload"));

        year.setLabel(getTranslation("worktime.holidays.year"));
        year.setMin(2000);
        year.setMax(2100);
        year.setStepButtonsVisible(true);
        date.setLabel(getTranslation("worktime.day.date"));
        name.setLabel(getTranslation("worktime.holidays.name"));
        name.setMaxLength(50);
        off.setLabel(getTranslation("worktime.day.kind"));
        off.setItems(true, false);
        off.setItemLabelGenerator(
                isOff -> getTranslation(isOff ? "worktime.holidays.off" : "worktime.holidays.makeUp"));
        off.setValue(true);
        Button add = new Button(getTranslation("worktime.holidays.addDay"), click -> addDay());
        enteredGrid.addColumn(day -> day.date().toString()).setHeader(getTranslation("worktime.day.date"));
        enteredGrid.addColumn(HolidayJson.Day::name).setHeader(getTranslation("worktime.holidays.name"));
        enteredGrid
                .addColumn(day -> getTranslation(day.off() ? "worktime.holidays.off" : "worktime.holidays.makeUp"))
                .setHeader(getTranslation("worktime.day.kind"));
        enteredGrid.setAllRowsVisible(true);
        enteredGrid.setEmptyStateText(getTranslation("worktime.holidays.noneEntered"));
        Button save = new Button(getTranslation("worktime.holidays.saveEntered"), click -> saveEntered());
        save.addThemeVariants(ButtonVariant.PRIMARY);

        add(
                new H4(getTranslation("worktime.holidays.upload")),
                new Paragraph(getTranslation("worktime.holidays.upload.help")),
                upload,
                new H4(getTranslation("worktime.holidays.enter")),
                new FormLayout(year, date, name, off),
                add,
                enteredGrid,
                save);
    }

    private void addDay() {
        if (date.getValue() == null || name.getValue().isBlank()) {
            Feedback.error(getTranslation("worktime.holidays.dayIncomplete"));
            return;
        }
        LocalDate day = date.getValue();
        entered.removeIf(existing -> existing.date().equals(day));
        entered.add(new HolidayJson.Day(name.getValue().strip(), day, Boolean.TRUE.equals(off.getValue())));
        entered.sort(Comparator.comparing(HolidayJson.Day::date));
        enteredGrid.setItems(entered);
        if (year.getValue() == null) {
            year.setValue(day.getYear());
        }
    }

    private void saveEntered() {
        if (year.getValue() == null) {
            Feedback.error(getTranslation("worktime.holidays.yearMissing"));
            return;
        }
        if (load(HolidayJson.of(year.getValue(), entered))) {
            entered.clear();
            enteredGrid.setItems(entered);
        }
    }

    private boolean load(String json) {
        try {
            HolidayYearLoaded loaded = calendars.loadHolidayYear(json);
            Feedback.success(getTranslation(
                    "worktime.holidays.loaded",
                    String.valueOf(loaded.year().year()),
                    loaded.year().offDays(),
                    loaded.year().makeUpDays(),
                    loaded.recomputedClocks()));
            refresh();
            return true;
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
            return false;
        }
    }

    private void refresh() {
        List<HolidayYear> all = calendars.holidayYears();
        years.setItems(all);
        List<String> provisional = all.stream()
                .filter(y -> y.source() == HolidayYear.Source.PROVISIONAL)
                .map(y -> String.valueOf(y.year()))
                .toList();
        provisionalNote.setText(
                provisional.isEmpty()
                        ? ""
                        : getTranslation("worktime.holidays.provisional", String.join("、", provisional)));
        provisionalNote.setVisible(!provisional.isEmpty());
    }
}
