package org.tongban.evaluation.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.tongban.evaluation.EvaluationPermissions;
import org.tongban.evaluation.EvaluationStatistics;
import org.tongban.evaluation.EvaluationStatistics.Row;
import org.tongban.evaluation.RatingState;
import org.tongban.evaluation.RectificationStates;
import org.tongban.platform.api.jdbc.Jdbc;

/**
 * The figures of a period (Beijing dates, by the day the rating was opened): the active rating rate against the city's
 * goal, satisfaction per unit, window, clerk, matter, channel and month, defaults apart, bad reviews and close-outs.
 */
final class Statistics {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final EvaluationContext ctx;

    Statistics(EvaluationContext ctx) {
        this.ctx = ctx;
    }

    EvaluationStatistics of(String jurisdictionCode, LocalDate from, LocalDate to) {
        ctx.access.check(EvaluationPermissions.READ, jurisdictionCode);
        Instant start = from.atStartOfDay(BEIJING).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(BEIJING).toInstant();
        return ctx.tx.read(c -> {
            List<Row> byChannel = group(c, "channel", jurisdictionCode, start, end);
            Row all = total(byChannel);
            long invited = Jdbc.one(
                            c,
                            "SELECT COUNT(*) FROM eval_rating WHERE jurisdiction_code LIKE ? AND invited_at >= ?"
                                    + " AND invited_at < ?",
                            r -> r.getLong(1),
                            Scope.like(jurisdictionCode),
                            start,
                            end)
                    .orElse(0L);
            List<Instant[]> closed = Jdbc.list(
                    c,
                    "SELECT x.opened_at, x.closed_at FROM eval_rectification x JOIN eval_rating r ON r.id = x.rating_id"
                            + " WHERE r.jurisdiction_code LIKE ? AND x.opened_at >= ? AND x.opened_at < ?"
                            // A close-out withdrawn when its review was amended to a good one is not a bad review's.
                            + " AND x.state <> '" + RectificationStates.WITHDRAWN + "'",
                    r -> new Instant[] {Jdbc.instant(r, "opened_at"), Jdbc.instant(r, "closed_at")},
                    Scope.like(jurisdictionCode),
                    start,
                    end);
            List<Instant[]> done = closed.stream().filter(x -> x[1] != null).toList();
            double hours = done.stream()
                            .mapToLong(x -> Duration.between(x[0], x[1]).toMinutes())
                            .average()
                            .orElse(0)
                    / 60.0;
            return new EvaluationStatistics(
                    invited,
                    all.rated(),
                    all.defaulted(),
                    percent(all.rated(), invited),
                    ctx.settings.activeRateGoal(),
                    all.satisfactionPercent(),
                    closed.size(),
                    done.size(),
                    Math.round(hours * 10) / 10.0,
                    group(c, "unit_code", jurisdictionCode, start, end),
                    group(c, "window_code", jurisdictionCode, start, end),
                    group(c, "clerk", jurisdictionCode, start, end),
                    group(c, "matter_code", jurisdictionCode, start, end),
                    byChannel,
                    months(c, jurisdictionCode, start, end));
        });
    }

    /** Rows per value of a column (its nulls left out), from the ratings answered or defaulted. */
    private static List<Row> group(Connection c, String column, String jurisdiction, Instant start, Instant end)
            throws SQLException {
        return Jdbc.list(
                c,
                "SELECT " + column + " AS k,"
                        + " SUM(CASE WHEN state = '" + RatingState.RATED + "' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN state = '" + RatingState.DEFAULTED + "' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN state = '" + RatingState.RATED + "' AND score <= 2 THEN 1 ELSE 0 END),"
                        + " AVG(CASE WHEN state = '" + RatingState.RATED + "' THEN score * 1.0 END)"
                        + " FROM eval_rating WHERE jurisdiction_code LIKE ? AND invited_at >= ? AND invited_at < ?"
                        + " AND state <> '" + RatingState.PENDING + "' AND " + column + " IS NOT NULL"
                        + " GROUP BY " + column + " ORDER BY 2 DESC, 1",
                r -> row(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getDouble(5)),
                Scope.like(jurisdiction),
                start,
                end);
    }

    private static Row total(List<Row> rows) {
        long rated = rows.stream().mapToLong(Row::rated).sum();
        double scoreSum =
                rows.stream().mapToDouble(r -> r.averageScore() * r.rated()).sum();
        return row(
                "all",
                rated,
                rows.stream().mapToLong(Row::defaulted).sum(),
                rows.stream().mapToLong(Row::bad).sum(),
                rated == 0 ? 0 : scoreSum / rated);
    }

    private static List<Row> months(Connection c, String jurisdiction, Instant start, Instant end) throws SQLException {
        List<Object[]> rows = Jdbc.list(
                c,
                "SELECT invited_at, state, score FROM eval_rating WHERE jurisdiction_code LIKE ? AND invited_at >= ?"
                        + " AND invited_at < ? AND state <> '" + RatingState.PENDING + "'",
                r -> new Object[] {Jdbc.instant(r, "invited_at"), r.getString(2), r.getInt(3)},
                Scope.like(jurisdiction),
                start,
                end);
        java.util.TreeMap<String, long[]> byMonth = new java.util.TreeMap<>();
        for (Object[] r : rows) {
            String month =
                    ((Instant) r[0]).atZone(BEIJING).toLocalDate().toString().substring(0, 7);
            long[] m = byMonth.computeIfAbsent(month, k -> new long[4]);
            if (RatingState.RATED.name().equals(r[1])) {
                m[0]++;
                m[2] += (int) r[2] <= 2 ? 1 : 0;
                m[3] += (int) r[2];
            } else {
                m[1]++;
            }
        }
        return byMonth.entrySet().stream()
                .map(e -> {
                    long[] m = e.getValue();
                    return row(e.getKey(), m[0], m[1], m[2], m[0] == 0 ? 0 : (double) m[3] / m[0]);
                })
                .toList();
    }

    private static Row row(String key, long rated, long defaulted, long bad, double average) {
        return new Row(key, rated, defaulted, bad, Math.round(average * 100) / 100.0, percent(rated - bad, rated));
    }

    static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
