package org.tongban.market.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.tongban.credit.AppealState;
import org.tongban.credit.CreditRecords;
import org.tongban.market.ConductRecord;
import org.tongban.market.ConductRule;
import org.tongban.market.CreditList;
import org.tongban.market.CreditScore;
import org.tongban.market.ListEntry;
import org.tongban.market.MarketCredit;
import org.tongban.market.MarketException;
import org.tongban.market.MarketPermissions;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.files.FileStore;
import org.tongban.platform.scheduler.Timers;
import org.tongban.platform.workflow.WorkflowClock;
import org.tongban.platform.workflow.Workflows;

/** The agencies' credit on the market's tables. */
@Component(service = MarketCredit.class, configurationPid = MarketConfig.PID)
public final class JdbcMarketCredit implements MarketCredit {
    /** Agencies scored per round of queries: IN lists stay well below the databases' parameter limits. */
    private static final int CHUNK = 500;

    private final MarketContext ctx;
    private final CreditBook book;

    @Activate
    @SuppressWarnings("java:S107")
    public JdbcMarketCredit(
            @Reference Database database,
            @Reference AccessControl access,
            @Reference AuditLog audit,
            @Reference Jurisdictions jurisdictions,
            @Reference Workflows workflows,
            @Reference Timers timers,
            @Reference DomainEvents events,
            @Reference FileStore files,
            @Reference WorkflowClock workingTime,
            @Reference PublicAccounts accounts,
            MarketConfig config) {
        this(Components.context(
                database,
                access,
                audit,
                jurisdictions,
                workflows,
                timers,
                events,
                files,
                workingTime,
                accounts,
                config));
    }

    JdbcMarketCredit(MarketContext ctx) {
        this.ctx = ctx;
        this.book = new CreditBook(ctx);
    }

    /** The platform's credit records, whose records in force cost an agency its enterprise-credit part. */
    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setCreditRecords(CreditRecords records) {
        ctx.creditRecords = records;
    }

    public void unsetCreditRecords(CreditRecords records) {
        if (ctx.creditRecords == records) {
            ctx.creditRecords = null;
        }
    }

    @Override
    public CreditScore score(long agencyId, int year) {
        return ctx.tx.read(c -> {
            agencyJurisdiction(c, agencyId);
            return book.score(c, agencyId, year);
        });
    }

    @Override
    public CreditScore assessRegulator(long agencyId, int year, BigDecimal points, String note) {
        return assess(agencyId, year, "REGULATOR", ctx.rules.regulatorWeight(), points, note);
    }

    @Override
    public CreditScore assessEnterprise(long agencyId, int year, BigDecimal points, String note) {
        return assess(agencyId, year, "ENTERPRISE", ctx.rules.enterpriseWeight(), points, note);
    }

    private CreditScore assess(long agencyId, int year, String part, int weight, BigDecimal points, String note) {
        if (points == null
                || points.signum() < 0
                || points.compareTo(BigDecimal.valueOf(weight)) > 0
                || points.scale() > 2) {
            throw MarketException.of("market.error.points", weight);
        }
        if (year < 2000 || year > ctx.today().getYear()) {
            throw MarketException.of("market.error.year");
        }
        String text = MarketContext.text(note, 500, "market.error.note", true);
        String jurisdiction = ctx.tx.read(c -> agencyJurisdiction(c, agencyId));
        ctx.access.check(MarketPermissions.SUPERVISE, jurisdiction);
        return ctx.tx.required(c -> {
            int changed = Jdbc.update(
                    c,
                    "UPDATE market_assessment SET points = ?, note = ? WHERE agency_id = ? AND score_year = ? AND part = ?",
                    points,
                    text,
                    agencyId,
                    year,
                    part);
            if (changed == 0) {
                Jdbc.update(
                        c,
                        "INSERT INTO market_assessment (agency_id, score_year, part, points, note) VALUES (?, ?, ?, ?, ?)",
                        agencyId,
                        year,
                        part,
                        points,
                        text);
            }
            ctx.audit.record(
                    "market.assess", "market-agency/" + agencyId, year + " " + part + " " + points + "：" + text);
            return book.score(c, agencyId, year);
        });
    }

    @Override
    public List<ConductRecord> conduct(long agencyId) {
        return ctx.tx.read(c -> book.conductOf(c, agencyId));
    }

    @Override
    public ConductRecord recordFalseMaterials(long agencyId, String projectNumber, String evidence) {
        String text = MarketContext.text(evidence, 1000, "market.error.evidence", true);
        String project = projectNumber == null || projectNumber.isBlank() ? null : projectNumber.strip();
        String jurisdiction = ctx.tx.read(c -> agencyJurisdiction(c, agencyId));
        ctx.access.check(MarketPermissions.SUPERVISE, jurisdiction);
        return ctx.tx.required(c -> book.record(c, agencyId, ConductRule.FALSE_MATERIALS, project, text));
    }

    @Override
    public ConductRecord appeal(long agencyAccountId, long recordId, String reason) {
        String text = MarketContext.text(reason, 500, "market.error.reason", true);
        long agencyId = ctx.tx.read(c -> Jdbc.one(
                        c, "SELECT id FROM market_agency WHERE account_id = ?", r -> r.getLong(1), agencyAccountId)
                .orElseThrow(() -> MarketException.of("market.error.noAgency")));
        return ctx.tx.required(c -> {
            ConductRecord record = book.conduct(c, recordId)
                    .filter(r -> r.agencyId() == agencyId)
                    .orElseThrow(() -> MarketException.of("market.error.conductNotFound", recordId));
            if (record.appeal() != AppealState.NONE) {
                throw MarketException.of("market.error.appealLodged");
            }
            Jdbc.update(
                    c,
                    "UPDATE market_conduct SET appeal_state = 'LODGED', appeal_reason = ? WHERE id = ?",
                    text,
                    recordId);
            ctx.audit.record("market.appeal", "market-conduct/" + recordId, text);
            return book.conduct(c, recordId).orElseThrow();
        });
    }

    @Override
    public ConductRecord decideAppeal(long recordId, boolean revoke, String reasoning) {
        String text = MarketContext.text(reasoning, 500, "market.error.reason", true);
        ConductRecord record = ctx.tx
                .read(c -> book.conduct(c, recordId))
                .orElseThrow(() -> MarketException.of("market.error.conductNotFound", recordId));
        String jurisdiction = ctx.tx.read(c -> agencyJurisdiction(c, record.agencyId()));
        ctx.access.check(MarketPermissions.SUPERVISE, jurisdiction);
        AppealState outcome = revoke ? AppealState.REVOKED : AppealState.DISMISSED;
        return ctx.tx.required(c -> {
            int changed = Jdbc.update(
                    c,
                    "UPDATE market_conduct SET appeal_state = ?, appeal_decision = ? WHERE id = ? AND appeal_state = 'LODGED'",
                    outcome,
                    text,
                    recordId);
            if (changed == 0) {
                throw MarketException.of("market.error.noAppeal");
            }
            ctx.audit.record("market.decideAppeal", "market-conduct/" + recordId, outcome + "：" + text);
            return book.conduct(c, recordId).orElseThrow();
        });
    }

    @Override
    public List<ListEntry> redList(int year) {
        return ctx.tx.read(c -> {
            List<Map.Entry<Long, String>> agencies = Jdbc.list(
                    c,
                    "SELECT id, name FROM market_agency WHERE status = 'PUBLISHED' ORDER BY id",
                    r -> Map.entry(r.getLong(1), r.getString(2)));
            List<ListEntry> red = new ArrayList<>();
            LocalDate from = LocalDate.of(year, 1, 1);
            BigDecimal redScore = BigDecimal.valueOf(ctx.rules.redListScore());
            for (int at = 0; at < agencies.size(); at += CHUNK) {
                List<Map.Entry<Long, String>> chunk = agencies.subList(at, Math.min(agencies.size(), at + CHUNK));
                List<Long> ids = chunk.stream().map(Map.Entry::getKey).toList();
                Map<Long, CreditScore> scores = book.scores(c, ids, year);
                java.util.Set<Long> black = book.blacklisted(c, ids, ctx.today());
                for (Map.Entry<Long, String> agency : chunk) {
                    CreditScore score = scores.get(agency.getKey());
                    if (score.total().compareTo(redScore) >= 0
                            && score.deductions().signum() == 0
                            && !black.contains(agency.getKey())) {
                        red.add(new ListEntry(
                                agency.getKey(),
                                agency.getValue(),
                                CreditList.RED,
                                from,
                                from.plusYears(1),
                                year + "年度信用分" + score.total()));
                    }
                }
            }
            return red;
        });
    }

    @Override
    public List<ListEntry> blackList(LocalDate asOf) {
        LocalDate day = asOf == null ? ctx.today() : asOf;
        return ctx.tx.read(c -> book.blackList(c, day));
    }

    @Override
    public CreditList listOf(long agencyId, LocalDate asOf) {
        LocalDate day = asOf == null ? ctx.today() : asOf;
        return ctx.tx.read(c -> book.listOf(c, agencyId, day));
    }

    @Override
    public Optional<ListEntry> blackListEntry(long agencyId, LocalDate asOf) {
        LocalDate day = asOf == null ? ctx.today() : asOf;
        return ctx.tx.read(c -> book.blackListEntry(c, agencyId, day));
    }

    private static String agencyJurisdiction(java.sql.Connection c, long agencyId) throws java.sql.SQLException {
        return Jdbc.one(c, "SELECT jurisdiction_code FROM market_agency WHERE id = ?", r -> r.getString(1), agencyId)
                .orElseThrow(() -> MarketException.of("market.error.agencyNotFound", agencyId));
    }
}
