package org.tongban.worktime.ui.internal;

import java.time.LocalDate;
import java.util.List;

/** Days entered by hand, written in the holiday-cn format the service reads (and checks). */
final class HolidayJson {
    /** A day entered: a holiday ({@code off}) or a make-up working day. */
    record Day(String name, LocalDate date, boolean off) {}

    private HolidayJson() {}

    static String of(int year, List<Day> days) {
        StringBuilder json = new StringBuilder("{\"year\":").append(year).append(",\"papers\":[],\"days\":[");
        for (int i = 0; i < days.size(); i++) {
            Day day = days.get(i);
            json.append(i == 0 ? "" : ",")
                    .append("{\"name\":")
                    .append(quote(day.name()))
                    .append(",\"date\":\"")
                    .append(day.date())
                    .append("\",\"isOffDay\":")
                    .append(day.off())
                    .append('}');
        }
        return json.append("]}").toString();
    }

    // JSON string escaping (RFC 8259 section 7): quote, backslash and control characters.
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
