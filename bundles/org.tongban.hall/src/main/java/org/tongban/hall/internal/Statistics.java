package org.tongban.hall.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tongban.hall.Hall;
import org.tongban.hall.HallException;
import org.tongban.hall.HallPermissions;
import org.tongban.hall.HallStatistics;
import org.tongban.hall.TicketState;
import org.tongban.platform.api.jdbc.Jdbc;

/** Waiting and service times, grouped in memory from the day range's numbers (a hall serves hundreds a day). */
final class Statistics {
    private static final int MAX_DAYS = 366;

    private final HallContext context;

    Statistics(HallContext context) {
        this.context = context;
    }

    private record Visit(
            String hall,
            String window,
            String matterCode,
            String matterName,
            String state,
            Instant issued,
            Instant called,
            Instant finished) {}

    List<HallStatistics.Row> times(long hallId, LocalDate from, LocalDate to, HallStatistics.Dimension dimension) {
        Hall hall = context.hall(hallId);
        context.access.check(HallPermissions.READ, hall.jurisdictionCode());
        if (from == null
                || to == null
                || to.isBefore(from)
                || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw HallException.of("hall.error.range", MAX_DAYS);
        }
        List<Visit> visits = context.tx.read(c -> Jdbc.list(
                c,
                "SELECT w.number, t.matter_code, t.matter_name, t.state, t.issued_at, t.called_at, t.finished_at"
                        + " FROM hall_ticket t LEFT JOIN hall_window w ON w.id = t.window_id"
                        + " WHERE t.hall_id = ? AND t.visit_day >= ? AND t.visit_day <= ? AND t.state IN (?, ?)",
                row -> new Visit(
                        hall.code(),
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        Jdbc.instant(row, "issued_at"),
                        Jdbc.instant(row, "called_at"),
                        Jdbc.instant(row, "finished_at")),
                hallId,
                from,
                to,
                TicketState.FINISHED,
                TicketState.SKIPPED));
        Map<String, List<Visit>> groups = new TreeMap<>();
        Map<String, String> labels = new TreeMap<>();
        for (Visit v : visits) {
            String key =
                    switch (dimension) {
                        case HALL -> v.hall();
                        case WINDOW -> v.window() == null ? "-" : v.window();
                        case MATTER -> v.matterCode();
                        case HOUR ->
                            String.format(
                                    "%02d", v.issued().atZone(HallContext.ZONE).getHour());
                    };
            String label =
                    switch (dimension) {
                        case HALL -> hall.name();
                        case WINDOW -> key;
                        case MATTER -> v.matterName();
                        case HOUR -> key + ":00";
                    };
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
            labels.put(key, label);
        }
        List<HallStatistics.Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<Visit>> group : groups.entrySet()) {
            int served = 0;
            int skipped = 0;
            long waitSum = 0;
            long serviceSum = 0;
            long longest = 0;
            int waited = 0;
            for (Visit v : group.getValue()) {
                if (v.called() != null) {
                    long wait = Duration.between(v.issued(), v.called()).toSeconds();
                    waitSum += wait;
                    waited++;
                    longest = Math.max(longest, wait);
                }
                if (TicketState.SKIPPED.name().equals(v.state())) {
                    skipped++;
                } else {
                    served++;
                    if (v.called() != null && v.finished() != null) {
                        serviceSum += Duration.between(v.called(), v.finished()).toSeconds();
                    }
                }
            }
            rows.add(new HallStatistics.Row(
                    group.getKey(),
                    labels.get(group.getKey()),
                    served,
                    skipped,
                    waited == 0 ? 0 : waitSum / waited,
                    served == 0 ? 0 : serviceSum / served,
                    longest));
        }
        return rows;
    }
}
