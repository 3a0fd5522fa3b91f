package org.tongban.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.bundle.Header;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.tongban.evaluation.Channel;
import org.tongban.evaluation.CitizenRatings;
import org.tongban.evaluation.EvaluationException;
import org.tongban.evaluation.EvaluationPermissions;
import org.tongban.evaluation.EvaluationService;
import org.tongban.evaluation.EvaluationStatistics;
import org.tongban.evaluation.NewRating;
import org.tongban.evaluation.Rating;
import org.tongban.evaluation.Rectification;
import org.tongban.evaluation.Reviewer;
import org.tongban.evaluation.Verdict;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.StaffDirectory;
import org.tongban.platform.scheduler.TimerHandler;
import org.tongban.platform.scheduler.Timers;
import org.tongban.platform.workflow.WorkflowClock;
import org.tongban.platform.workflow.Workflows;

/**
 * Ratings in {@code eval_rating}, tablets in {@code eval_tablet}, close-outs in {@code eval_rectification} on the
 * {@link RectificationWorkflow}. Also the handler of the evaluation's timers: the default rating and the close-out
 * limits.
 */
@Component(
        service = {EvaluationService.class, CitizenRatings.class, TimerHandler.class, JdbcEvaluationService.class},
        property = TimerHandler.NAME + "=" + Ratings.TIMER,
        configurationPid = EvaluationConfig.PID)
@Designate(ocd = EvaluationConfig.class)
@Header(name = Database.CHANGELOG_HEADER, value = "db/evaluation-changelog.xml")
public final class JdbcEvaluationService implements EvaluationService, CitizenRatings, TimerHandler {
    private final EvaluationContext ctx;
    private final Rectifications rectifications;
    private final UnitMembers units;
    private final Ratings ratings;
    private final Tablets tablets;
    private final Statistics statistics;

    private IntakeTracker intake;

    @Activate
    public JdbcEvaluationService(
            BundleContext bundleContext,
            @Reference Database database,
            @Reference AccessControl accessControl,
            @Reference AuditLog auditLog,
            @Reference Workflows workflows,
            @Reference Timers timers,
            @Reference DomainEvents events,
            EvaluationConfig config) {
        this(new EvaluationContext(
                database.transactions(),
                accessControl,
                auditLog,
                workflows,
                timers,
                events,
                Settings.of(config),
                Clock.systemUTC()));
        this.intake = new IntakeTracker(bundleContext, source -> ctx.caseSource = source);
        intake.open();
    }

    @Deactivate
    void deactivate() {
        if (intake != null) {
            intake.close();
        }
    }

    JdbcEvaluationService(EvaluationContext ctx) {
        this.ctx = ctx;
        this.units = new UnitMembers(ctx);
        this.rectifications = new Rectifications(ctx, units);
        this.ratings = new Ratings(ctx, rectifications);
        this.tablets = new Tablets(ctx, ratings);
        this.statistics = new Statistics(ctx);
    }

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setWorkflowClock(WorkflowClock clock) {
        ctx.workflowClock = clock;
    }

    public void unsetWorkflowClock(WorkflowClock clock) {
        if (ctx.workflowClock == clock) {
            ctx.workflowClock = null;
        }
    }

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setStaffDirectory(StaffDirectory staff) {
        ctx.staff = staff;
    }

    public void unsetStaffDirectory(StaffDirectory staff) {
        if (ctx.staff == staff) {
            ctx.staff = null;
        }
    }

    /** The citizens' cases (intake), set by the tracker or a test. */
    void setCaseSource(CaseSource source) {
        ctx.caseSource = source;
    }

    /** Opens a rating from an event (a finished case or visit), in the event's transaction. */
    long invite(RatingStore.Invitation invitation) {
        return ctx.tx.required(c -> ratings.invite(c, invitation));
    }

    /** Binds a window's tablet to a known token, for the demo's windows only. */
    void bindTablet(String jurisdictionCode, String hall, String window, String token) {
        tablets.bind(jurisdictionCode, hall, window, token);
    }

    @Override
    public List<PendingCase> pending(long accountId) {
        return ratings.pending(accountId);
    }

    @Override
    public Rating rateCase(long accountId, String caseNumber, NewRating rating) {
        return ratings.rateCase(accountId, caseNumber, rating);
    }

    @Override
    public Rating amendCase(long accountId, String caseNumber, NewRating rating) {
        return ratings.amendCase(accountId, caseNumber, rating);
    }

    @Override
    public Optional<Rating> ofCase(long accountId, String caseNumber) {
        return ratings.ofCase(accountId, caseNumber);
    }

    @Override
    public Tablet tablet(String token) {
        return tablets.tablet(token);
    }

    @Override
    public Rating rateVisit(String token, long ratingId, NewRating rating) {
        return tablets.rateVisit(token, ratingId, rating);
    }

    @Override
    public String issueTabletToken(String jurisdictionCode, String hall, String window) {
        return tablets.issue(jurisdictionCode, hall, window);
    }

    @Override
    public List<Rating> ratings(String jurisdictionCode, Channel channel, boolean badOnly, int limit) {
        ctx.access.check(EvaluationPermissions.READ, jurisdictionCode);
        return ctx.tx.read(c -> Jdbc.list(
                        c,
                        "SELECT " + RatingStore.COLUMNS + " FROM eval_rating r WHERE r.jurisdiction_code LIKE ?"
                                + (channel == null ? "" : " AND r.channel = '" + channel.name() + "'")
                                + (badOnly ? " AND r.state = 'RATED' AND r.score <= 2" : "")
                                + " ORDER BY r.invited_at DESC, r.id DESC",
                        RatingStore::rating,
                        Scope.like(jurisdictionCode))
                .stream()
                .limit(Math.max(1, Math.min(limit, 1000)))
                .toList());
    }

    @Override
    public Reviewer reviewer(long ratingId) {
        return ctx.tx.required(c -> {
            Rating r = RatingStore.find(c, ratingId, false)
                    .filter(x -> ctx.access.isPermitted(EvaluationPermissions.READ, x.jurisdictionCode()))
                    .orElseThrow(() -> EvaluationException.of("evaluation.error.ratingNotFound", ratingId));
            if (!r.contactable()) {
                ctx.access.check(EvaluationPermissions.REVIEWER, r.jurisdictionCode());
            }
            ctx.audit.record("evaluation.reviewer", "evaluation/" + ratingId, r.contactable() ? "同意联系" : "查看评价人");
            return RatingStore.reviewer(c, ratingId).orElseThrow();
        });
    }

    @Override
    public List<Rectification> rectifications(String jurisdictionCode, boolean openOnly) {
        return rectifications.list(jurisdictionCode, openOnly);
    }

    @Override
    public Rectification rectification(long id) {
        return rectifications.find(id);
    }

    @Override
    public Rectification verify(long id, long version, Verdict verdict, String finding) {
        return rectifications.verify(id, version, verdict, finding);
    }

    @Override
    public Rectification report(long id, long version, String report) {
        return rectifications.report(id, version, report);
    }

    @Override
    public Rectification recordCallback(long id, String note) {
        return rectifications.recordCallback(id, note);
    }

    @Override
    public Rectification review(long id, long version, boolean accept, String reason) {
        return rectifications.review(id, version, accept, reason);
    }

    @Override
    public List<String> unitMembers(String jurisdictionCode, String unit) {
        return units.members(jurisdictionCode, unit);
    }

    @Override
    public void addUnitMember(String jurisdictionCode, String unit, String username) {
        units.add(jurisdictionCode, unit, username);
    }

    @Override
    public void removeUnitMember(String jurisdictionCode, String unit, String username) {
        units.remove(jurisdictionCode, unit, username);
    }

    @Override
    public EvaluationStatistics statistics(String jurisdictionCode, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw EvaluationException.of("evaluation.error.period");
        }
        return statistics.of(jurisdictionCode, from, to);
    }

    @Override
    public void fire(String id, Map<String, String> payload) {
        if (id.startsWith(Rectifications.RECTIFY)) {
            rectifications.fire(Long.parseLong(id.substring(Rectifications.RECTIFY.length())), payload);
        } else if (id.startsWith(Ratings.DEFAULT)) {
            ratings.fireDefault(Long.parseLong(id.substring(Ratings.DEFAULT.length())));
        }
    }
}
