package org.tongban.market.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tongban.credit.AppealState;
import org.tongban.market.ConductRecord;
import org.tongban.market.ConductRule;
import org.tongban.market.CreditList;
import org.tongban.market.CreditScore;
import org.tongban.market.ListEntry;
import org.tongban.market.MarketRules;
import org.tongban.market.MarketTopics;
import org.tongban.platform.api.jdbc.Jdbc;

/**
 * The credit rules on the market's tables, inside the caller's transaction: conduct records with their consequences
 * (three refusals in a year and false materials blacklist), yearly scores, lists.
 */
final class CreditBook {
    static final String CONDUCT_COLUMNS = "id, agency_id, rule, project_number, evidence, points, recorded_on,"
            + " recorded_by, appeal_state, appeal_reason, appeal_decision";

    private final MarketContext ctx;

    CreditBook(MarketContext ctx) {
        this.ctx = ctx;
    }

    /** Writes a record by rule and what it entails; audited and announced. */
    ConductRecord record(Connection c, long agencyId, ConductRule rule, String project, String evidence)
            throws SQLException {
        MarketRules rules = ctx.rules;
        LocalDate today = ctx.today();
        long id = Jdbc.insert(
                c,
                "INSERT INTO market_conduct (agency_id, rule, project_number, evidence, points, recorded_on,"
                        + " recorded_by, appeal_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                agencyId,
                rule,
                project,
                Jdbc.clip(evidence, 1000),
                rule.points(),
                today,
                ctx.actor(),
                AppealState.NONE);
        ctx.audit.record("market.conduct", "market-agency/" + agencyId, rule + " " + project + "：" + evidence);
        ctx.event(
                MarketTopics.CONDUCT,
                "market-agency/" + agencyId,
                Map.of(
                        "agency",
                        Long.toString(agencyId),
                        "rule",
                        rule.name(),
                        "project",
                        project == null ? "" : project));
        if (rule == ConductRule.REFUSED_WIN) {
            long refusals = Jdbc.one(
                            c,
                            "SELECT COUNT(*) FROM market_conduct WHERE agency_id = ? AND rule = 'REFUSED_WIN'"
                                    + " AND recorded_on >= ? AND recorded_on <= ? AND appeal_state <> 'REVOKED'",
                            r -> r.getLong(1),
                            agencyId,
                            today.withDayOfYear(1),
                            today)
                    .orElse(0L);
            if (refusals >= rules.refusalsForBlacklist()) {
                ConductRecord repeated = record(
                        c,
                        agencyId,
                        ConductRule.REPEATED_REFUSALS,
                        project,
                        today.getYear() + "年内第" + refusals + "次拒绝中选项目");
                blacklist(c, agencyId, repeated.id(), "一年内" + refusals + "次拒绝中选项目");
            }
        } else if (rule == ConductRule.FALSE_MATERIALS) {
            blacklist(c, agencyId, id, "提供虚假材料：" + Jdbc.clip(evidence, 400));
        }
        return conduct(c, id).orElseThrow();
    }

    private void blacklist(Connection c, long agencyId, long conductId, String reason) throws SQLException {
        LocalDate from = ctx.today();
        LocalDate until = from.plusMonths(ctx.rules.blacklistMonths());
        Jdbc.insert(
                c,
                "INSERT INTO market_blacklist (agency_id, conduct_id, from_day, until_day, reason) VALUES (?, ?, ?, ?, ?)",
                agencyId,
                conductId,
                from,
                until,
                reason);
        ctx.audit.record("market.blacklist", "market-agency/" + agencyId, reason + "，" + from + "至" + until);
    }

    Optional<ConductRecord> conduct(Connection c, long id) throws SQLException {
        return Jdbc.one(
                c, "SELECT " + CONDUCT_COLUMNS + " FROM market_conduct WHERE id = ?", CreditBook::conductRecord, id);
    }

    List<ConductRecord> conductOf(Connection c, long agencyId) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT " + CONDUCT_COLUMNS
                        + " FROM market_conduct WHERE agency_id = ? ORDER BY recorded_on DESC, id DESC",
                CreditBook::conductRecord,
                agencyId);
    }

    Optional<ListEntry> blackListEntry(Connection c, long agencyId, LocalDate day) throws SQLException {
        return Jdbc.one(
                c,
                "SELECT b.agency_id, a.name, b.from_day, b.until_day, b.reason FROM market_blacklist b"
                        + " JOIN market_conduct k ON k.id = b.conduct_id JOIN market_agency a ON a.id = b.agency_id"
                        + " WHERE b.agency_id = ? AND b.from_day <= ? AND b.until_day > ?"
                        + " AND k.appeal_state <> 'REVOKED' ORDER BY b.until_day DESC",
                CreditBook::black,
                agencyId,
                day,
                day);
    }

    List<ListEntry> blackList(Connection c, LocalDate day) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT b.agency_id, a.name, b.from_day, b.until_day, b.reason FROM market_blacklist b"
                        + " JOIN market_conduct k ON k.id = b.conduct_id JOIN market_agency a ON a.id = b.agency_id"
                        + " WHERE b.from_day <= ? AND b.until_day > ? AND k.appeal_state <> 'REVOKED'"
                        + " ORDER BY b.from_day DESC, b.agency_id",
                CreditBook::black,
                day,
                day);
    }

    CreditList listOf(Connection c, long agencyId, LocalDate day) throws SQLException {
        return listOf(c, agencyId, day, null);
    }

    /** The list, with this year's score when the caller has it already. */
    CreditList listOf(Connection c, long agencyId, LocalDate day, CreditScore known) throws SQLException {
        return lists(c, List.of(agencyId), day, known == null ? Map.of() : Map.of(agencyId, known))
                .get(agencyId);
    }

    /**
     * The lists of several agencies as {@link #listOf} gives each: black while blacklisted that day, red with a score
     * of at least the red-list score and no deductions; scores of that year in {@code known} are used as they are.
     */
    Map<Long, CreditList> lists(Connection c, List<Long> ids, LocalDate day, Map<Long, CreditScore> known)
            throws SQLException {
        Set<Long> black = blacklisted(c, ids, day);
        List<Long> unscored = ids.stream()
                .filter(id -> !black.contains(id))
                .filter(id -> known.get(id) == null || known.get(id).year() != day.getYear())
                .toList();
        Map<Long, CreditScore> scores = new HashMap<>(known);
        scores.putAll(scores(c, unscored, day.getYear()));
        BigDecimal red = BigDecimal.valueOf(ctx.rules.redListScore());
        Map<Long, CreditList> lists = new HashMap<>();
        for (long id : ids) {
            CreditScore score = scores.get(id);
            lists.put(
                    id,
                    black.contains(id)
                            ? CreditList.BLACK
                            : score.total().compareTo(red) >= 0
                                            && score.deductions().signum() == 0
                                    ? CreditList.RED
                                    : CreditList.NONE);
        }
        return lists;
    }

    /** Which of these agencies are on the black list that day (an entry whose conduct record was not revoked). */
    Set<Long> blacklisted(Connection c, List<Long> ids, LocalDate day) throws SQLException {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(Jdbc.list(
                c,
                "SELECT DISTINCT b.agency_id FROM market_blacklist b JOIN market_conduct k ON k.id = b.conduct_id"
                        + " WHERE b.agency_id IN (" + placeholders(ids.size()) + ") AND b.from_day <= ?"
                        + " AND b.until_day > ? AND k.appeal_state <> 'REVOKED'",
                r -> r.getLong(1),
                with(ids, day, day)));
    }

    CreditScore score(Connection c, long agencyId, int year) throws SQLException {
        return scores(c, List.of(agencyId), year).get(agencyId);
    }

    /**
     * The year's scores of several agencies, one query per part for all of them: the regulator's assessment (or its
     * full weight), the enterprise part, the mean public rating of the year scaled to its weight, less the points of
     * conduct records not revoked.
     */
    Map<Long, CreditScore> scores(Connection c, List<Long> ids, int year) throws SQLException {
        Map<Long, CreditScore> scores = new HashMap<>();
        if (ids.isEmpty()) {
            return scores;
        }
        MarketRules rules = ctx.rules;
        Map<Long, BigDecimal> regulator = assessments(c, ids, year, "REGULATOR");
        Map<Long, BigDecimal> enterprise = assessments(c, ids, year, "ENTERPRISE");
        String in = placeholders(ids.size());
        Map<Long, BigDecimal> ratingMeans = byAgency(
                c,
                "SELECT agency_id, AVG(CAST(quality + timeliness + attitude + price AS DECIMAL(10,4)) / 4)"
                        + " FROM market_rating WHERE agency_id IN (" + in + ") AND rated_at >= ? AND rated_at < ?"
                        + " GROUP BY agency_id",
                with(
                        ids,
                        LocalDate.of(year, 1, 1)
                                .atStartOfDay(MarketContext.ZONE)
                                .toInstant(),
                        LocalDate.of(year + 1, 1, 1)
                                .atStartOfDay(MarketContext.ZONE)
                                .toInstant()));
        Map<Long, BigDecimal> deductions = byAgency(
                c,
                "SELECT agency_id, SUM(points) FROM market_conduct WHERE agency_id IN (" + in + ")"
                        + " AND recorded_on >= ? AND recorded_on < ? AND appeal_state <> 'REVOKED' GROUP BY agency_id",
                with(ids, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)));
        Map<Long, BigDecimal> unassessed = enterprise(
                c, ids.stream().filter(id -> !enterprise.containsKey(id)).toList(), year);
        for (long id : ids) {
            BigDecimal regulatorPart = regulator.getOrDefault(id, BigDecimal.valueOf(rules.regulatorWeight()));
            BigDecimal enterprisePart = enterprise.containsKey(id) ? enterprise.get(id) : unassessed.get(id);
            BigDecimal mean = ratingMeans.get(id);
            BigDecimal ratings = mean == null
                    ? BigDecimal.valueOf(rules.ratingsWeight())
                    : mean.multiply(BigDecimal.valueOf(rules.ratingsWeight()))
                            .divide(BigDecimal.valueOf(5), 2, RoundingMode.HALF_UP);
            BigDecimal deducted = deductions.getOrDefault(id, BigDecimal.ZERO);
            BigDecimal total = regulatorPart
                    .add(enterprisePart)
                    .add(ratings)
                    .subtract(deducted)
                    .max(BigDecimal.ZERO);
            scores.put(
                    id,
                    new CreditScore(
                            id,
                            year,
                            regulatorPart.setScale(2, RoundingMode.HALF_UP),
                            enterprisePart.setScale(2, RoundingMode.HALF_UP),
                            ratings.setScale(2, RoundingMode.HALF_UP),
                            deducted.setScale(2, RoundingMode.HALF_UP),
                            total.setScale(2, RoundingMode.HALF_UP)));
        }
        return scores;
    }

    /**
     * The enterprise-credit part not assessed by the office: in full, or 0 while the platform's credit records hold a
     * record in force against the agency's credit code (on the last day of the year, or today within it).
     */
    private Map<Long, BigDecimal> enterprise(Connection c, List<Long> ids, int year) throws SQLException {
        BigDecimal full = BigDecimal.valueOf(ctx.rules.enterpriseWeight());
        Map<Long, BigDecimal> parts = new HashMap<>();
        ids.forEach(id -> parts.put(id, full));
        org.tongban.credit.CreditRecords records = ctx.creditRecords;
        if (records == null || ids.isEmpty()) {
            return parts;
        }
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate day = ctx.today().isBefore(end) ? ctx.today() : end;
        for (Map.Entry<Long, String> code : Jdbc.list(
                c,
                "SELECT id, credit_code FROM market_agency WHERE id IN (" + placeholders(ids.size()) + ")",
                r -> Map.entry(r.getLong(1), r.getString(2)),
                ids.toArray())) {
            if (records.barsTolerance(code.getValue(), day)) {
                parts.put(code.getKey(), BigDecimal.ZERO);
            }
        }
        return parts;
    }

    private static Map<Long, BigDecimal> assessments(Connection c, List<Long> ids, int year, String part)
            throws SQLException {
        return byAgency(
                c,
                "SELECT agency_id, points FROM market_assessment WHERE agency_id IN (" + placeholders(ids.size())
                        + ") AND score_year = ? AND part = ?",
                with(ids, year, part));
    }

    /** Rows of (agency id, number), as a map; an aggregate's SQL NULL leaves its agency out. */
    private static Map<Long, BigDecimal> byAgency(Connection c, String sql, Object... params) throws SQLException {
        Map<Long, BigDecimal> values = new HashMap<>();
        for (Map.Entry<Long, BigDecimal> row : Jdbc.list(
                c, sql, r -> new java.util.AbstractMap.SimpleEntry<>(r.getLong(1), r.getBigDecimal(2)), params)) {
            if (row.getValue() != null) {
                values.put(row.getKey(), row.getValue());
            }
        }
        return values;
    }

    /** {@code ?, ?, …} for an IN list of {@code n} values. */
    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** The ids followed by further parameters. */
    static Object[] with(List<Long> ids, Object... more) {
        Object[] params = new Object[ids.size() + more.length];
        for (int i = 0; i < ids.size(); i++) {
            params[i] = ids.get(i);
        }
        System.arraycopy(more, 0, params, ids.size(), more.length);
        return params;
    }

    /** The first row's value, which may be SQL NULL (an aggregate over no rows). */
    static <T> T first(List<T> rows) {
        return rows.isEmpty() ? null : rows.getFirst();
    }

    static ConductRecord conductRecord(ResultSet row) throws SQLException {
        return new ConductRecord(
                row.getLong("id"),
                row.getLong("agency_id"),
                ConductRule.valueOf(row.getString("rule")),
                row.getString("project_number"),
                row.getString("evidence"),
                row.getInt("points"),
                row.getObject("recorded_on", LocalDate.class),
                row.getString("recorded_by"),
                AppealState.valueOf(row.getString("appeal_state")),
                row.getString("appeal_reason"),
                row.getString("appeal_decision"));
    }

    private static ListEntry black(ResultSet row) throws SQLException {
        return new ListEntry(
                row.getLong(1),
                row.getString(2),
                CreditList.BLACK,
                row.getObject(3, LocalDate.class),
                row.getObject(4, LocalDate.class),
                row.getString(5));
    }
}
