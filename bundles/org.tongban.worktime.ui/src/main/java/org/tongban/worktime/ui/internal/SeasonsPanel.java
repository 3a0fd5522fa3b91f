package org.tongban.worktime.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.tongban.platform.ui.Feedback;
import org.tongban.worktime.CalendarRules;
import org.tongban.worktime.CalendarService;
import org.tongban.worktime.DateHours;
import org.tongban.worktime.OfficeHours;
import org.tongban.worktime.SeasonalHours;
import org.tongban.worktime.ServiceHall;

/**
 * The seasonal office hours (winter hours) and the hours of single dates (half days) of a jurisdiction or of one of its
 * service halls: listed, and edited where the clerk may edit the calendar. The service checks again and audits every
 * change.
 */
final class SeasonsPanel extends VerticalLayout {
    private final CalendarService calendars;
    private final Runnable changed;
    private final Grid<SeasonalHours> seasons = new Grid<>();
    private final TextField seasonFrom = new TextField();
    private final TextField seasonTo = new TextField();
    private final TextField seasonHours = new TextField();
    private final Button addSeason;
    private final Grid<DateHours> dates = new Grid<>();
    private final DatePicker date = new DatePicker();
    private final TextField dateHours = new TextField();
    private final TextField dateNote = new TextField();
    private final Button addDate;
    private final H4 seasonsHeading = new H4();
    private final H4 datesHeading = new H4();
    private String jurisdictionCode;
    private String hallCode;
    private String owner;
    private boolean editable;
    private List<SeasonalHours> current = List.of();

    SeasonsPanel(CalendarService calendars, Runnable changed) {
        this.calendars = calendars;
        this.changed = changed;
        setPadding(false);
        seasons.addColumn(s -> monthDay(s.from()) + " — " + monthDay(s.to()))
                .setHeader(getTranslation("worktime.season.period"));
        seasons.addColumn(s -> s.hours().toString()).setHeader(getTranslation("worktime.hours"));
        seasons.addComponentColumn(this::removeSeason).setKey("remove").setHeader(getTranslation("worktime.actions"));
        seasons.setAllRowsVisible(true);
        seasons.setEmptyStateText(getTranslation("worktime.season.none"));
        seasonFrom.setLabel(getTranslation("worktime.season.from"));
        seasonFrom.setPlaceholder("10-01");
        seasonTo.setLabel(getTranslation("worktime.season.to"));
        seasonTo.setPlaceholder("04-30");
        seasonHours.setLabel(getTranslation("worktime.hours"));
        seasonHours.setPlaceholder("09:00-12:00,13:00-17:00");
        addSeason = new Button(getTranslation("worktime.season.add"), click -> addSeason());

        dates.addColumn(d -> d.date().toString()).setHeader(getTranslation("worktime.day.date"));
        dates.addColumn(d -> d.hours().toString()).setHeader(getTranslation("worktime.hours"));
        dates.addColumn(DateHours::note)
                .setHeader(getTranslation("worktime.day.note"))
                .setFlexGrow(2);
        dates.addComponentColumn(this::removeDate).setKey("remove").setHeader(getTranslation("worktime.actions"));
        dates.setAllRowsVisible(true);
        dates.setEmptyStateText(getTranslation("worktime.datehours.none"));
        date.setLabel(getTranslation("worktime.day.date"));
        dateHours.setLabel(getTranslation("worktime.hours"));
        dateHours.setPlaceholder("09:00-12:00");
        dateNote.setLabel(getTranslation("worktime.day.note"));
        dateNote.setMaxLength(200);
        addDate = new Button(getTranslation("worktime.datehours.add"), click -> addDate());

        add(
                seasonsHeading,
                seasons,
                new FormLayout(seasonFrom, seasonTo, seasonHours),
                addSeason,
                datesHeading,
                dates,
                new FormLayout(date, dateHours, dateNote),
                addDate);
    }

    /** Shows what the jurisdiction sets itself. */
    void show(CalendarRules rules, boolean editable) {
        show(rules.jurisdictionCode(), null, null, rules.seasons(), rules.dateHours(), editable);
    }

    /** Shows what a service hall of the jurisdiction sets itself; headings and button labels name the hall. */
    void show(ServiceHall hall, boolean editable) {
        show(hall.jurisdictionCode(), hall.code(), hall.name(), hall.seasons(), hall.dateHours(), editable);
    }

    private void show(
            String jurisdictionCode,
            String hallCode,
            String owner,
            List<SeasonalHours> ownSeasons,
            List<DateHours> ownDates,
            boolean editable) {
        this.jurisdictionCode = jurisdictionCode;
        this.hallCode = hallCode;
        this.owner = owner;
        this.editable = editable;
        this.current = ownSeasons;
        seasonsHeading.setText(scoped(getTranslation("worktime.season.heading")));
        datesHeading.setText(scoped(getTranslation("worktime.datehours.heading")));
        addSeason.setAriaLabel(scoped(getTranslation("worktime.season.add")));
        addDate.setAriaLabel(scoped(getTranslation("worktime.datehours.add")));
        seasons.setItems(current);
        dates.setItems(ownDates);
        for (Component c : List.of(seasonFrom, seasonTo, seasonHours, addSeason, date, dateHours, dateNote, addDate)) {
            c.getElement().setEnabled(editable);
        }
    }

    private void addSeason() {
        try {
            List<SeasonalHours> next = new ArrayList<>(current);
            next.add(new SeasonalHours(
                    monthDay(seasonFrom.getValue()),
                    monthDay(seasonTo.getValue()),
                    OfficeHours.parse(seasonHours.getValue())));
            save(next);
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
    }

    private Component removeSeason(SeasonalHours season) {
        if (!editable) {
            return new Span();
        }
        Button remove = new Button(getTranslation("worktime.day.remove"), click -> {
            List<SeasonalHours> next = new ArrayList<>(current);
            next.remove(season);
            save(next);
        });
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.setAriaLabel(scoped(getTranslation("worktime.season.remove.label", monthDay(season.from()))));
        return remove;
    }

    private void save(List<SeasonalHours> next) {
        try {
            calendars.setSeasonalHours(jurisdictionCode, hallCode, next);
            Feedback.success(getTranslation("worktime.saved"));
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
        changed.run();
    }

    private void addDate() {
        try {
            calendars.setDateHours(
                    jurisdictionCode, hallCode, date.getValue(), dateHours.getValue(), dateNote.getValue());
            dateNote.clear();
            Feedback.success(getTranslation("worktime.saved"));
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
        changed.run();
    }

    private Component removeDate(DateHours day) {
        if (!editable) {
            return new Span();
        }
        Button remove = new Button(getTranslation("worktime.day.remove"), click -> {
            try {
                calendars.removeDateHours(jurisdictionCode, hallCode, day.date());
                Feedback.success(getTranslation("worktime.saved"));
            } catch (RuntimeException e) {
                Feedback.fail(this, e);
            }
            changed.run();
        });
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.setAriaLabel(
                scoped(getTranslation("worktime.day.remove.label", day.date().toString())));
        return remove;
    }

    // A hall's texts name it, so that a screen reader tells its buttons from the jurisdiction's.
    private String scoped(String text) {
        return owner == null ? text : getTranslation("worktime.halls.scoped", owner, text);
    }

    private static String monthDay(MonthDay day) {
        return String.format("%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
    }

    // 10-01 or 10月1日; a clear message otherwise.
    private MonthDay monthDay(String text) {
        String clean = text == null ? "" : text.strip().replace("月", "-").replace("日", "");
        try {
            String[] parts = clean.split("-");
            return MonthDay.of(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        } catch (RuntimeException e) {
            throw new org.tongban.worktime.WorktimeException(getTranslation("worktime.season.badDay", text));
        }
    }
}
