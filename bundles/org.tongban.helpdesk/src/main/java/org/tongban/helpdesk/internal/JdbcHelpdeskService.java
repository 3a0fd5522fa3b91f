package org.tongban.helpdesk.internal;

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
import org.osgi.service.metatype.annotations.Designate;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.documents.Documents;
import org.tongban.helpdesk.AgencyFiling;
import org.tongban.helpdesk.Authorisation;
import org.tongban.helpdesk.CitizenHelp;
import org.tongban.helpdesk.HelpForm;
import org.tongban.helpdesk.HelpRating;
import org.tongban.helpdesk.HelpRequest;
import org.tongban.helpdesk.HelpdeskException;
import org.tongban.helpdesk.HelpdeskService;
import org.tongban.helpdesk.HelpdeskStatistics;
import org.tongban.helpdesk.LinkedCase;
import org.tongban.helpdesk.NewAuthorisation;
import org.tongban.helpdesk.NewRequest;
import org.tongban.helpdesk.NewTeam;
import org.tongban.helpdesk.Power;
import org.tongban.helpdesk.Precheck;
import org.tongban.helpdesk.RequestPage;
import org.tongban.helpdesk.RequestQuery;
import org.tongban.helpdesk.RequestRating;
import org.tongban.helpdesk.Satisfaction;
import org.tongban.helpdesk.Team;
import org.tongban.helpdesk.TimelineEntry;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.workflow.CaseNumbers;
import org.tongban.platform.workflow.Workflows;

/** Teams in {@code hd_team}, requests in {@code hd_request} on the {@link HelpdeskWorkflow}. */
@Component(
        service = {HelpdeskService.class, CitizenHelp.class, JdbcHelpdeskService.class},
        configurationPid = HelpdeskConfig.PID)
@Designate(ocd = HelpdeskConfig.class)
@Header(name = Database.CHANGELOG_HEADER, value = "db/helpdesk-changelog.xml")
public final class JdbcHelpdeskService implements HelpdeskService, CitizenHelp {
    private final HelpdeskContext ctx;
    private final Teams teams;
    private final Requests requests;
    private final Authorisations authorisations;
    private final Statistics statistics;
    private final Ratings ratings;
    private IntakeTracker intake;

    @Activate
    public JdbcHelpdeskService(
            BundleContext bundleContext,
            @Reference Database database,
            @Reference AccessControl accessControl,
            @Reference AuditLog auditLog,
            @Reference Jurisdictions jurisdictions,
            @Reference Workflows workflows,
            @Reference CaseNumbers caseNumbers,
            @Reference DomainEvents events,
            @Reference MatterCatalogue catalogue,
            @Reference Documents documents,
            HelpdeskConfig config) {
        this(new HelpdeskContext(
                database.transactions(),
                accessControl,
                auditLog,
                jurisdictions,
                workflows,
                caseNumbers,
                events,
                code -> catalogue
                        .publishedMatter(code)
                        .map(m -> new MatterLookup.MatterInfo(
                                m.name(),
                                m.inPersonOnly(),
                                m.visitReason(),
                                m.materials().stream()
                                        .map(x -> new MatterLookup.Item(x.name(), x.required()))
                                        .toList())),
                Settings.of(config),
                Clock.systemUTC()));
        setDocuments(documents);
        this.intake = new IntakeTracker(bundleContext, filer -> authorisations.filer = filer);
        intake.open();
    }

    @Deactivate
    void deactivate() {
        if (intake != null) {
            intake.close();
        }
    }

    JdbcHelpdeskService(HelpdeskContext ctx) {
        this.ctx = ctx;
        this.teams = new Teams(ctx);
        this.requests = new Requests(ctx);
        this.authorisations = new Authorisations(ctx, requests);
        this.statistics = new Statistics(ctx);
        this.ratings = new Ratings(ctx, requests);
    }

    /** Intake's receipt, set by the tracker or a test. */
    void setCaseFiler(CaseFiler filer) {
        authorisations.filer = filer;
    }

    /** The documents feature that seals the forms; without it (tests of the steps alone) no form is issued. */
    void setDocuments(Documents documents) {
        requests.forms.documents = documents;
    }

    HelpdeskContext context() {
        return ctx;
    }

    @Override
    public Team saveTeam(NewTeam team) {
        return teams.save(team);
    }

    @Override
    public Team addMember(long teamId, String username, String displayName) {
        return teams.addMember(teamId, username, displayName);
    }

    @Override
    public Team removeMember(long teamId, String username) {
        return teams.removeMember(teamId, username);
    }

    @Override
    public Team setTeamActive(long teamId, boolean active) {
        return teams.setActive(teamId, active);
    }

    @Override
    public List<Team> teams(String jurisdictionCode) {
        return teams.list(jurisdictionCode);
    }

    @Override
    public Optional<Team> team(long teamId) {
        return teams.find(teamId);
    }

    @Override
    public HelpRequest register(NewRequest request) {
        return requests.register(request);
    }

    @Override
    public HelpRequest ask(long accountId, NewRequest request) {
        return requests.registerForCitizen(accountId, request);
    }

    @Override
    public List<HelpRequest> mine(long accountId) {
        return requests.ofCitizen(accountId);
    }

    @Override
    public List<TimelineEntry> timeline(long accountId, long requestId) {
        return requests.citizenTimeline(accountId, requestId);
    }

    @Override
    public Optional<HelpRequest> find(long id) {
        return requests.find(id);
    }

    @Override
    public Optional<HelpRequest> findByNumber(String number) {
        return requests.findByNumber(number);
    }

    @Override
    public RequestPage requests(RequestQuery query) {
        return requests.list(query);
    }

    @Override
    public RequestPage mine(int offset, int limit) {
        return requests.mine(offset, limit);
    }

    @Override
    public List<TimelineEntry> timeline(long id) {
        return requests.timeline(id);
    }

    @Override
    public List<String> allowedActions(long id) {
        return requests.allowed(id);
    }

    @Override
    public HelpRequest assign(long id, long version, long teamId, String username, String reason) {
        return requests.assign(id, version, teamId, username, reason);
    }

    @Override
    public HelpRequest assignAutomatically(long id, long version) {
        return requests.assignAutomatically(id, version);
    }

    @Override
    public HelpRequest take(long id, long version) {
        return requests.take(id, version);
    }

    @Override
    public HelpRequest handOver(long id, long version, String username, String reason) {
        return requests.handOver(id, version, username, reason);
    }

    @Override
    public HelpRequest suspend(long id, long version, String reason) {
        return requests.ownerStep(
                id,
                version,
                "suspend",
                reason,
                Map.of(
                        "pauseKind", "OTHER",
                        "legalBasis", "帮办代办中止（申请人原因或待外部办理）",
                        "expectedDuration", "至中止原因消除",
                        "writtenNotice", "帮办代办中止告知"));
    }

    @Override
    public HelpRequest resume(long id, long version) {
        return requests.ownerStep(id, version, "resume", null, Map.of());
    }

    @Override
    public HelpRequest complete(long id, long version, String summary) {
        return requests.ownerStep(id, version, "complete", summary, Map.of());
    }

    @Override
    public HelpRequest terminate(long id, long version, String reason) {
        return requests.ownerStep(id, version, "terminate", reason, Map.of());
    }

    @Override
    public HelpRequest cancel(long id, long version, String reason) {
        return requests.cancel(id, version, reason);
    }

    @Override
    public HelpRequest note(long id, String text) {
        return requests.note(id, text);
    }

    @Override
    public Authorisation authorise(long requestId, NewAuthorisation authorisation) {
        return authorisations.authorise(requestId, authorisation);
    }

    @Override
    public List<Authorisation> authorisations(long requestId) {
        return authorisations.list(requestId);
    }

    @Override
    public Authorisation revokeAuthorisation(long requestId, String number, String reason) {
        return authorisations.revoke(requestId, number, reason);
    }

    @Override
    public Authorisation checkAgency(
            long requestId, String number, String fingerprint, Power power, String matterCode) {
        return authorisations.check(requestId, number, fingerprint, power, matterCode);
    }

    @Override
    public String fileIntakeCase(long requestId, AgencyFiling filing) {
        return authorisations.file(requestId, filing);
    }

    @Override
    public List<HelpdeskStatistics.Row> firstContactSpans(String jurisdictionCode, LocalDate from, LocalDate to) {
        return statistics.firstContactSpans(jurisdictionCode, from, to);
    }

    @Override
    public Satisfaction satisfaction(String jurisdictionCode, LocalDate from, LocalDate to) {
        return statistics.satisfaction(jurisdictionCode, from, to);
    }

    @Override
    public List<HelpdeskStatistics.Row> completionSpans(String jurisdictionCode, LocalDate from, LocalDate to) {
        return statistics.completionSpans(jurisdictionCode, from, to);
    }

    @Override
    public RequestRating recordRating(long requestId, HelpRating rating, String comment) {
        return ratings.recordAtWindow(requestId, rating, comment);
    }

    @Override
    public Optional<RequestRating> rating(long requestId) {
        return ratings.find(requestId);
    }

    @Override
    public HelpRequest request(long accountId, long requestId) {
        return requests.citizenRequest(accountId, requestId);
    }

    @Override
    public RequestRating rate(long accountId, long requestId, HelpRating rating, String comment) {
        return ratings.rateAsCitizen(accountId, requestId, rating, comment);
    }

    @Override
    public Optional<RequestRating> rating(long accountId, long requestId) {
        return ratings.ofCitizen(accountId, requestId);
    }

    @Override
    public List<HelpForm> forms(long requestId) {
        return ctx.tx.read(c -> {
            requests.readable(c, requestId, false);
            return requests.forms.list(c, requestId);
        });
    }

    @Override
    public byte[] formContent(long requestId, long documentId) {
        HelpRequest r = ctx.tx.read(c -> {
            HelpRequest readable = requests.readable(c, requestId, false);
            if (!requests.forms.belongs(c, requestId, documentId)) {
                throw HelpdeskException.of("helpdesk.error.formNotFound", documentId);
            }
            return readable;
        });
        Documents documents = requests.forms.documents;
        if (documents == null) {
            throw HelpdeskException.of("helpdesk.error.formNotFound", documentId);
        }
        return documents.contentForCase(documentId, r.number());
    }

    @Override
    public List<String> intakeCases(long requestId) {
        return authorisations.cases(requestId);
    }

    @Override
    public List<LinkedCase> linkedCases(long requestId) {
        return authorisations.linked(requestId);
    }

    @Override
    public HelpdeskStatistics statistics(String jurisdictionCode, java.time.LocalDate from, java.time.LocalDate to) {
        return statistics.of(jurisdictionCode, from, to);
    }

    @Override
    public Precheck precheck(long requestId, String matterCode, java.util.Set<String> present) {
        return requests.precheck(requestId, matterCode, present);
    }

    @Override
    public List<String> checklist(String matterCode) {
        return requests.checklist(matterCode);
    }
}
