package org.tongban.market.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        if (blackListEntry(c, agencyId, day).isPresent()) {
            return CreditList.BLACK;
        }
        CreditScore score = known != null && known.year() == day.getYear() ? known : score(c, agencyId, day.getYear());
        return score.total().compareTo(BigDecimal.valueOf(ctx.rules.redListScore())) >= 0
                        && score.deductions().signum() == 0
                ? CreditList.RED
                : CreditList.NONE;
    }

    CreditScore score(Connection c, long agencyId, int year) throws SQLException {
        MarketRules rules = ctx.rules;
        BigDecimal regulator =
                assessment(c, agencyId, year, "REGULATOR").orElse(BigDecimal.valueOf(rules.regulatorWeight()));
        BigDecimal enterprise =
                assessment(c, agencyId, year, "ENTERPRISE").orElse(BigDecimal.valueOf(rules.enterpriseWeight()));
        BigDecimal ratingMean = first(Jdbc.list(
                c,
                "SELECT AVG(CAST(quality + timeliness + attitude + price AS DECIMAL(10,4)) / 4) FROM market_rating"
                        + " WHERE agency_id = ? AND rated_at >= ? AND rated_at < ?",
                r -> r.getBigDecimal(1),
                agencyId,
                LocalDate.of(year, 1, 1).atStartOfDay(MarketContext.ZONE).toInstant(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay(MarketContext.ZONE).toInstant()));
        BigDecimal ratings = ratingMean == null
                ? BigDecimal.valueOf(rules.ratingsWeight())
                : ratingMean
                        .multiply(BigDecimal.valueOf(rules.ratingsWeight()))
                        .divide(BigDecimal.valueOf(5), 2, RoundingMode.HALF_UP);
        BigDecimal deductions = BigDecimal.valueOf(Jdbc.one(
                        c,
                        "SELECT COALESCE(SUM(points), 0) FROM market_conduct WHERE agency_id = ? AND recorded_on >= ?"
                                + " AND recorded_on < ? AND appeal_state <> 'REVOKED'",
                        r -> r.getLong(1),
                        agencyId,
                        LocalDate.of(year, 1, 1),
                        LocalDate.of(year + 1, 1, 1))
                .orElse(0L));
        BigDecimal total =
                regulator.add(enterprise).add(ratings).subtract(deductions).max(BigDecimal.ZERO);
        return new CreditScore(
                agencyId,
                year,
                regulator.setScale(2, RoundingMode.HALF_UP),
                enterprise.setScale(2, RoundingMode.HALF_UP),
                ratings.setScale(2, RoundingMode.HALF_UP),
                deductions.setScale(2, RoundingMode.HALF_UP),
                total.setScale(2, RoundingMode.HALF_UP));
    }

    /** The first row's value, which may be SQL NULL (an aggregate over no rows). */
    static <T> T first(List<T> rows) {
        return rows.isEmpty() ? null : rows.getFirst();
    }

    private static Optional<BigDecimal> assessment(Connection c, long agencyId, int year, String part)
            throws SQLException {
        return Jdbc.one(
                c,
                "SELECT points FROM market_assessment WHERE agency_id = ? AND score_year = ? AND part = ?",
                r -> r.getBigDecimal(1),
                agencyId,
                year,
                part);
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
