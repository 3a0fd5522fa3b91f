package org.tongban.market.internal;

import static org.tongban.market.ProjectState.AWAITING_ACCEPTANCE;
import static org.tongban.market.ProjectState.AWAITING_CONFIRMATION;
import static org.tongban.market.ProjectState.AWAITING_CONTRACT;
import static org.tongban.market.ProjectState.AWAITING_SELECTION;
import static org.tongban.market.ProjectState.COMPLETED;
import static org.tongban.market.ProjectState.CONTRACT_REVIEW;
import static org.tongban.market.ProjectState.FAILED;
import static org.tongban.market.ProjectState.IN_SERVICE;
import static org.tongban.market.ProjectState.PUBLICITY;
import static org.tongban.market.ProjectState.RATED;
import static org.tongban.market.ProjectState.TERMINATED;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.market.Agency;
import org.tongban.market.AgencyStatus;
import org.tongban.market.BestPrice;
import org.tongban.market.ConductRule;
import org.tongban.market.Draw;
import org.tongban.market.DrawInputs;
import org.tongban.market.DrawResult;
import org.tongban.market.ExclusionReason;
import org.tongban.market.Funding;
import org.tongban.market.MarketException;
import org.tongban.market.MarketPermissions;
import org.tongban.market.MarketRules;
import org.tongban.market.MarketTopics;
import org.tongban.market.NewProject;
import org.tongban.market.Objection;
import org.tongban.market.ObjectionState;
import org.tongban.market.Project;
import org.tongban.market.ProjectDocument;
import org.tongban.market.ProjectPage;
import org.tongban.market.ProjectQuery;
import org.tongban.market.ProjectState;
import org.tongban.market.Projects;
import org.tongban.market.Qualification;
import org.tongban.market.QualificationStatus;
import org.tongban.market.Rating;
import org.tongban.market.Selection;
import org.tongban.market.SelectionMethod;
import org.tongban.market.SignUp;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.identity.CreditCodes;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.files.FileRefusedException;
import org.tongban.platform.files.FileStore;
import org.tongban.platform.files.StoredFile;
import org.tongban.platform.files.UploadKind;
import org.tongban.platform.scheduler.TimerHandler;
import org.tongban.platform.scheduler.Timers;
import org.tongban.platform.workflow.HistoryEntry;
import org.tongban.platform.workflow.WorkflowClock;
import org.tongban.platform.workflow.WorkflowDefinition;
import org.tongban.platform.workflow.WorkflowState;
import org.tongban.platform.workflow.Workflows;

/** Projects from publication to rating; fires the projects' deadlines. */
@Component(
        service = {Projects.class, TimerHandler.class},
        property = TimerHandler.NAME + "=" + JdbcProjects.TIMER,
        configurationPid = MarketConfig.PID)
public final class JdbcProjects implements Projects, TimerHandler {
    static final String TIMER = "market-project";
    private static final WorkflowDefinition TABLE = ProjectWorkflow.DEFINITION;
    private static final Jdbc.Null NULL_DECIMAL = new Jdbc.Null(Types.DECIMAL);
    private static final Set<SelectionMethod> DRAWING =
            Set.of(SelectionMethod.RANDOM_DRAW, SelectionMethod.LOWEST_PRICE, SelectionMethod.BEST_PRICE);
    private static final Set<SelectionMethod> PRICED = Set.of(SelectionMethod.LOWEST_PRICE, SelectionMethod.BEST_PRICE);
    private static final Set<ProjectState> CLOSED = Set.of(COMPLETED, RATED, FAILED, TERMINATED);

    private final MarketContext ctx;
    private final CreditBook credit;

    @Activate
    @SuppressWarnings("java:S107")
    public JdbcProjects(
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

    JdbcProjects(MarketContext ctx) {
        this.ctx = ctx;
        this.credit = new CreditBook(ctx);
    }

    // ---- publication

    @Override
    public Project publish(long ownerAccountId, NewProject project) {
        String owner = ctx.organisation(ownerAccountId);
        checkProject(project);
        return ctx.tx.required(c -> {
            if (JdbcAgencies.type(c, project.serviceTypeCode()).isEmpty()) {
                throw MarketException.of("market.error.serviceType", project.serviceTypeCode());
            }
            return insert(c, ownerAccountId, owner, project, null);
        });
    }

    private void checkProject(NewProject p) {
        if (p == null) {
            throw MarketException.of("market.error.title", 200);
        }
        MarketRules rules = ctx.rules;
        MarketContext.text(p.ownerName(), 200, "market.error.ownerName", true);
        ctx.checkJurisdiction(p.jurisdictionCode());
        MarketContext.text(p.title(), 200, "market.error.title", true);
        MarketContext.text(p.scope(), 2000, "market.error.scope", true);
        MarketContext.text(p.requirements(), 2000, "market.error.requirements", false);
        MarketContext.text(p.requiredLevel(), 20, "market.error.level", false);
        if (p.priceCeiling() == null
                || p.priceCeiling().signum() <= 0
                || p.priceCeiling().scale() > 2
                || p.priceCeiling().compareTo(new BigDecimal("999999999999")) > 0) {
            throw MarketException.of("market.error.ceiling");
        }
        if (p.funding() == null || p.method() == null) {
            throw MarketException.of("market.error.method");
        }
        if (p.funding() == Funding.FISCAL && p.priceCeiling().compareTo(rules.fiscalThreshold()) >= 0) {
            throw MarketException.of(
                    "market.error.aboveThreshold", rules.fiscalThreshold().toPlainString());
        }
        if (p.funding() == Funding.FISCAL && p.method() == SelectionMethod.DIRECT && !rules.fiscalDirectAllowed()) {
            throw MarketException.of("market.error.fiscalDirect");
        }
        checkWindow(p.signUpOpens(), p.signUpCloses());
        if (p.serviceWorkingDays() < 1 || p.serviceWorkingDays() > 1000) {
            throw MarketException.of("market.error.serviceDays");
        }
        if (p.approvingDepartmentCode() != null
                && !p.approvingDepartmentCode().isBlank()
                && !CreditCodes.isValid(p.approvingDepartmentCode().strip().toUpperCase(Locale.ROOT))) {
            throw MarketException.of("market.error.creditCode", p.approvingDepartmentCode());
        }
    }

    private void checkWindow(Instant opens, Instant closes) {
        if (opens == null || closes == null || !closes.isAfter(opens) || !closes.isAfter(ctx.now())) {
            throw MarketException.of("market.error.window");
        }
    }

    private Project insert(Connection c, long ownerAccountId, String owner, NewProject p, Long from)
            throws SQLException {
        Instant now = ctx.now();
        String approving = p.approvingDepartmentCode() == null
                        || p.approvingDepartmentCode().isBlank()
                ? null
                : p.approvingDepartmentCode().strip().toUpperCase(Locale.ROOT);
        String level = p.requiredLevel() == null || p.requiredLevel().isBlank()
                ? null
                : p.requiredLevel().strip();
        long id = Jdbc.insert(
                c,
                "INSERT INTO market_project (number, owner_account_id, owner_code, owner_name, jurisdiction_code,"
                        + " type_code, title, scope, price_ceiling, funding, method, required_level, requirements,"
                        + " signup_opens, signup_closes, service_days, approving_code, state, version, republished_from,"
                        + " owner_contract_ok, agency_contract_ok, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)",
                "NEW-" + java.util.UUID.randomUUID(),
                ownerAccountId,
                owner,
                p.ownerName().strip(),
                p.jurisdictionCode(),
                p.serviceTypeCode(),
                p.title().strip(),
                p.scope().strip(),
                p.priceCeiling(),
                p.funding(),
                p.method(),
                level,
                p.requirements() == null ? "" : p.requirements().strip(),
                Jdbc.truncate(p.signUpOpens()),
                Jdbc.truncate(p.signUpCloses()),
                p.serviceWorkingDays(),
                approving,
                AWAITING_SELECTION,
                from == null ? Jdbc.NULL_LONG : from,
                false,
                false,
                now);
        String number = "ZJ" + p.jurisdictionCode() + "-"
                + ctx.today().getYear() + "-"
                + String.format(Locale.ROOT, "%06d", id);
        Jdbc.update(c, "UPDATE market_project SET number = ? WHERE id = ?", number, id);
        ctx.workflows.load(
                TABLE,
                number,
                p.jurisdictionCode(),
                AWAITING_SELECTION.name(),
                "publish",
                p.title().strip());
        ctx.audit.record(
                "market.publish",
                "market-project/" + number,
                p.funding() + " " + p.method() + " " + p.priceCeiling().toPlainString() + "元 "
                        + p.title().strip() + (from == null ? "" : "（重新发布）"));
        return ProjectRows.byId(c, id).orElseThrow();
    }

    @Override
    public Project republish(long ownerAccountId, long failedProjectId, Instant opens, Instant closes) {
        String owner = ctx.organisation(ownerAccountId);
        checkWindow(opens, closes);
        return ctx.tx.required(c -> {
            Project old = owned(c, ownerAccountId, failedProjectId);
            if (old.state() != FAILED) {
                throw MarketException.of("market.error.notFailed");
            }
            if (Jdbc.one(c, "SELECT id FROM market_project WHERE republished_from = ?", r -> r.getLong(1), old.id())
                    .isPresent()) {
                throw MarketException.of("market.error.republished");
            }
            return insert(
                    c,
                    ownerAccountId,
                    owner,
                    new NewProject(
                            old.ownerName(),
                            old.jurisdictionCode(),
                            old.serviceTypeCode(),
                            old.title(),
                            old.scope(),
                            old.priceCeiling(),
                            old.funding(),
                            old.method(),
                            old.requiredLevel(),
                            old.requirements(),
                            opens,
                            closes,
                            old.serviceWorkingDays(),
                            old.approvingDepartmentCode()),
                    old.id());
        });
    }

    @Override
    public boolean mustUseMarket(Funding funding, BigDecimal amount) {
        return funding == Funding.FISCAL && amount != null && amount.compareTo(ctx.rules.fiscalThreshold()) < 0;
    }

    // ---- sign-up

    @Override
    public SignUp signUp(long agencyAccountId, long projectId, BigDecimal bid) {
        ctx.organisation(agencyAccountId);
        Instant now = ctx.now();
        LocalDate today = ctx.today();
        return ctx.tx.required(c -> {
            Agency agency = AgencyRows.byAccount(c, agencyAccountId)
                    .orElseThrow(() -> MarketException.of("market.error.noAgency"));
            if (agency.status() != AgencyStatus.PUBLISHED) {
                throw MarketException.of("market.error.agencyNotPublished");
            }
            Project p = locked(c, projectId);
            if (p.state() != AWAITING_SELECTION || now.isBefore(p.signUpOpens()) || !now.isBefore(p.signUpCloses())) {
                throw MarketException.of("market.error.signUpClosed");
            }
            BigDecimal price = null;
            if (PRICED.contains(p.method())) {
                if (bid == null || bid.signum() <= 0 || bid.scale() > 2) {
                    throw MarketException.of("market.error.bid");
                }
                if (bid.compareTo(p.priceCeiling()) > 0) {
                    throw MarketException.of(
                            "market.error.bidAboveCeiling", p.priceCeiling().toPlainString());
                }
                price = bid;
            }
            if (Jdbc.one(
                            c,
                            "SELECT id FROM market_signup WHERE project_id = ? AND agency_id = ?",
                            r -> r.getLong(1),
                            projectId,
                            agency.id())
                    .isPresent()) {
                throw MarketException.of("market.error.alreadySignedUp");
            }
            List<ExclusionReason> reasons = exclusions(c, p, agency, today);
            long id = Jdbc.insert(
                    c,
                    "INSERT INTO market_signup (project_id, agency_id, bid, signed_up_at, exclusions) VALUES (?, ?, ?, ?, ?)",
                    projectId,
                    agency.id(),
                    price == null ? NULL_DECIMAL : price,
                    now,
                    String.join(",", reasons.stream().map(Enum::name).toList()));
            ctx.audit.record(
                    "market.signUp",
                    "market-project/" + p.number(),
                    agency.creditCode() + " " + agency.name() + (price == null ? "" : " 报价" + price.toPlainString())
                            + (reasons.isEmpty() ? "" : " 排除：" + reasons));
            return Jdbc.one(
                            c,
                            "SELECT " + ProjectRows.SIGNUP_COLUMNS
                                    + " FROM market_signup s JOIN market_agency a ON a.id = s.agency_id WHERE s.id = ?",
                            ProjectRows::signUp,
                            id)
                    .orElseThrow();
        });
    }

    private List<ExclusionReason> exclusions(Connection c, Project p, Agency agency, LocalDate today)
            throws SQLException {
        List<ExclusionReason> reasons = new ArrayList<>();
        List<Qualification> held =
                AgencyRows.qualifications(c, agency.id(), today, ctx.rules.qualificationWarningDays()).stream()
                        .filter(q -> q.serviceTypeCode().equals(p.serviceTypeCode()))
                        .toList();
        List<Qualification> valid = held.stream()
                .filter(q -> q.status() != QualificationStatus.SUSPENDED)
                .toList();
        if (held.isEmpty()) {
            reasons.add(ExclusionReason.NO_QUALIFICATION);
        } else if (valid.isEmpty()) {
            long flagged = Jdbc.one(
                            c,
                            "SELECT COUNT(*) FROM market_qualification WHERE agency_id = ? AND type_code = ?"
                                    + " AND suspended = ?",
                            r -> r.getLong(1),
                            agency.id(),
                            p.serviceTypeCode(),
                            true)
                    .orElse(0L);
            reasons.add(flagged > 0 ? ExclusionReason.SUSPENDED : ExclusionReason.QUALIFICATION_EXPIRED);
        } else if (valid.stream().noneMatch(q -> q.meets(p.requiredLevel()))) {
            reasons.add(ExclusionReason.LEVEL_TOO_LOW);
        }
        if (credit.blackListEntry(c, agency.id(), today).isPresent()) {
            reasons.add(ExclusionReason.BLACKLISTED);
        }
        List<String> parties = new ArrayList<>(List.of(p.ownerCreditCode()));
        if (p.approvingDepartmentCode() != null) {
            parties.add(p.approvingDepartmentCode());
        }
        if (parties.contains(agency.creditCode())
                || Jdbc.one(
                                c,
                                "SELECT id FROM market_avoidance WHERE agency_code = ? AND party_code IN ("
                                        + Jdbc.marks(parties.size()) + ")",
                                r -> r.getLong(1),
                                concat(agency.creditCode(), parties))
                        .isPresent()) {
            reasons.add(ExclusionReason.CONFLICT_OF_INTEREST);
        }
        if (!agency.serviceArea().isEmpty()
                && agency.serviceArea().stream().noneMatch(area -> covers(area, p.jurisdictionCode()))) {
            reasons.add(ExclusionReason.OUTSIDE_SERVICE_AREA);
        }
        return reasons;
    }

    private static Object[] concat(String first, List<String> rest) {
        List<Object> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all.toArray();
    }

    /** Whether a division code (370100: the city) covers a jurisdiction (370102: one of its districts). */
    static boolean covers(String area, String jurisdiction) {
        String prefix = area;
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return jurisdiction.startsWith(prefix);
    }

    @Override
    public List<SignUp> signUps(Long accountId, long projectId) {
        Project p = ctx.tx
                .read(c -> ProjectRows.byId(c, projectId))
                .orElseThrow(() -> MarketException.of("market.error.projectNotFound", projectId));
        if (accountId == null) {
            if (ctx.now().isBefore(p.signUpCloses())) {
                ctx.access.check(MarketPermissions.READ, p.jurisdictionCode());
            }
        } else if (accountId != p.ownerAccountId() && ctx.now().isBefore(p.signUpCloses())) {
            throw MarketException.of("market.error.signUpsHidden");
        }
        return ctx.tx.read(c -> ProjectRows.signUps(c, projectId));
    }

    @Override
    public List<SignUp> ownSignUps(long agencyAccountId) {
        return ctx.tx.read(c -> {
            Optional<Agency> agency = AgencyRows.byAccount(c, agencyAccountId);
            if (agency.isEmpty()) {
                return List.of();
            }
            return Jdbc.list(
                    c,
                    "SELECT " + ProjectRows.SIGNUP_COLUMNS + " FROM market_signup s JOIN market_agency a"
                            + " ON a.id = s.agency_id WHERE s.agency_id = ? ORDER BY s.signed_up_at DESC, s.id DESC",
                    ProjectRows::signUp,
                    agency.get().id());
        });
    }

    // ---- selection

    @Override
    public DrawInputs fixDrawInputs(long projectId, String publicValue) {
        String value = MarketContext.text(publicValue, 200, "market.error.publicValue", true);
        if (value.contains("\n") || value.contains("\r")) {
            throw MarketException.of("market.error.publicValue", 200);
        }
        Project p = readable(projectId);
        ctx.access.check(MarketPermissions.SUPERVISE, p.jurisdictionCode());
        Instant now = ctx.now();
        return ctx.tx.required(c -> {
            Project locked = locked(c, projectId);
            if (!DRAWING.contains(locked.method())) {
                throw MarketException.of("market.error.noDraw");
            }
            if (locked.state() != AWAITING_SELECTION || now.isBefore(locked.signUpCloses())) {
                throw MarketException.of("market.error.signUpOpen");
            }
            if (drawRow(c, projectId).isPresent()) {
                throw MarketException.of("market.error.drawFixed");
            }
            List<String> candidates = ProjectRows.signUps(c, projectId).stream()
                    .filter(SignUp::valid)
                    .map(SignUp::creditCode)
                    .toList();
            DrawInputs inputs = Draw.inputs(locked.number(), candidates, value, now);
            Jdbc.update(
                    c,
                    "INSERT INTO market_draw (project_id, inputs, fixed_at) VALUES (?, ?, ?)",
                    projectId,
                    inputs.toText(),
                    now);
            ctx.audit.record(
                    "market.drawInputs",
                    "market-project/" + locked.number(),
                    inputs.candidates().size() + "家 SHA-256 " + inputs.candidatesSha256() + " 公开值 " + value + " "
                            + inputs.algorithm());
            return inputs;
        });
    }

    private record DrawRow(DrawInputs inputs, List<String> ranked, Instant ranAt) {}

    private static Optional<DrawRow> drawRow(Connection c, long projectId) throws SQLException {
        return Jdbc.one(
                c,
                "SELECT inputs, fixed_at, ranked, ran_at FROM market_draw WHERE project_id = ?",
                r -> {
                    String ranked = r.getString("ranked");
                    return new DrawRow(
                            DrawText.parse(r.getString("inputs"), Jdbc.instant(r, "fixed_at")),
                            ranked == null || ranked.isEmpty() ? null : List.of(ranked.split("\n")),
                            Jdbc.instant(r, "ran_at"));
                },
                projectId);
    }

    @Override
    public Optional<DrawInputs> drawInputs(long projectId) {
        return ctx.tx.read(c -> drawRow(c, projectId).map(DrawRow::inputs));
    }

    @Override
    public Selection runSelection(long projectId) {
        Project p = readable(projectId);
        ctx.access.check(MarketPermissions.SUPERVISE, p.jurisdictionCode());
        Instant now = ctx.now();
        return ctx.tx.required(c -> {
            Project locked = locked(c, projectId);
            if (locked.method() == SelectionMethod.DIRECT) {
                throw MarketException.of("market.error.directByOwner");
            }
            if (locked.state() != AWAITING_SELECTION || now.isBefore(locked.signUpCloses())) {
                throw MarketException.of("market.error.signUpOpen");
            }
            if (selectionRow(c, projectId).isPresent()) {
                throw MarketException.of("market.error.selected");
            }
            List<SignUp> valid = ProjectRows.signUps(c, projectId).stream()
                    .filter(SignUp::valid)
                    .toList();
            DrawResult draw = null;
            if (DRAWING.contains(locked.method())) {
                DrawInputs inputs = drawRow(c, projectId)
                        .map(DrawRow::inputs)
                        .orElseThrow(() -> MarketException.of("market.error.drawInputsMissing"));
                Set<String> fixed = new java.util.HashSet<>(inputs.candidates());
                valid = valid.stream()
                        .filter(s -> fixed.contains(s.creditCode()))
                        .toList();
                if (!valid.isEmpty()) {
                    draw = Draw.run(inputs, now);
                    Jdbc.update(
                            c,
                            "UPDATE market_draw SET ranked = ?, ran_at = ? WHERE project_id = ?",
                            String.join("\n", draw.ranked()),
                            now,
                            projectId);
                    ctx.audit.record(
                            "market.draw",
                            "market-project/" + locked.number(),
                            "键 " + draw.key() + " 结果 " + draw.ranked().size() + "家，首位 " + draw.winner());
                    ctx.event(
                            MarketTopics.DRAW,
                            "market-project/" + locked.number(),
                            Map.of("project", locked.number(), "winner", draw.winner(), "key", draw.key()));
                }
            }
            Map<Long, BigDecimal> scores = new HashMap<>();
            if (locked.method() == SelectionMethod.COMPARISON) {
                for (SignUp s : valid) {
                    scores.put(
                            s.agencyId(),
                            credit.score(c, s.agencyId(), ctx.today().getYear()).total());
                }
            }
            Selection selection = Selector.select(locked, valid, draw, ctx.rules, scores, now);
            storeSelection(c, selection);
            if (selection.failed()) {
                fail(c, locked, "fail", selection.failureReason(), true);
            } else if (selection.winnerAgencyId() != null) {
                won(
                        c,
                        locked,
                        selection.winnerAgencyId(),
                        selection.price(),
                        "select",
                        "选取结果：" + winnerName(c, selection),
                        true);
            } else {
                ctx.audit.record(
                        "market.shortlist", "market-project/" + locked.number(), "入围：" + selection.shortlist());
            }
            return selection(c, projectId).orElseThrow();
        });
    }

    private static String winnerName(Connection c, Selection s) throws SQLException {
        return Jdbc.one(c, "SELECT name FROM market_agency WHERE id = ?", r -> r.getString(1), s.winnerAgencyId())
                .orElse("");
    }

    private void storeSelection(Connection c, Selection s) throws SQLException {
        BigDecimal factor = s.bestPrice() == null ? null : s.bestPrice().factor();
        if (Jdbc.update(
                        c,
                        "UPDATE market_selection SET winner_agency_id = ?, price = ?, reason = ?, decided_at = ?"
                                + " WHERE project_id = ?",
                        s.winnerAgencyId() == null ? Jdbc.NULL_LONG : s.winnerAgencyId(),
                        s.price() == null ? NULL_DECIMAL : s.price(),
                        s.reason(),
                        s.decidedAt(),
                        s.projectId())
                > 0) {
            return;
        }
        Jdbc.update(
                c,
                "INSERT INTO market_selection (project_id, method, failed, failure_reason, winner_agency_id, price,"
                        + " shortlist, factor, reason, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.projectId(),
                s.method(),
                s.failed(),
                s.failureReason(),
                s.winnerAgencyId() == null ? Jdbc.NULL_LONG : s.winnerAgencyId(),
                s.price() == null ? NULL_DECIMAL : s.price(),
                String.join(",", s.shortlist().stream().map(String::valueOf).toList()),
                factor == null ? NULL_DECIMAL : factor,
                s.reason(),
                s.decidedAt());
    }

    private void won(
            Connection c, Project p, long agency, BigDecimal price, String action, String comment, boolean office)
            throws SQLException {
        Instant ends = ctx.workingDaysAfter(p.jurisdictionCode(), ctx.now(), ctx.rules.publicityWorkingDays());
        Jdbc.update(
                c,
                "UPDATE market_project SET winner_agency_id = ?, price = ?, publicity_ends = ? WHERE id = ?",
                agency,
                price,
                ends,
                p.id());
        move(c, p, action, PUBLICITY, comment, office);
    }

    @Override
    public Selection choose(long ownerAccountId, long projectId, long agencyId, String reason) {
        ctx.organisation(ownerAccountId);
        String why = MarketContext.text(reason, 500, "market.error.reason", true);
        Instant now = ctx.now();
        return ctx.tx.required(c -> {
            Project p = owned(c, ownerAccountId, projectId);
            if (p.state() != AWAITING_SELECTION) {
                throw MarketException.of("market.error.state", p.state().label());
            }
            Optional<Selection> existing = selectionRow(c, projectId);
            if (p.method() == SelectionMethod.DIRECT) {
                if (p.funding() == Funding.FISCAL && !ctx.rules.fiscalDirectAllowed()) {
                    throw MarketException.of("market.error.ownerPicksFiscal");
                }
            } else if (p.method() == SelectionMethod.COMPARISON) {
                if (existing.isEmpty() || !existing.get().shortlist().contains(agencyId)) {
                    throw MarketException.of("market.error.notShortlisted");
                }
            } else {
                throw MarketException.of(
                        p.funding() == Funding.FISCAL
                                ? "market.error.ownerPicksFiscal"
                                : "market.error.methodNoChoice");
            }
            SignUp chosen = ProjectRows.signUps(c, projectId).stream()
                    .filter(s -> s.agencyId() == agencyId && s.valid())
                    .findFirst()
                    .orElseThrow(() -> MarketException.of("market.error.notCandidate"));
            Selection selection = new Selection(
                    projectId,
                    p.method(),
                    false,
                    null,
                    agencyId,
                    p.priceCeiling(),
                    existing.map(Selection::shortlist).orElse(List.of()),
                    null,
                    null,
                    why,
                    now);
            storeSelection(c, selection);
            won(c, p, agencyId, p.priceCeiling(), "choose", "业主选定 " + chosen.agencyName() + "：" + why, false);
            return selection(c, projectId).orElseThrow();
        });
    }

    @Override
    public Optional<Selection> selection(long projectId) {
        return ctx.tx.read(c -> selection(c, projectId));
    }

    private Optional<Selection> selection(Connection c, long projectId) throws SQLException {
        Optional<Selection> row = selectionRow(c, projectId);
        if (row.isEmpty()) {
            return row;
        }
        Selection s = row.get();
        Optional<DrawRow> draw = drawRow(c, projectId);
        DrawResult result = draw.filter(d -> d.ranked() != null)
                .map(d -> new DrawResult(d.inputs(), Draw.key(d.inputs()), d.ranked(), d.ranAt()))
                .orElse(null);
        BestPrice best = null;
        BigDecimal factor = CreditBook.first(Jdbc.list(
                c, "SELECT factor FROM market_selection WHERE project_id = ?", r -> r.getBigDecimal(1), projectId));
        if (factor != null && result != null) {
            Set<String> drawn = new java.util.HashSet<>(result.inputs().candidates());
            List<BigDecimal> bids = ProjectRows.signUps(c, projectId).stream()
                    .filter(su -> su.valid() && drawn.contains(su.creditCode()))
                    .map(SignUp::bid)
                    .toList();
            best = BestPrice.compute(bids, factor);
        }
        return Optional.of(new Selection(
                s.projectId(),
                s.method(),
                s.failed(),
                s.failureReason(),
                s.winnerAgencyId(),
                s.price(),
                s.shortlist(),
                result,
                best,
                s.reason(),
                s.decidedAt()));
    }

    private static Optional<Selection> selectionRow(Connection c, long projectId) throws SQLException {
        return Jdbc.one(
                c,
                "SELECT project_id, method, failed, failure_reason, winner_agency_id, price, shortlist, reason, decided_at"
                        + " FROM market_selection WHERE project_id = ?",
                r -> {
                    long winner = r.getLong("winner_agency_id");
                    Long winnerId = r.wasNull() ? null : winner;
                    String list = r.getString("shortlist");
                    return new Selection(
                            r.getLong("project_id"),
                            SelectionMethod.valueOf(r.getString("method")),
                            r.getBoolean("failed"),
                            r.getString("failure_reason"),
                            winnerId,
                            r.getBigDecimal("price"),
                            list.isEmpty()
                                    ? List.of()
                                    : java.util.Arrays.stream(list.split(","))
                                            .map(Long::valueOf)
                                            .toList(),
                            null,
                            null,
                            r.getString("reason"),
                            Jdbc.instant(r, "decided_at"));
                },
                projectId);
    }

    // ---- publicity and objections

    @Override
    public Objection object(long agencyAccountId, long projectId, String text) {
        ctx.organisation(agencyAccountId);
        String statement = MarketContext.text(text, 1000, "market.error.objection", true);
        Instant now = ctx.now();
        return ctx.tx.required(c -> {
            Agency agency = AgencyRows.byAccount(c, agencyAccountId)
                    .orElseThrow(() -> MarketException.of("market.error.noAgency"));
            Project p = locked(c, projectId);
            if (p.state() != PUBLICITY || !now.isBefore(p.publicityEnds())) {
                throw MarketException.of("market.error.publicityOver");
            }
            if (ProjectRows.signUps(c, projectId).stream().noneMatch(s -> s.agencyId() == agency.id())) {
                throw MarketException.of("market.error.notSignedUp");
            }
            long id = Jdbc.insert(
                    c,
                    "INSERT INTO market_objection (project_id, agency_id, text, lodged_at, state) VALUES (?, ?, ?, ?, ?)",
                    projectId,
                    agency.id(),
                    statement,
                    now,
                    ObjectionState.LODGED);
            ctx.audit.record("market.object", "market-project/" + p.number(), agency.name() + "：" + statement);
            return objection(c, id).orElseThrow();
        });
    }

    @Override
    public Objection answerObjection(long objectionId, boolean upheld, String answer) {
        String text = MarketContext.text(answer, 1000, "market.error.answer", true);
        Objection objection = ctx.tx
                .read(c -> objection(c, objectionId))
                .orElseThrow(() -> MarketException.of("market.error.objectionNotFound", objectionId));
        Project p = readable(objection.projectId());
        ctx.access.check(MarketPermissions.SUPERVISE, p.jurisdictionCode());
        return ctx.tx.required(c -> {
            Project locked = locked(c, p.id());
            int changed = Jdbc.update(
                    c,
                    "UPDATE market_objection SET state = ?, answer = ?, answered_by = ? WHERE id = ? AND state = 'LODGED'",
                    upheld ? ObjectionState.UPHELD : ObjectionState.DISMISSED,
                    text,
                    ctx.actor(),
                    objectionId);
            if (changed == 0) {
                throw MarketException.of("market.error.objectionAnswered");
            }
            ctx.audit.record(
                    "market.answerObjection",
                    "market-project/" + locked.number(),
                    (upheld ? "异议成立：" : "异议不成立：") + text);
            if (upheld && locked.state() == PUBLICITY) {
                fail(c, locked, "upholdObjection", "异议成立，结果无效：" + text, true);
            }
            return objection(c, objectionId).orElseThrow();
        });
    }

    private static Optional<Objection> objection(Connection c, long id) throws SQLException {
        return Jdbc.one(
                c,
                "SELECT id, project_id, agency_id, text, lodged_at, state, answer, answered_by FROM market_objection"
                        + " WHERE id = ?",
                JdbcProjects::objectionRow,
                id);
    }

    private static Objection objectionRow(java.sql.ResultSet r) throws SQLException {
        return new Objection(
                r.getLong("id"),
                r.getLong("project_id"),
                r.getLong("agency_id"),
                r.getString("text"),
                Jdbc.instant(r, "lodged_at"),
                ObjectionState.valueOf(r.getString("state")),
                r.getString("answer"),
                r.getString("answered_by"));
    }

    @Override
    public List<Objection> objections(long projectId) {
        return ctx.tx.read(c -> Jdbc.list(
                c,
                "SELECT id, project_id, agency_id, text, lodged_at, state, answer, answered_by FROM market_objection"
                        + " WHERE project_id = ? ORDER BY id",
                JdbcProjects::objectionRow,
                projectId));
    }

    @Override
    public Project confirmResult(long ownerAccountId, long projectId) {
        ctx.organisation(ownerAccountId);
        Instant now = ctx.now();
        return ctx.tx.required(c -> {
            Project p = owned(c, ownerAccountId, projectId);
            if (p.state() != PUBLICITY) {
                throw MarketException.of("market.error.state", p.state().label());
            }
            if (now.isBefore(p.publicityEnds())) {
                throw MarketException.of("market.error.publicityRunning");
            }
            if (Jdbc.one(
                            c,
                            "SELECT id FROM market_objection WHERE project_id = ? AND state = 'LODGED'",
                            r -> r.getLong(1),
                            projectId)
                    .isPresent()) {
                throw MarketException.of("market.error.objectionsPending");
            }
            Instant due = ctx.workingDaysAfter(p.jurisdictionCode(), now, ctx.rules.winnerConfirmWorkingDays());
            Jdbc.update(c, "UPDATE market_project SET confirm_due = ? WHERE id = ?", due, projectId);
            ctx.timers.schedule(TIMER, projectId + "/confirm", due, Map.of("project", p.number()));
            move(c, p, "confirmResult", AWAITING_CONFIRMATION, "业主确认选取结果", false);
            return ProjectRows.byId(c, projectId).orElseThrow();
        });
    }

    // ---- the winner's confirmation and the contract

    @Override
    public Project acceptWin(long agencyAccountId, long projectId) {
        ctx.organisation(agencyAccountId);
        LocalDate today = ctx.today();
        return ctx.tx.required(c -> {
            Project p = won(c, agencyAccountId, projectId, AWAITING_CONFIRMATION);
            ctx.timers.cancel(TIMER, projectId + "/confirm");
            boolean qualified =
                    AgencyRows.qualifications(c, p.winnerAgencyId(), today, ctx.rules.qualificationWarningDays())
                            .stream()
                            .anyMatch(q -> q.serviceTypeCode().equals(p.serviceTypeCode())
                                    && q.status() != QualificationStatus.SUSPENDED
                                    && q.meets(p.requiredLevel()));
            if (!qualified) {
                credit.record(
                        c,
                        p.winnerAgencyId(),
                        ConductRule.EXPIRED_QUALIFICATION_USED,
                        p.number(),
                        "确认中选时该类资质已过期或被暂停（" + today + "）");
                fail(c, p, "expiredQualification", "中选机构资质已过期，结果无效", false);
                return ProjectRows.byId(c, projectId).orElseThrow();
            }
            Instant due = ctx.workingDaysAfter(p.jurisdictionCode(), ctx.now(), ctx.rules.contractWorkingDays());
            ctx.timers.schedule(TIMER, projectId + "/contract", due, Map.of("project", p.number()));
            move(c, p, "acceptWin", AWAITING_CONTRACT, "中选机构确认承接", false);
            return ProjectRows.byId(c, projectId).orElseThrow();
        });
    }

    @Override
    public Project refuseWin(long agencyAccountId, long projectId, String reason) {
        ctx.organisation(agencyAccountId);
        String why = MarketContext.text(reason, 500, "market.error.reason", true);
        return ctx.tx.required(c -> {
            Project p = won(c, agencyAccountId, projectId, AWAITING_CONFIRMATION);
            ctx.timers.cancel(TIMER, projectId + "/confirm");
            credit.record(c, p.winnerAgencyId(), ConductRule.REFUSED_WIN, p.number(), "中选后拒绝承接：" + why);
            fail(c, p, "refuseWin", "中选机构拒绝承接：" + why, false);
            return ProjectRows.byId(c, projectId).orElseThrow();
        });
    }

    @Override
    public Project uploadContract(long accountId, long projectId, String fileName, byte[] content) {
        ctx.organisation(accountId);
        return ctx.tx.required(c -> {
            Project p = locked(c, projectId);
            party(c, accountId, p);
            if (p.state() != AWAITING_CONTRACT && p.state() != CONTRACT_REVIEW) {
                throw MarketException.of("market.error.state", p.state().label());
            }
            document(c, p, accountId, ProjectDocument.CONTRACT, UploadKind.DOCUMENT, fileName, content);
            Jdbc.update(
                    c,
                    "UPDATE market_project SET owner_contract_ok = ?, agency_contract_ok = ? WHERE id = ?",
                    false,
                    false,
                    projectId);
            if (p.state() == AWAITING_CONTRACT) {
                move(c, p, "uploadContract", CONTRACT_REVIEW, "上传合同", false);
            }
            return ProjectRows.byId(c, projectId).orElseThrow();
        });
    }

    @Override
    public Project confirmContract(long accountId, long projectId) {
        ctx.organisation(accountId);
        Instant now = ctx.now();
        return ctx.tx.required(c -> {
            Project p = locked(c, projectId);
            boolean owner = party(c, accountId, p);
            if (p.state() != CONTRACT_REVIEW) {
                throw MarketException.of("market.error.state", p.state().label());
            }
            Jdbc.update(
                    c,
                    "UPDATE market_project SET " + (owner ? "owner_contract_ok" : "agency_contract_ok")
                            + " = ? WHERE id = ?",
                    true,
                    projectId);
            ctx.audit.record("market.confirmContract", "market-project/" + p.number(), owner ? "业主确认合同" : "中介机构确认合同");
            boolean both = Jdbc.one(
                            c,
                            "SELECT owner_contract_ok, agency_contract_ok FROM market_project WHERE id = ?",
                            r -> r.getBoolean(1) && r.getBoolean(2),
                            projectId)
                    .orElse(false);
            if (both) {
                ctx.timers.cancel(TIMER, projectId + "/contract");
                Instant due = ctx.workingDaysAfter(p.jurisdictionCode(), now, p.serviceWorkingDays());
                Jdbc.update(c, "UPDATE market_project SET service_due = ? WHERE id = ?", due, projectId);
                int warnAfter = p.serviceWorkingDays() - ctx.rules.serviceWarningWorkingDays();
                if (warnAfter > 0) {
                    ctx.timers.schedule(
                            TIMER,
                            projectId + "/warning",
                            ctx.workingDaysAfter(p.jurisdictionCode(), now, warnAfter),
                            Map.of("project", p.number(), "due", due.toString()));
                }
                ctx.timers.schedule(
                        TIMER,
                        projectId + "/late",
                        ctx.workingDaysAfter(p.jurisdictionCode(), due, ctx.rules.lateWorkingDays())
                                .plusSeconds(60),
                        Map.of("project", p.number(), "due", due.toString()));
                move(c, p, "confirmContract", IN_SERVICE, "双方确认合同，服务期限至 " + due, false);
            }
            return ProjectRows.byId(c, projectId).orElseThrow();
        });
    }

    // ---- service and acceptance

    @Override
    public Project deliver(long agencyAccountId, long projectId, String fileName, byte[] content) {
        ctx.organisation(agencyAccountId);
        Instant now = ctx.now();
        return ctx.tx.required(c -> {
            Project p = won(c, agencyAccountId, projectId, IN_SERVICE);
            document(c, p, agencyAccountId, ProjectDocument.RESULT, UploadKind.MATERIAL, fileName, content);
            Jdbc.update(c, "UPDATE market_project SET delivered_on = ? WHERE id = ?", ctx.today(), projectId);
            ctx.timers.cancel(TIMER, projectId + "/warning");
            int late = ctx.workingDaysLate(p.jurisdictionCode(), p.serviceDue(), now);
            if (late > ctx.rules.lateWorkingDays()) {
                recordLate(c, p, "成果逾期" + late + "个工作日提交（期限 " + p.serviceDue() + "）");
            }
            move(c, p, "deliver", AWAITING_ACCEPTANCE, late > 0 ? "提交成果，逾期" + late + "个工作日" : "按期提交成果", false);
            return ProjectRows.byId(c, projectId).orElseThrow();
        });
    }

    private void recordLate(Connection c, Project p, String evidence) throws SQLException {
        boolean recorded = Jdbc.one(
                        c,
                        "SELECT id FROM market_conduct WHERE project_number = ? AND rule = 'LATE_SERVICE'",
                        r -> r.getLong(1),
                        p.number())
                .isPresent();
        if (!recorded) {
            credit.record(c, p.winnerAgencyId(), ConductRule.LATE_SERVICE, p.number(), evidence);
        }
    }

    @Override
    public Project accept(long ownerAccountId, long projectId) {
        ctx.organisation(ownerAccountId);
        return ctx.tx.required(c -> {
            Project p = owned(c, ownerAccountId, projectId);
            if (p.state() != AWAITING_ACCEPTANCE) {
                throw MarketException.of("market.error.state", p.state().label());
            }
            ctx.timers.cancel(TIMER, projectId + "/late");
            move(c, p, "accept", COMPLETED, "业主验收通过", false);
            return ProjectRows.byId(c, projectId).orElseThrow();
        });
    }

    @Override
    public Project returnResult(long ownerAccountId, long projectId, String reason) {
        ctx.organisation(ownerAccountId);
        String why = MarketContext.text(reason, 500, "market.error.reason", true);
        return ctx.tx.required(c -> {
            Project p = owned(c, ownerAccountId, projectId);
            if (p.state() != AWAITING_ACCEPTANCE) {
                throw MarketException.of("market.error.state", p.state().label());
            }
            move(c, p, "returnResult", IN_SERVICE, "退回成果：" + why, false);
            return ProjectRows.byId(c, projectId).orElseThrow();
        });
    }

    @Override
    public Rating rate(
            long ownerAccountId, long projectId, int quality, int timeliness, int attitude, int price, String comment) {
        ctx.organisation(ownerAccountId);
        for (int part : new int[] {quality, timeliness, attitude, price}) {
            if (part < 1 || part > 5) {
                throw MarketException.of("market.error.ratingPart");
            }
        }
        String text = MarketContext.text(comment, 500, "market.error.comment", false);
        return ctx.tx.required(c -> {
            Project p = owned(c, ownerAccountId, projectId);
            if (p.state() != COMPLETED) {
                throw MarketException.of("market.error.state", p.state().label());
            }
            Jdbc.update(
                    c,
                    "INSERT INTO market_rating (project_id, agency_id, quality, timeliness, attitude, price, comment,"
                            + " rated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    projectId,
                    p.winnerAgencyId(),
                    quality,
                    timeliness,
                    attitude,
                    price,
                    text,
                    ctx.now());
            move(c, p, "rate", RATED, "评价：质量" + quality + " 时效" + timeliness + " 态度" + attitude + " 价格" + price, false);
            return ProjectRows.ratings(c, p.winnerAgencyId()).stream()
                    .filter(r -> r.projectId() == projectId)
                    .findFirst()
                    .orElseThrow();
        });
    }

    @Override
    public Project terminate(long projectId, String reason) {
        String why = MarketContext.text(reason, 500, "market.error.reason", true);
        Project p = readable(projectId);
        ctx.access.check(MarketPermissions.SUPERVISE, p.jurisdictionCode());
        return ctx.tx.required(c -> {
            Project locked = locked(c, projectId);
            if (CLOSED.contains(locked.state())) {
                throw MarketException.of("market.error.state", locked.state().label());
            }
            cancelTimers(projectId);
            Jdbc.update(c, "UPDATE market_project SET closed_reason = ? WHERE id = ?", why, projectId);
            move(c, locked, "terminate", TERMINATED, why, true);
            return ProjectRows.byId(c, projectId).orElseThrow();
        });
    }

    private void cancelTimers(long projectId) {
        for (String kind : List.of("confirm", "contract", "warning", "late")) {
            ctx.timers.cancel(TIMER, projectId + "/" + kind);
        }
    }

    // ---- timers

    @Override
    public void fire(String id, Map<String, String> payload) {
        int slash = id.indexOf('/');
        long projectId = Long.parseLong(id.substring(0, slash));
        String kind = id.substring(slash + 1);
        ctx.tx.required(c -> {
            Optional<Project> found = ProjectRows.lock(c, projectId);
            if (found.isEmpty()) {
                return null;
            }
            Project p = found.get();
            switch (kind) {
                case "confirm" -> {
                    if (p.state() == AWAITING_CONFIRMATION) {
                        credit.record(
                                c,
                                p.winnerAgencyId(),
                                ConductRule.CONTRACT_NOT_SIGNED,
                                p.number(),
                                "未在" + ctx.rules.winnerConfirmWorkingDays() + "个工作日内确认中选");
                        fail(c, p, "lapse", "中选机构逾期未确认", false);
                    }
                }
                case "contract" -> {
                    if (p.state() == AWAITING_CONTRACT || p.state() == CONTRACT_REVIEW) {
                        boolean agencySigned = Jdbc.one(
                                        c,
                                        "SELECT agency_contract_ok FROM market_project WHERE id = ?",
                                        r -> r.getBoolean(1),
                                        projectId)
                                .orElse(false);
                        if (!agencySigned) {
                            credit.record(
                                    c,
                                    p.winnerAgencyId(),
                                    ConductRule.CONTRACT_NOT_SIGNED,
                                    p.number(),
                                    "未在" + ctx.rules.contractWorkingDays() + "个工作日内签订合同");
                        }
                        fail(c, p, "lapse", "逾期未签订合同", false);
                    }
                }
                case "warning" -> {
                    if (p.state() == IN_SERVICE) {
                        ctx.event(
                                MarketTopics.SERVICE_WARNING,
                                "market-project/" + p.number(),
                                Map.of("project", p.number(), "due", String.valueOf(p.serviceDue())));
                        ctx.audit.record(
                                "market.serviceWarning", "market-project/" + p.number(), "服务期限将至：" + p.serviceDue());
                    }
                }
                case "late" -> {
                    if (p.state() == IN_SERVICE) {
                        recordLate(
                                c, p, "服务期限 " + p.serviceDue() + " 届满后超过" + ctx.rules.lateWorkingDays() + "个工作日未提交成果");
                    }
                }
                default -> {
                    // an unknown kind is from a newer version; nothing to do here
                }
            }
            return null;
        });
    }

    // ---- reads

    @Override
    public Optional<Project> find(long projectId) {
        return ctx.tx.read(c -> ProjectRows.byId(c, projectId));
    }

    @Override
    public ProjectPage search(ProjectQuery query) {
        if (query == null || query.limit() < 1 || query.limit() > 100 || query.offset() < 0) {
            throw MarketException.of("market.error.page");
        }
        StringBuilder where = new StringBuilder(" FROM market_project p WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        String text = query.text() == null ? "" : query.text().strip();
        if (!text.isEmpty()) {
            where.append(" AND (p.title LIKE ? ESCAPE '\\' OR p.number LIKE ? ESCAPE '\\')");
            params.add(Jdbc.contains(text));
            params.add(Jdbc.contains(text.toUpperCase(Locale.ROOT)));
        }
        if (query.serviceTypeCode() != null && !query.serviceTypeCode().isBlank()) {
            where.append(" AND p.type_code = ?");
            params.add(query.serviceTypeCode().strip());
        }
        if (query.state() != null) {
            where.append(" AND p.state = ?");
            params.add(query.state());
        }
        if (query.jurisdictionCode() != null && !query.jurisdictionCode().isBlank()) {
            String prefix = query.jurisdictionCode().strip();
            while (prefix.length() > 2 && prefix.endsWith("00")) {
                prefix = prefix.substring(0, prefix.length() - 2);
            }
            where.append(" AND p.jurisdiction_code LIKE ?");
            params.add(prefix + "%");
        }
        return ctx.tx.read(c -> {
            long total = Jdbc.one(c, "SELECT COUNT(*)" + where, r -> r.getLong(1), params.toArray())
                    .orElse(0L);
            List<Object> page = new ArrayList<>(params);
            page.add(query.offset());
            page.add(query.limit());
            return new ProjectPage(
                    Jdbc.list(
                            c,
                            "SELECT " + ProjectRows.COLUMNS + where
                                    + " ORDER BY p.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                            ProjectRows::project,
                            page.toArray()),
                    total);
        });
    }

    @Override
    public List<Project> ownProjects(long ownerAccountId) {
        return ctx.tx.read(c -> Jdbc.list(
                c,
                "SELECT " + ProjectRows.COLUMNS
                        + " FROM market_project p WHERE p.owner_account_id = ? ORDER BY p.id DESC",
                ProjectRows::project,
                ownerAccountId));
    }

    @Override
    public List<ProjectDocument> documents(Long accountId, long projectId) {
        Project p = readable(projectId);
        mayReadDocuments(accountId, p);
        return ctx.tx.read(c -> Jdbc.list(
                c,
                "SELECT file_id, kind, name, uploaded_by, uploaded_at FROM market_document WHERE project_id = ? ORDER BY id",
                r -> new ProjectDocument(
                        r.getLong(1), r.getString(2), r.getString(3), r.getLong(4), Jdbc.instant(r, "uploaded_at")),
                projectId));
    }

    @Override
    public byte[] document(Long accountId, long projectId, long fileId) {
        Project p = readable(projectId);
        mayReadDocuments(accountId, p);
        boolean belongs = ctx.tx.read(c -> Jdbc.one(
                        c,
                        "SELECT id FROM market_document WHERE project_id = ? AND file_id = ?",
                        r -> r.getLong(1),
                        projectId,
                        fileId)
                .isPresent());
        if (!belongs) {
            throw MarketException.of("market.error.documentNotFound");
        }
        ctx.tx.required(c -> {
            ctx.audit.record("market.document", "market-project/" + p.number(), "查看文件 " + fileId);
            return null;
        });
        return ctx.files.content(fileId);
    }

    private void mayReadDocuments(Long accountId, Project p) {
        if (accountId == null) {
            ctx.access.check(MarketPermissions.READ, p.jurisdictionCode());
            return;
        }
        boolean winner = p.winnerAgencyId() != null
                && ctx.tx
                        .read(c -> AgencyRows.byAccount(c, accountId))
                        .map(a -> a.id() == p.winnerAgencyId())
                        .orElse(false);
        if (accountId != p.ownerAccountId() && !winner) {
            throw MarketException.of("market.error.notParty");
        }
    }

    @Override
    public List<HistoryEntry> history(long projectId) {
        Project p = readable(projectId);
        // The project's steps are public (交易全程公开); the workflow's own read checks a staff permission.
        return ctx.tx.read(c -> Jdbc.list(
                c,
                "SELECT from_state, action, to_state, actor, reason, occurred_at FROM platform_workflow_history"
                        + " WHERE kind = ? AND aggregate_id = ? ORDER BY id",
                r -> new HistoryEntry(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        Jdbc.instant(r, "occurred_at")),
                ProjectState.KIND,
                p.number()));
    }

    @Override
    public List<Rating> ratings(long agencyId) {
        return ctx.tx.read(c -> ProjectRows.ratings(c, agencyId));
    }

    @Override
    public MarketRules rules() {
        return ctx.rules;
    }

    // ---- helpers

    private Project readable(long projectId) {
        return ctx.tx
                .read(c -> ProjectRows.byId(c, projectId))
                .orElseThrow(() -> MarketException.of("market.error.projectNotFound", projectId));
    }

    private static Project locked(Connection c, long projectId) throws SQLException {
        return ProjectRows.lock(c, projectId)
                .orElseThrow(() -> MarketException.of("market.error.projectNotFound", projectId));
    }

    private static Project owned(Connection c, long ownerAccountId, long projectId) throws SQLException {
        Project p = locked(c, projectId);
        if (p.ownerAccountId() != ownerAccountId) {
            throw MarketException.of("market.error.notOwner");
        }
        return p;
    }

    /** The project, locked, if the account's agency won it and it is in {@code state}. */
    private static Project won(Connection c, long agencyAccountId, long projectId, ProjectState state)
            throws SQLException {
        Project p = locked(c, projectId);
        Optional<Agency> agency = AgencyRows.byAccount(c, agencyAccountId);
        if (agency.isEmpty() || p.winnerAgencyId() == null || agency.get().id() != p.winnerAgencyId()) {
            throw MarketException.of("market.error.notWinner");
        }
        if (p.state() != state) {
            throw MarketException.of("market.error.state", p.state().label());
        }
        return p;
    }

    /** True for the owner, false for the winner; refused for anyone else. */
    private static boolean party(Connection c, long accountId, Project p) throws SQLException {
        if (p.ownerAccountId() == accountId) {
            return true;
        }
        Optional<Agency> agency = AgencyRows.byAccount(c, accountId);
        if (agency.isPresent() && p.winnerAgencyId() != null && agency.get().id() == p.winnerAgencyId()) {
            return false;
        }
        throw MarketException.of("market.error.notParty");
    }

    private void document(
            Connection c, Project p, long accountId, String kind, UploadKind upload, String fileName, byte[] content)
            throws SQLException {
        if (content == null || content.length == 0) {
            throw MarketException.of("market.error.file", "");
        }
        StoredFile file;
        try {
            file = ctx.files.store(upload, fileName, content);
        } catch (FileRefusedException e) {
            throw MarketException.of("market.error.file", e.getMessage());
        }
        Jdbc.insert(
                c,
                "INSERT INTO market_document (project_id, file_id, kind, name, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?)",
                p.id(),
                file.id(),
                kind,
                file.name(),
                accountId,
                ctx.now());
        ctx.audit.record(
                "market." + kind.toLowerCase(Locale.ROOT),
                "market-project/" + p.number(),
                file.name() + " " + file.sha256());
    }

    private void fail(Connection c, Project p, String action, String reason, boolean office) throws SQLException {
        Jdbc.update(c, "UPDATE market_project SET closed_reason = ? WHERE id = ?", Jdbc.clip(reason, 500), p.id());
        cancelTimers(p.id());
        move(c, p, action, FAILED, reason, office);
    }

    /** Moves the case: the office's steps through the table with its permission, the parties' and the rules' by load. */
    private void move(Connection c, Project p, String action, ProjectState to, String comment, boolean office)
            throws SQLException {
        String reason = Jdbc.clip(comment, 1000);
        if (office) {
            WorkflowState state = ctx.workflows.state(TABLE, p.number()).orElseThrow();
            ctx.workflows.transition(TABLE, p.number(), action, state.version(), reason, Map.of());
        } else {
            ctx.workflows.load(TABLE, p.number(), p.jurisdictionCode(), to.name(), action, reason);
        }
        Jdbc.update(c, "UPDATE market_project SET state = ?, version = version + 1 WHERE id = ?", to, p.id());
        ctx.audit.record(
                "market." + action,
                "market-project/" + p.number(),
                p.state().label() + " → " + to.label() + "：" + reason);
    }
}
