package org.tongban.intake.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tongban.intake.IntakeException;
import org.tongban.platform.api.jdbc.Jdbc;

/** 补正 notices: every item at once (行政许可法 第三十二条第一款第四项, 一次性告知). */
final class Supplements {
    static final int MAX_ITEMS = 50;
    static final int MAX_ITEM = 200;

    private Supplements() {}

    static List<String> items(List<String> items) {
        List<String> clean = new ArrayList<>();
        for (String item : items == null ? List.<String>of() : items) {
            String text = item == null ? "" : item.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.length() > MAX_ITEM || text.contains("\n")) {
                throw IntakeException.of("intake.error.supplementItem", MAX_ITEM);
            }
            if (!clean.contains(text)) {
                clean.add(text);
            }
        }
        if (clean.isEmpty()) {
            throw IntakeException.of("intake.error.supplementEmpty");
        }
        if (clean.size() > MAX_ITEMS) {
            throw IntakeException.of("intake.error.supplementTooMany", MAX_ITEMS);
        }
        return clean;
    }

    static void issue(Connection c, String number, List<String> items, String by, Instant at, LocalDate supplyBy)
            throws SQLException {
        Jdbc.update(
                c,
                "INSERT INTO intake_supplement (case_number, items, issued_at, issued_by, supply_by) VALUES (?, ?, ?, ?, ?)",
                number,
                String.join("\n", items),
                at,
                by,
                supplyBy);
    }

    /**
     * The last day (until 24:00) to supply the items: the city's {@code supplementWorkingDays} working days from the
     * notice, counted in the processing jurisdiction's calendar.
     */
    static LocalDate supplyBy(IntakeContext context, String jurisdiction) {
        Instant due = context.workingTime()
                .due(jurisdiction, context.now(), context.settings.supplementWorkingDays(), "WORKING_DAYS", null);
        return LocalDate.ofInstant(due, CaseOutputs.CHINA);
    }

    /**
     * The last notice: its items and the last day to supply them (none for notices issued before the day was kept).
     *
     * @param items every item, in the notice's order
     * @param supplyBy the last day, until 24:00 Beijing time, or null
     */
    record Notice(List<String> items, LocalDate supplyBy) {
        /** The last day as the notice prints it, 2026年3月16日. */
        String day() {
            return java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日").format(supplyBy);
        }

        /** Whether the day has not passed at this instant. */
        boolean openAt(Instant now) {
            return supplyBy == null
                    || !LocalDate.ofInstant(now, CaseOutputs.CHINA).isAfter(supplyBy);
        }
    }

    static java.util.Optional<Notice> lastNotice(Connection c, String number) throws SQLException {
        return Jdbc.one(
                c,
                "SELECT items, supply_by FROM intake_supplement WHERE case_number = ? ORDER BY id DESC",
                r -> new Notice(
                        List.of(r.getString("items").split("\n")),
                        r.getDate("supply_by") == null
                                ? null
                                : r.getDate("supply_by").toLocalDate()),
                number);
    }

    /** The items of the last notice, empty when none was issued. */
    static List<String> last(Connection c, String number) throws SQLException {
        return Jdbc.one(
                        c,
                        "SELECT items FROM intake_supplement WHERE case_number = ? ORDER BY id DESC",
                        r -> List.of(r.getString("items").split("\n")),
                        number)
                .orElse(List.of());
    }
}
