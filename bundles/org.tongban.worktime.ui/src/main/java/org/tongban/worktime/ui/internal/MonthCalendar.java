package org.tongban.worktime.ui.internal;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.ui.Feedback;
import org.tongban.worktime.CalendarDay;
import org.tongban.worktime.CalendarService;
import org.tongban.worktime.HolidayYear;
import org.tongban.worktime.WorkCalendar;

/**
 * One month of a jurisdiction's calendar as a grid, Monday first: each day a button naming the day, its holiday or
 * local reason and whether it is worked; arrow keys move between days, Enter opens the day. On a phone the names give
 * way to one-character marks explained by the legend.
 */
final class MonthCalendar extends Div {
    // Moves the focus among the days with the arrow keys, Home and End (one tab stop for the whole month).
    private static final String KEYS =
            """
            const table = this;
            if (table.__tbKeys) return;
            table.__tbKeys = true;
            table.addEventListener('keydown', e => {
              const days = [...table.querySelectorAll('button[data-date]')];
              const i = days.indexOf(e.target);
              if (i < 0) return;
              const step = {ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7}[e.key];
              let j = e.key === 'Home' ? 0 : e.key === 'End' ? days.length - 1 : step === undefined ? -1 : i + step;
              if (j < 0 || j >= days.length) return;
              e.preventDefault();
              days[i].tabIndex = -1;
              days[j].tabIndex = 0;
              days[j].focus();
            });
            """;

    private final CalendarService calendars;
    private final Clock clock;
    private final DayOpener opener;
    private final Select<Integer> year = new Select<>();
    private final Select<Integer> month = new Select<>();
    private final Button previous;
    private final Button next;
    private final Element table = new Element("table");
    private final Element caption = new Element("caption");
    private final Element body = new Element("tbody");
    private final Paragraph provisional = new Paragraph();
    private final List<NativeButton> cells = new ArrayList<>();
    private Jurisdiction jurisdiction;
    private YearMonth shown;

    /** Opens a day of the month shown, for the jurisdiction shown. */
    interface DayOpener {
        void open(Jurisdiction jurisdiction, CalendarDay day);
    }

    MonthCalendar(CalendarService calendars, Clock clock, DayOpener opener) {
        this.calendars = calendars;
        this.clock = clock;
        this.opener = opener;
        addClassName("tb-month-calendar");
        setId("worktime-month");
        shown = YearMonth.now(clock.withZone(WorkCalendar.ZONE));

        previous = new Button(VaadinIcon.ANGLE_LEFT.create(), click -> show(shown.minusMonths(1)));
        previous.setAriaLabel(getTranslation("worktime.month.previous"));
        previous.setTooltipText(getTranslation("worktime.month.previous"));
        previous.setId("worktime-month-previous");
        next = new Button(VaadinIcon.ANGLE_RIGHT.create(), click -> show(shown.plusMonths(1)));
        next.setAriaLabel(getTranslation("worktime.month.next"));
        next.setTooltipText(getTranslation("worktime.month.next"));
        next.setId("worktime-month-next");
        for (Button b : List.of(previous, next)) {
            b.addThemeVariants(ButtonVariant.TERTIARY);
        }
        year.setLabel(getTranslation("worktime.month.year"));
        year.setItemLabelGenerator(y -> getTranslation("worktime.month.yearValue", String.valueOf(y)));
        year.setId("worktime-month-year");
        month.setLabel(getTranslation("worktime.month.month"));
        month.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        month.setItemLabelGenerator(m -> getTranslation("worktime.month.monthValue", m));
        month.setId("worktime-month-month");
        year.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                show(YearMonth.of(event.getValue(), shown.getMonthValue()));
            }
        });
        month.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                show(YearMonth.of(shown.getYear(), event.getValue()));
            }
        });
        Div controls = new Div(previous, year, month, next);
        controls.addClassName("tb-month-controls");

        table.getClassList().add("tb-month");
        Element head = new Element("thead");
        Element row = new Element("tr");
        for (int d = 1; d <= 7; d++) {
            Element th = new Element("th").setText(getTranslation("worktime.month.weekday." + d));
            th.setAttribute("scope", "col");
            th.setAttribute("abbr", getTranslation("worktime.month.weekdayLong." + d));
            row.appendChild(th);
        }
        head.appendChild(row);
        table.appendChild(caption, head, body);
        Div scroller = new Div();
        scroller.addClassName("tb-month-frame");
        scroller.getElement().appendChild(table);
        provisional.addClassName("tb-month-provisional");
        provisional.setVisible(false);

        add(new H3(getTranslation("worktime.month.heading")), controls, provisional, scroller, legend());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        table.executeJs(KEYS);
    }

    private Div legend() {
        Div legend = new Div();
        legend.addClassName("tb-month-legend");
        legend.getElement().setAttribute("role", "list");
        legend.getElement().setAttribute("aria-label", getTranslation("worktime.month.legend"));
        for (CalendarDay.Kind kind : CalendarDay.Kind.values()) {
            Span entry = new Span();
            entry.getElement().setAttribute("role", "listitem");
            entry.addClassNames("tb-month-key", DayTexts.cssClass(kind));
            Span mark = new Span(DayTexts.mark(this, kind));
            mark.addClassName("tb-day-mark");
            mark.getElement().setAttribute("aria-hidden", "true");
            entry.add(mark, new Span(DayTexts.kind(this, kind)));
            legend.add(entry);
        }
        return legend;
    }

    /** Shows the current month of another jurisdiction, or the same month again after a change. */
    void show(Jurisdiction jurisdiction) {
        this.jurisdiction = jurisdiction;
        show(shown);
    }

    /** The month shown now. */
    YearMonth shown() {
        return shown;
    }

    /** The day buttons of the month shown, first to last. */
    List<NativeButton> cells() {
        return List.copyOf(cells);
    }

    void show(YearMonth wanted) {
        List<Integer> years =
                calendars.holidayYears().stream().map(HolidayYear::year).toList();
        YearMonth target = clamp(wanted, years);
        year.setItems(years);
        body.removeAllChildren();
        cells.clear();
        if (jurisdiction == null || years.isEmpty()) {
            return;
        }
        List<CalendarDay> days;
        try {
            days = calendars.month(jurisdiction.code(), target);
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
            return;
        }
        shown = target;
        year.setValue(target.getYear());
        month.setValue(target.getMonthValue());
        previous.setEnabled(!target.equals(YearMonth.of(years.getFirst(), 1)));
        next.setEnabled(!target.equals(YearMonth.of(years.getLast(), 12)));
        caption.setText(getTranslation(
                "worktime.month.caption",
                String.valueOf(target.getYear()),
                target.getMonthValue(),
                jurisdiction.name()));
        boolean anyProvisional = days.stream().anyMatch(CalendarDay::provisional);
        provisional.setVisible(anyProvisional);
        provisional.setText(
                anyProvisional ? getTranslation("worktime.month.provisional", String.valueOf(target.getYear())) : "");
        render(days);
    }

    private static YearMonth clamp(YearMonth wanted, List<Integer> years) {
        if (years.isEmpty() || years.contains(wanted.getYear())) {
            return wanted;
        }
        return wanted.getYear() < years.getFirst()
                ? YearMonth.of(years.getFirst(), 1)
                : YearMonth.of(years.getLast(), 12);
    }

    private void render(List<CalendarDay> days) {
        LocalDate today = LocalDate.now(clock.withZone(WorkCalendar.ZONE));
        // The focused day: today in this month, else the first day.
        LocalDate focus = days.stream()
                .map(CalendarDay::date)
                .filter(today::equals)
                .findFirst()
                .orElse(days.getFirst().date());
        int lead = days.getFirst().date().getDayOfWeek().getValue() - 1;
        Element row = new Element("tr");
        for (int i = 0; i < lead; i++) {
            row.appendChild(emptyCell());
        }
        for (CalendarDay day : days) {
            if (row.getChildCount() == 7) {
                body.appendChild(row);
                row = new Element("tr");
            }
            Element td = new Element("td");
            NativeButton cell = cell(day, day.date().equals(today), day.date().equals(focus));
            td.appendChild(cell.getElement());
            row.appendChild(td);
        }
        while (row.getChildCount() < 7) {
            row.appendChild(emptyCell());
        }
        body.appendChild(row);
    }

    private static Element emptyCell() {
        Element td = new Element("td");
        td.getClassList().add("tb-day-empty");
        return td;
    }

    private NativeButton cell(CalendarDay day, boolean today, boolean focus) {
        Span number = new Span(String.valueOf(day.date().getDayOfMonth()));
        number.addClassName("tb-day-number");
        Span mark = new Span(DayTexts.mark(this, day.kind()));
        mark.addClassName("tb-day-mark");
        Span name = new Span(day.name() == null ? "" : day.name());
        name.addClassName("tb-day-name");
        NativeButton cell = new NativeButton();
        cell.add(number, mark, name);
        cell.addClassNames("tb-day", DayTexts.cssClass(day.kind()), day.working() ? "tb-day-working" : "tb-day-off");
        if (day.provisional()) {
            cell.addClassName("tb-day-provisional");
        }
        cell.getElement().setAttribute("data-date", day.date().toString());
        cell.getElement().setAttribute("aria-label", DayTexts.label(this, day));
        cell.getElement().setAttribute("tabindex", focus ? "0" : "-1");
        if (today) {
            cell.getElement().setAttribute("aria-current", "date");
        }
        cell.addClickListener(click -> opener.open(jurisdiction, day));
        cells.add(cell);
        return cell;
    }
}
