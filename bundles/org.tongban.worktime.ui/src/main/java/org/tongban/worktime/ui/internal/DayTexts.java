package org.tongban.worktime.ui.internal;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import org.tongban.worktime.CalendarDay;

/** How a calendar day reads: its date, its kind, its one-character mark on a phone and its accessible name. */
final class DayTexts {
    private DayTexts() {}

    static String date(Component owner, LocalDate date) {
        return owner.getTranslation(
                "worktime.month.date", String.valueOf(date.getYear()), date.getMonthValue(), date.getDayOfMonth());
    }

    /** The kind's name in the legend, such as 法定节假日. */
    static String kind(Component owner, CalendarDay.Kind kind) {
        return owner.getTranslation("worktime.month.kind." + kind.name());
    }

    /** The mark standing for the kind where names do not fit; ordinary weekdays and weekends have none. */
    static String mark(Component owner, CalendarDay.Kind kind) {
        return kind == CalendarDay.Kind.WORKDAY || kind == CalendarDay.Kind.WEEKEND
                ? ""
                : owner.getTranslation("worktime.month.mark." + kind.name());
    }

    static String cssClass(CalendarDay.Kind kind) {
        return "tb-day-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The accessible name of a day, such as 2026年10月1日 国庆节 休息日. */
    static String label(Component owner, CalendarDay day) {
        StringBuilder label = new StringBuilder(date(owner, day.date()));
        if (day.name() != null && !day.name().isBlank()) {
            label.append(' ').append(day.name());
        }
        label.append(' ')
                .append(owner.getTranslation(
                        "worktime.month.status." + day.kind().name()));
        if (day.provisional()) {
            label.append(' ').append(owner.getTranslation("worktime.month.provisionalMark"));
        }
        return label.toString();
    }
}
