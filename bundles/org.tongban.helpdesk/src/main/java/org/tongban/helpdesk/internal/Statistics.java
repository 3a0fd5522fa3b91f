package org.tongban.helpdesk.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tongban.helpdesk.HelpRating;
import org.tongban.helpdesk.HelpStates;
import org.tongban.helpdesk.HelpdeskException;
import org.tongban.helpdesk.HelpdeskPermissions;
import org.tongban.helpdesk.HelpdeskStatistics;
import org.tongban.helpdesk.Satisfaction;
import org.tongban.platform.api.jdbc.Jdbc;

/** The help desk's figures, counted by the database over the period's requests of an area. */
final class Statistics {
    static final int MAX_DAYS = 366;
    private static final String OPEN = "'"
            + String.join("','", HelpStates.NEW, HelpStates.ASSIGNED, HelpStates.HANDLING, HelpStates.SUSPENDED) + "'";

    private final HelpdeskContext ctx;

    Statistics(HelpdeskContext ctx) {
        this.ctx = ctx;
    }

    /** The spans of {@link org.tongban.helpdesk.HelpdeskService#firstContactSpans}, upper bounds in minutes. */
    static final List<String> SPANS = List.of("30M", "2H", "8H", "24H", "LONGER", "WAITING");

    private static final long[] SPAN_MINUTES = {30, 120, 480, 1440};

    List<HelpdeskStatistics.Row> firstContactSpans(String area, LocalDate from, LocalDate to) {
        checked(area, from, to);
        Object[] p = period(area, from, to);
        return ctx.tx.read(c -> {
            long[] totals = new long[SPANS.size()];
            long[] completed = new long[SPANS.size()];
            for (Object[] row : Jdbc.list(
                    c,
                    "SELECT r.created_at, r.first_contact_at, r.state" + WHERE,
                    r -> new Object[] {
                        Jdbc.instant(r, "created_at"), Jdbc.instant(r, "first_contact_at"), r.getString("state")
                    },
                    p)) {
                int span = span((Instant) row[0], (Instant) row[1]);
                totals[span]++;
                if (HelpStates.COMPLETED.equals(row[2])) {
                    completed[span]++;
                }
            }
            List<HelpdeskStatistics.Row> rows = new java.util.ArrayList<>();
            for (int i = 0; i < SPANS.size(); i++) {
                rows.add(new HelpdeskStatistics.Row(SPANS.get(i), totals[i], completed[i]));
            }
            return rows;
        });
    }

    /** The spans of {@link org.tongban.helpdesk.HelpdeskService#completionSpans}, upper bounds in days. */
    static final List<String> COMPLETION_SPANS = List.of("1D", "3D", "5D", "10D", "20D", "LONGER", "OPEN");

    private static final long[] COMPLETION_DAYS = {1, 3, 5, 10, 20};

    List<HelpdeskStatistics.Row> completionSpans(String area, LocalDate from, LocalDate to) {
        checked(area, from, to);
        Object[] p = period(area, from, to);
        return ctx.tx.read(c -> {
            long[] totals = new long[COMPLETION_SPANS.size()];
            for (Object[] row : Jdbc.list(
                    c,
                    "SELECT r.created_at, r.closed_at, r.state" + WHERE,
                    r -> new Object[] {Jdbc.instant(r, "created_at"), Jdbc.instant(r, "closed_at"), r.getString("state")
                    },
                    p)) {
                if (!HelpStates.COMPLETED.equals(row[2])) {
                    totals[COMPLETION_SPANS.size() - 1]++;
                    continue;
                }
                long minutes =
                        Duration.between((Instant) row[0], (Instant) row[1]).toMinutes();
                int span = COMPLETION_DAYS.length;
                for (int i = 0; i < COMPLETION_DAYS.length; i++) {
                    if (minutes <= COMPLETION_DAYS[i] * 1440) {
                        span = i;
                        break;
                    }
                }
                totals[span]++;
            }
            List<HelpdeskStatistics.Row> rows = new java.util.ArrayList<>();
            for (int i = 0; i < COMPLETION_SPANS.size(); i++) {
                // Every request of a span but the open ones is completed.
                rows.add(new HelpdeskStatistics.Row(
                        COMPLETION_SPANS.get(i), totals[i], i == COMPLETION_SPANS.size() - 1 ? 0 : totals[i]));
            }
            return rows;
        });
    }

    /** The ratings given in the period to the area's requests: 满意 and 基本满意 over all, against the goal. */
    Satisfaction satisfaction(String area, LocalDate from, LocalDate to) {
        checked(area, from, to);
        Object[] p = period(area, from, to);
        long[] counts = ctx.tx.read(c -> Jdbc.one(
                        c,
                        "SELECT COUNT(*), SUM(CASE WHEN rating <> '" + HelpRating.DISSATISFIED.name()
                                + "' THEN 1 ELSE 0 END) FROM hd_rating WHERE jurisdiction_code LIKE ?"
                                + " AND rated_at >= ? AND rated_at < ?",
                        r -> new long[] {r.getLong(1), r.getLong(2)},
                        p)
                .orElse(new long[2]));
        double percent = counts[0] == 0 ? 0 : 100.0 * counts[1] / counts[0];
        return new Satisfaction(true, counts[0], percent, ctx.settings.satisfactionGoal());
    }

    private static int span(Instant created, Instant contact) {
        if (contact == null) {
            return SPANS.size() - 1;
        }
        long minutes = Duration.between(created, contact).toMinutes();
        for (int i = 0; i < SPAN_MINUTES.length; i++) {
            if (minutes <= SPAN_MINUTES[i]) {
                return i;
            }
        }
        return SPAN_MINUTES.length;
    }

    private static final String WHERE =
            " FROM hd_request r WHERE r.jurisdiction_code LIKE ? AND r.created_at >= ? AND r.created_at < ?";

    void checked(String area, LocalDate from, LocalDate to) {
        if (area == null || ctx.jurisdictions.find(area).isEmpty()) {
            throw HelpdeskException.of("helpdesk.error.area", area == null ? "" : area);
        }
        if (from == null
                || to == null
                || to.isBefore(from)
                || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw HelpdeskException.of("helpdesk.error.statisticsPeriod", MAX_DAYS);
        }
        ctx.access.check(HelpdeskPermissions.READ, area);
    }

    private static Object[] period(String area, LocalDate from, LocalDate to) {
        return new Object[] {
            Scope.like(area),
            from.atStartOfDay(Authorisations.BEIJING).toInstant(),
            to.plusDays(1).atStartOfDay(Authorisations.BEIJING).toInstant()
        };
    }

    HelpdeskStatistics of(String area, LocalDate from, LocalDate to) {
        if (area == null || ctx.jurisdictions.find(area).isEmpty()) {
            throw HelpdeskException.of("helpdesk.error.area", area == null ? "" : area);
        }
        if (from == null
                || to == null
                || to.isBefore(from)
                || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw HelpdeskException.of("helpdesk.error.statisticsPeriod", MAX_DAYS);
        }
        ctx.access.check(HelpdeskPermissions.READ, area);
        Instant start = from.atStartOfDay(Authorisations.BEIJING).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(Authorisations.BEIJING).toInstant();
        Object[] p = {Scope.like(area), start, end};
        String where = " FROM hd_request r WHERE r.jurisdiction_code LIKE ? AND r.created_at >= ? AND r.created_at < ?";
        return ctx.tx.read(c -> {
            long[] totals = Jdbc.one(
                            c,
                            "SELECT COUNT(*), SUM(CASE WHEN r.state IN (" + OPEN + ") THEN 1 ELSE 0 END),"
                                    + " SUM(CASE WHEN r.state = '" + HelpStates.COMPLETED + "' THEN 1 ELSE 0 END),"
                                    + " SUM(CASE WHEN r.state = '" + HelpStates.TERMINATED + "' THEN 1 ELSE 0 END)"
                                    + where,
                            r -> new long[] {r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4)},
                            p)
                    .orElse(new long[4]);
            double contact = average(c, "first_contact_at", where, p, 60);
            double completion =
                    average(c, "closed_at", where + " AND r.state = '" + HelpStates.COMPLETED + "'", p, 3600);
            return new HelpdeskStatistics(
                    totals[0],
                    totals[1],
                    totals[2],
                    totals[3],
                    contact,
                    completion,
                    rows(c, "r.kind", where, p),
                    rows(c, "r.channel", where, p),
                    rows(
                            c,
                            "COALESCE(t.name, '未分派')",
                            where.replace(
                                    " FROM hd_request r", " FROM hd_request r LEFT JOIN hd_team t ON t.id = r.team_id"),
                            p),
                    rows(c, "r.jurisdiction_code", where, p));
        });
    }

    /** The mean of {@code column - created_at} in units of {@code seconds}, counted in Java for both databases. */
    private static double average(Connection c, String column, String where, Object[] p, int seconds)
            throws SQLException {
        List<Long> spans = Jdbc.list(
                c,
                "SELECT r.created_at, r." + column + where + " AND r." + column + " IS NOT NULL",
                r -> Duration.between(Jdbc.instant(r, "created_at"), Jdbc.instant(r, column))
                        .toSeconds(),
                p);
        return spans.isEmpty()
                ? 0
                : spans.stream().mapToLong(Long::longValue).average().orElse(0) / seconds;
    }

    private static List<HelpdeskStatistics.Row> rows(Connection c, String key, String where, Object[] p)
            throws SQLException {
        return Jdbc.list(
                c,
                "SELECT " + key + " AS k, COUNT(*), SUM(CASE WHEN r.state = '" + HelpStates.COMPLETED
                        + "' THEN 1 ELSE 0 END)" + where + " GROUP BY " + key + " ORDER BY COUNT(*) DESC, " + key,
                r -> new HelpdeskStatistics.Row(r.getString(1), r.getLong(2), r.getLong(3)),
                p);
    }
}
