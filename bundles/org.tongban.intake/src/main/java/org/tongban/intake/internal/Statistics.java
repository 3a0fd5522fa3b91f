package org.tongban.intake.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongban.intake.IntakeStatistics;
import org.tongban.intake.IntakeStatistics.Count;
import org.tongban.intake.IntakeStatistics.Outcomes;
import org.tongban.platform.api.jdbc.Jdbc;

/**
 * The statistics' SQL: each figure is one grouped query over the cases received in the period whose receiving or
 * processing jurisdiction is in the subtree, portable between H2 and PostgreSQL.
 */
final class Statistics {
    private static final String DONE = "'COMPLETED', 'DELIVERED', 'DENIED'";

    private final Connection c;
    private final String scope;
    private final Object[] params;

    private Statistics(Connection c, List<String> subtree, Instant from, Instant to) {
        this.c = c;
        String marks = Jdbc.marks(subtree.size());
        this.scope = " k.received_at >= ? AND k.received_at < ? AND (k.receiving_jurisdiction IN (" + marks
                + ") OR k.processing_jurisdiction IN (" + marks + "))";
        List<Object> all = new ArrayList<>(List.of(from, to));
        all.addAll(subtree);
        all.addAll(subtree);
        this.params = all.toArray();
    }

    static IntakeStatistics of(Connection c, String jurisdiction, List<String> subtree, Instant from, Instant to)
            throws SQLException {
        Statistics s = new Statistics(c, subtree, from, to);
        long[] totals = s.totals();
        double[] compression = s.compression();
        return new IntakeStatistics(
                jurisdiction,
                from,
                to,
                totals[0],
                s.counts("k.channel", "k.channel", Integer.MAX_VALUE),
                s.counts("k.department_code", "k.department_code", Integer.MAX_VALUE),
                s.counts("k.receiving_jurisdiction", "k.receiving_jurisdiction", Integer.MAX_VALUE),
                s.counts("k.matter_code", "MAX(k.matter_name)", IntakeStatistics.TOP),
                totals[1],
                totals[2],
                totals[3],
                compression[0],
                (long) compression[1],
                s.supplemented(),
                s.supplementReasons(),
                s.tolerance(),
                s.pledges());
    }

    private long[] totals() throws SQLException {
        return Jdbc.one(
                        c,
                        "SELECT COUNT(*), SUM(CASE WHEN k.state IN (" + DONE + ") THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN k.state IN (" + DONE
                                + ") AND k.overdue_at IS NULL THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN k.instant_matter THEN 1 ELSE 0 END)"
                                + " FROM intake_case k WHERE" + scope,
                        r -> new long[] {r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4)},
                        params)
                .orElseThrow();
    }

    private List<Count> counts(String key, String label, int limit) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT " + key + " AS group_key, " + label + " AS group_label, COUNT(*) AS cases FROM intake_case k"
                        + " WHERE" + scope + " GROUP BY " + key + " ORDER BY cases DESC, group_key LIMIT "
                        + limit,
                r -> new Count(r.getString("group_key"), r.getString("group_label"), r.getLong("cases")),
                params);
    }

    /** The average of {@code 1 - promised / legal} where both limits count in the same unit, and over how many. */
    private double[] compression() throws SQLException {
        return Jdbc.one(
                        c,
                        "SELECT AVG(1 - CAST(k.limit_amount AS DOUBLE PRECISION) / k.legal_limit_amount), COUNT(*)"
                                + " FROM intake_case k WHERE" + scope
                                + " AND k.legal_limit_amount > 0 AND k.legal_limit_unit = k.limit_unit",
                        r -> new double[] {r.getDouble(1), r.getLong(2)},
                        params)
                .orElseThrow();
    }

    private long supplemented() throws SQLException {
        return Jdbc.one(
                        c,
                        "SELECT COUNT(*) FROM intake_case k WHERE" + scope
                                + " AND EXISTS (SELECT 1 FROM intake_supplement s WHERE s.case_number = k.case_number)",
                        r -> r.getLong(1),
                        params)
                .orElse(0L);
    }

    /**
     * The notices' items counted per item: the database groups equal notices, which are one item per line, and the
     * lines of each group are added up here.
     */
    private List<Count> supplementReasons() throws SQLException {
        record Group(String items, long notices) {}
        List<Group> groups = Jdbc.list(
                c,
                "SELECT s.items, COUNT(*) FROM intake_supplement s JOIN intake_case k"
                        + " ON k.case_number = s.case_number WHERE" + scope + " GROUP BY s.items",
                r -> new Group(r.getString(1), r.getLong(2)),
                params);
        Map<String, Long> byItem = new LinkedHashMap<>();
        for (Group g : groups) {
            for (String line : g.items().split("\n")) {
                if (!line.isBlank()) {
                    byItem.merge(line.strip(), g.notices(), Long::sum);
                }
            }
        }
        return byItem.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(IntakeStatistics.TOP)
                .map(e -> new Count(e.getKey(), e.getKey(), e.getValue()))
                .toList();
    }

    private Outcomes tolerance() throws SQLException {
        return Jdbc.one(
                        c,
                        "SELECT COUNT(*), SUM(CASE WHEN t.state <> 'TERMINATED' AND t.open_items = 0 THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN t.state <> 'TERMINATED' AND t.open_items > 0 THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN t.state = 'TERMINATED' THEN 1 ELSE 0 END)"
                                + " FROM (SELECT k.state, (SELECT COUNT(*) FROM intake_material m"
                                + " WHERE m.case_number = k.case_number AND m.state = 'TOLERATED'"
                                + " AND m.supplied_at IS NULL) AS open_items FROM intake_case k WHERE" + scope
                                + " AND EXISTS (SELECT 1 FROM intake_material m WHERE m.case_number = k.case_number"
                                + " AND m.state = 'TOLERATED')) t",
                        Statistics::outcomes,
                        params)
                .orElseThrow();
    }

    private Outcomes pledges() throws SQLException {
        return Jdbc.one(
                        c,
                        "SELECT COUNT(*),"
                                + " SUM(CASE WHEN k.state <> 'REVOKED' AND k.pledge_verified_at IS NOT NULL THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN k.state <> 'REVOKED' AND k.pledge_verified_at IS NULL THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN k.state = 'REVOKED' THEN 1 ELSE 0 END)"
                                + " FROM intake_case k WHERE" + scope + " AND k.pledge = TRUE",
                        Statistics::outcomes,
                        params)
                .orElseThrow();
    }

    private static Outcomes outcomes(java.sql.ResultSet r) throws SQLException {
        return new Outcomes(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4));
    }
}
