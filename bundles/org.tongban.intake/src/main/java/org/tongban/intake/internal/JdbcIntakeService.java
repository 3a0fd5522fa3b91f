package org.tongban.intake.internal;

import static org.tongban.intake.IntakePermissions.ACCEPT;
import static org.tongban.intake.IntakePermissions.ASSIGN;
import static org.tongban.intake.IntakePermissions.DECIDE;
import static org.tongban.intake.IntakePermissions.EXTEND;
import static org.tongban.intake.IntakePermissions.PII;
import static org.tongban.intake.IntakePermissions.REVIEW;
import static org.tongban.intake.IntakePermissions.VERIFY;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.bundle.Header;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.credit.CreditRecords;
import org.tongban.documents.CertificateLibrary;
import org.tongban.documents.Documents;
import org.tongban.intake.ApplicantStanding;
import org.tongban.intake.ApplicationForm;
import org.tongban.intake.CaseFile;
import org.tongban.intake.CaseFiles;
import org.tongban.intake.CaseGroup;
import org.tongban.intake.Delivery;
import org.tongban.intake.Draft;
import org.tongban.intake.DraftSubject;
import org.tongban.intake.FinishedCaseLink;
import org.tongban.intake.Inspection;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakeException;
import org.tongban.intake.IntakeService;
import org.tongban.intake.LifeEventSubmission;
import org.tongban.intake.MaterialState;
import org.tongban.intake.OnlineApplications;
import org.tongban.intake.OnlineSubmission;
import org.tongban.intake.Rejection;
import org.tongban.intake.Submission;
import org.tongban.intake.SupplementNotice;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.security.StaffDirectory;
import org.tongban.platform.files.FileStore;
import org.tongban.platform.notify.Notifications;
import org.tongban.platform.scheduler.TimerHandler;
import org.tongban.platform.scheduler.Timers;
import org.tongban.platform.workflow.CaseNumbers;
import org.tongban.platform.workflow.WorkflowClock;
import org.tongban.platform.workflow.Workflows;

/**
 * Intake cases in {@code intake_case} and {@code intake_material}, their steps on the platform's workflows ({@link
 * IntakeWorkflow}). Also the handler of the 容缺 supply deadlines ({@value Receiving#TOLERANCE_TIMER}).
 */
@Component(
        service = {IntakeService.class, OnlineApplications.class, CaseFiles.class, TimerHandler.class},
        property = TimerHandler.NAME + "=" + Receiving.TOLERANCE_TIMER,
        configurationPid = IntakeConfig.PID)
@Designate(ocd = IntakeConfig.class)
@Header(name = Database.CHANGELOG_HEADER, value = "db/intake-changelog.xml")
public final class JdbcIntakeService implements IntakeService, OnlineApplications, CaseFiles, TimerHandler {
    private final IntakeContext context;
    private final Receiving receiving;
    private final LifeEvents lifeEvents;
    private final CaseSteps steps;
    private final ToleranceDeadlines tolerance;
    private final CaseOutputs outputs;
    private final Scans scans;
    private final Drafts drafts;
    private final OnlineIntake online;
    private final CaseFileAccess caseFiles;
    private volatile ApplicantStanding standing;
    private volatile StaffDirectory staff;
    private volatile FileStore fileStore;

    @Activate
    public JdbcIntakeService(
            @Reference Database database,
            @Reference AccessControl accessControl,
            @Reference AuditLog auditLog,
            @Reference Jurisdictions jurisdictions,
            @Reference MatterCatalogue catalogue,
            @Reference Workflows workflows,
            @Reference CaseNumbers caseNumbers,
            @Reference Timers timers,
            @Reference DomainEvents events,
            @Reference Documents documents,
            @Reference CertificateLibrary library,
            @Reference Notifications notifications,
            @Reference CreditRecords credit,
            IntakeConfig config) {
        this(
                new IntakeContext(
                        database.transactions(),
                        accessControl,
                        auditLog,
                        jurisdictions,
                        workflows,
                        caseNumbers,
                        timers,
                        events,
                        Settings.of(config),
                        Clock.systemUTC()),
                catalogue,
                documents,
                library,
                notifications,
                credit);
    }

    JdbcIntakeService(
            IntakeContext context,
            MatterCatalogue catalogue,
            Documents documents,
            CertificateLibrary library,
            Notifications notifications,
            CreditRecords credit) {
        this.context = context;
        this.outputs = new CaseOutputs(context, catalogue, documents, library, notifications, credit);
        this.receiving = new Receiving(context, catalogue::publishedGuide, () -> standing, outputs);
        this.lifeEvents = new LifeEvents(context, receiving, catalogue);
        this.steps = new CaseSteps(context, outputs);
        this.tolerance = new ToleranceDeadlines(context, outputs);
        OwnCases own = new OwnCases(context, () -> outputs.accounts);
        this.scans = new Scans(() -> fileStore);
        this.drafts = new Drafts(context, catalogue, own, () -> fileStore);
        this.online = new OnlineIntake(context, receiving, lifeEvents, tolerance, catalogue, own, () -> fileStore);
        this.caseFiles = new CaseFileAccess(context, own, () -> fileStore);
    }

    /**
     * The file store the scans, uploads and inspection photos of cases go to; without it, submissions with files are
     * refused and an inspection takes links only.
     */
    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setFileStore(FileStore store) {
        this.fileStore = store;
    }

    public void unsetFileStore(FileStore store) {
        if (this.fileStore == store) {
            this.fileStore = null;
        }
    }

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setWorkflowClock(WorkflowClock clock) {
        context.workflowClock = clock;
    }

    public void unsetWorkflowClock(WorkflowClock clock) {
        if (context.workflowClock == clock) {
            context.workflowClock = null;
        }
    }

    /** The citizens' accounts, whose inboxes receive the notices of their cases; without them, notices wait by identifier. */
    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setPublicAccounts(PublicAccounts accounts) {
        outputs.accounts = accounts;
    }

    public void unsetPublicAccounts(PublicAccounts accounts) {
        if (outputs.accounts == accounts) {
            outputs.accounts = null;
        }
    }

    /** The next step offered in the notice of a case's result (好差评's rating link); the highest ranked one. */
    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setFinishedCaseLink(FinishedCaseLink link) {
        outputs.finishedLink = link;
    }

    public void unsetFinishedCaseLink(FinishedCaseLink link) {
        if (outputs.finishedLink == link) {
            outputs.finishedLink = null;
        }
    }

    /** The credit records' judgement of applicants; without it, nobody is refused 容缺 for their record. */
    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setApplicantStanding(ApplicantStanding standing) {
        this.standing = standing;
    }

    public void unsetApplicantStanding(ApplicantStanding standing) {
        if (this.standing == standing) {
            this.standing = null;
        }
    }

    /** Who holds which permission where: 分派 hands a case only to a reviewer of its processing jurisdiction. */
    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setStaffDirectory(StaffDirectory staff) {
        this.staff = staff;
    }

    public void unsetStaffDirectory(StaffDirectory staff) {
        if (this.staff == staff) {
            this.staff = null;
        }
    }

    @Override
    public IntakeCase receive(Submission submission) {
        Receiving.Prepared prepared = receiving.prepare(submission, java.util.Set.of());
        String actor = context.actor();
        List<CaseFile> scanned = scans.check(submission, prepared.matter(), actor, context.now());
        String key = Idempotency.key(actor, submission.clientKey());
        String number = Idempotency.afterConflict(
                context.tx,
                key,
                prepared.fingerprint(),
                c -> {
                    Optional<String> earlier = Idempotency.earlier(c, key, prepared.fingerprint());
                    if (earlier.isPresent()) {
                        return earlier.get();
                    }
                    String written = receiving.write(c, prepared, null);
                    Scans.link(c, written, scanned, actor, context.now());
                    Idempotency.remember(c, key, prepared.fingerprint(), written, context.now());
                    return written;
                },
                earlier -> earlier);
        // Read once committed: until then the day's case-number row stays locked and the jurisdiction's next
        // receipt waits.
        return context.tx.read(c -> masked(c, number));
    }

    @Override
    public CaseGroup receive(LifeEventSubmission submission) {
        return lifeEvents.receive(submission);
    }

    @Override
    public IntakeCase takeOver(String number, long version) {
        return steps.step(number, version, ACCEPT, "takeOver", null, (c, k) -> Steps.start(k));
    }

    @Override
    public IntakeCase accept(String number, long version) {
        return steps.step(
                number,
                version,
                ACCEPT,
                "accept",
                null,
                (c, k) -> {
                    List<String> missing = k.full().checklist().stream()
                            .filter(i -> i.state() == MaterialState.MISSING)
                            .map(i -> i.name())
                            .toList();
                    if (!missing.isEmpty()) {
                        throw IntakeException.of("intake.error.materialsMissing", String.join("、", missing));
                    }
                    return Steps.start(k);
                },
                outputs::accepted);
    }

    @Override
    public IntakeCase reject(String number, long version, Rejection rejection) {
        if (rejection == null) {
            throw IntakeException.of("intake.error.reasonMissing");
        }
        String reason = SubmissionRules.reason(rejection.reason());
        String basis = required(rejection.legalBasis(), "intake.error.legalBasisMissing");
        String remedy = required(rejection.remedy(), "intake.error.remedyMissing");
        return steps.step(
                number,
                version,
                ACCEPT,
                "reject",
                reason,
                (c, k) -> {
                    CaseStore.set(c, number, "refusal_reason", reason);
                    CaseStore.set(c, number, "refusal_basis", basis);
                    CaseStore.set(c, number, "refusal_remedy", remedy);
                    return Map.of();
                },
                (c, moved) -> outputs.rejected(c, moved, reason, basis));
    }

    @Override
    public IntakeCase requestSupplement(String number, long version, List<String> items) {
        List<String> clean = Supplements.items(items);
        String notice = String.join("；", clean);
        LocalDate[] supplyBy = new LocalDate[1];
        return steps.step(
                number,
                version,
                ACCEPT,
                "requestSupplement",
                notice,
                (c, k) -> {
                    supplyBy[0] = Supplements.supplyBy(context, k.processing());
                    Supplements.issue(c, number, clean, context.actor(), context.now(), supplyBy[0]);
                    return Map.of();
                },
                (c, moved) -> outputs.supplementRequested(c, moved, clean, supplyBy[0]));
    }

    @Override
    public IntakeCase supplement(String number, long version) {
        return steps.step(number, version, ACCEPT, "supplement", null, (c, k) -> {
            CaseStore.materialState(c, number, MaterialState.MISSING, MaterialState.SUBMITTED_ORIGINAL);
            return Map.of();
        });
    }

    @Override
    public IntakeCase claim(String number, long version) {
        return steps.step(number, version, REVIEW, "claim", null, (c, k) -> {
            CaseStore.set(c, number, "assignee", context.actor());
            return Map.of();
        });
    }

    @Override
    public IntakeCase assign(String number, long version, String reviewer) {
        String who = required(reviewer, "intake.error.reviewerMissing");
        return steps.step(number, version, ASSIGN, "assign", "指派给 " + who, (c, k) -> {
            StaffDirectory directory = staff;
            if (directory == null) {
                throw IntakeException.of("intake.error.staffUnavailable");
            }
            if (!directory.holds(who, REVIEW, k.processing())) {
                throw IntakeException.of("intake.error.notReviewer", Jdbc.clip(who, 40));
            }
            CaseStore.set(c, number, "assignee", who);
            return Map.of();
        });
    }

    @Override
    public IntakeCase inspect(String number, long version, Inspection inspection) {
        Inspection clean = Inspections.check(inspection);
        return steps.step(number, version, REVIEW, "inspect", clean.note(), (c, k) -> {
            String by = context.actor();
            List<Inspection.Photo> photos = Inspections.photos(c, fileStore, clean.photos(), by);
            Inspections.record(c, number, clean, photos, by, context.now());
            return Map.of();
        });
    }

    @Override
    public IntakeCase approve(String number, long version, String opinion) {
        String clean = opinion == null || opinion.isBlank() ? null : SubmissionRules.reason(opinion);
        return steps.step(
                number,
                version,
                DECIDE,
                "approve",
                clean,
                (c, k) -> {
                    CaseStore.set(c, number, "decision_opinion", clean);
                    return Map.of();
                },
                (c, moved) -> outputs.decided(moved, true));
    }

    @Override
    public IntakeCase deny(String number, long version, String reason) {
        String clean = SubmissionRules.reason(reason);
        return steps.step(
                number,
                version,
                DECIDE,
                "deny",
                clean,
                (c, k) -> {
                    CaseStore.set(c, number, "decision_opinion", clean);
                    return Map.of();
                },
                (c, moved) -> outputs.decided(moved, false));
    }

    @Override
    public IntakeCase complete(String number, long version) {
        return steps.step(number, version, DECIDE, "complete", null, (c, k) -> Map.of(), outputs::completed);
    }

    @Override
    public IntakeCase deliver(String number, long version, Delivery delivery) {
        return steps.deliver(number, version, delivery);
    }

    @Override
    public IntakeCase withdraw(String number, long version, String reason) {
        String clean = SubmissionRules.reason(reason);
        return steps.step(number, version, ACCEPT, "withdraw", clean, (c, k) -> Map.of());
    }

    @Override
    public IntakeCase suspend(
            String number,
            long version,
            String pauseKind,
            String reason,
            String writtenNotice,
            String expectedDuration) {
        String clean = SubmissionRules.reason(reason);
        String kind = Suspensions.pauseKind(pauseKind);
        String notice = required(writtenNotice, "intake.error.writtenNoticeMissing");
        String duration = required(expectedDuration, "intake.error.expectedDurationMissing");
        return steps.step(
                number,
                version,
                DECIDE,
                "suspend",
                clean,
                (c, k) -> Map.of(
                        "pauseKind",
                        kind,
                        "legalBasis",
                        "行政许可法第四十五条",
                        "writtenNotice",
                        notice,
                        "expectedDuration",
                        duration));
    }

    @Override
    public IntakeCase resume(String number, long version) {
        return steps.step(number, version, DECIDE, "resume", null, (c, k) -> Map.of());
    }

    @Override
    public IntakeCase extend(String number, long version, int amount, String approver, String reason) {
        String clean = SubmissionRules.reason(reason);
        String who = required(approver, "intake.error.approverMissing");
        return steps.step(number, version, EXTEND, "extend", clean, (c, k) -> {
            Suspensions.checkExtension(k, amount);
            CaseStore.set(c, number, "extensions_used", k.extensionsUsed() + 1);
            return Map.of("amount", Integer.toString(amount), "approver", who);
        });
    }

    @Override
    public IntakeCase terminate(String number, long version, String reason) {
        String clean = SubmissionRules.reason(reason);
        return steps.step(number, version, DECIDE, "terminate", clean, (c, k) -> Map.of());
    }

    @Override
    public IntakeCase supplyTolerated(String number, String material) {
        return tolerance.supplied(number, material);
    }

    @Override
    public IntakeCase verifyPledge(String number, long version, boolean truthful, String finding) {
        String clean = SubmissionRules.reason(finding);
        StoredCase k = context.readable(number);
        context.access.check(VERIFY, k.processing());
        if (!k.full().pledge()) {
            throw IntakeException.of("intake.error.notPledge", number);
        }
        if (!truthful) {
            return steps.step(
                    number,
                    version,
                    VERIFY,
                    "revoke",
                    clean,
                    (c, locked) -> {
                        CaseStore.set(c, number, "pledge_finding", clean);
                        CaseStore.set(c, number, "pledge_verified_at", context.now());
                        PledgeVerifications.cancel(context.timers, number);
                        return Map.of();
                    },
                    (c, moved) -> outputs.pledgeFalse(c, moved, clean));
        }
        return context.tx.required(c -> {
            StoredCase locked = CaseStore.find(c, number, true).orElseThrow();
            if (locked.full().version() != version) {
                throw new org.tongban.platform.workflow.StaleCaseException(IntakeWorkflow.KIND, number);
            }
            String state = context.workflows
                    .state(IntakeWorkflow.DEFINITION, number)
                    .orElseThrow()
                    .state();
            if (IntakeWorkflow.DEFINITION.find(state, "revoke").isEmpty()) {
                // Verified only while the decision stands, where the table would let a false finding revoke it.
                throw IntakeException.of("intake.error.wrongState", number, StateNames.of(state));
            }
            if (PledgeVerifications.verified(c, number)) {
                throw IntakeException.of("intake.error.pledgeVerified", number);
            }
            CaseStore.set(c, number, "pledge_finding", clean);
            CaseStore.set(c, number, "pledge_verified_at", context.now());
            PledgeVerifications.cancel(context.timers, number);
            context.audit.record("intake.verifyPledge", "intake/" + number, "承诺属实：" + clean);
            context.events.publish(
                    "intake/PLEDGE_VERIFIED", "intake/" + number, Map.of("id", number, "truthful", "true"));
            return masked(c, number);
        });
    }

    @Override
    public Revealed reveal(String number) {
        StoredCase k = context.readable(number);
        if (!context.access.isPermitted(PII, k.receiving())) {
            context.access.check(PII, k.processing());
        }
        return context.tx.required(c -> {
            context.audit.record("intake.reveal", "intake/" + number, "查看申请人及代理人身份证件号码");
            return new Revealed(k.full().applicant(), k.full().agent());
        });
    }

    @Override
    public Draft saveDraft(long accountId, ApplicationForm form) {
        return drafts.save(accountId, form);
    }

    @Override
    public Optional<Draft> draft(long accountId, DraftSubject subject) {
        return drafts.find(accountId, subject);
    }

    @Override
    public List<Draft> drafts(long accountId) {
        return drafts.list(accountId);
    }

    @Override
    public void deleteDraft(long accountId, DraftSubject subject) {
        drafts.delete(accountId, subject);
    }

    @Override
    public CaseFile upload(long accountId, DraftSubject subject, String material, String fileName, byte[] content) {
        return drafts.upload(accountId, subject, material, fileName, content);
    }

    @Override
    public long maxUploadBytes() {
        FileStore store = fileStore;
        // Without the file store nothing is taken; the default limit of the files feature is what pages announce.
        return store == null ? 20L * 1024 * 1024 : store.maxBytes(org.tongban.platform.files.UploadKind.MATERIAL);
    }

    @Override
    public void removeUpload(long accountId, DraftSubject subject, long fileId) {
        drafts.removeUpload(accountId, subject, fileId);
    }

    @Override
    public IntakeCase submit(long accountId, OnlineSubmission submission) {
        return online.submit(accountId, submission);
    }

    @Override
    public CaseGroup submitLifeEvent(long accountId, OnlineSubmission submission) {
        return online.submitLifeEvent(accountId, submission);
    }

    @Override
    public Optional<SupplementNotice> supplementNotice(long accountId, String number) {
        return online.notice(accountId, number);
    }

    @Override
    public IntakeCase supplement(long accountId, String number) {
        return online.supplement(accountId, number);
    }

    @Override
    public IntakeCase supplyTolerated(long accountId, String number, String material, String fileName, byte[] content) {
        return online.supplyTolerated(accountId, number, material, fileName, content);
    }

    @Override
    public List<CaseFile> list(String number) {
        return caseFiles.list(number);
    }

    @Override
    public Download download(String number, long fileId) {
        return caseFiles.download(number, fileId);
    }

    @Override
    public List<CaseFile> applicantList(long accountId, String number) {
        return caseFiles.applicantList(accountId, number);
    }

    @Override
    public Download applicantDownload(long accountId, String number, long fileId) {
        return caseFiles.applicantDownload(accountId, number, fileId);
    }

    /** A 容缺 supply deadline passed: see {@link ToleranceDeadlines#expired}. */
    @Override
    public void fire(String id, Map<String, String> payload) {
        tolerance.expired(payload.get("case"));
    }

    private IntakeCase masked(Connection c, String number) throws SQLException {
        return CaseStore.find(c, number, false).orElseThrow().masked();
    }

    static String required(String value, String key) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw IntakeException.of(key);
        }
        if (clean.length() > SubmissionRules.MAX_TEXT) {
            throw IntakeException.of("intake.error.textTooLong", SubmissionRules.MAX_TEXT);
        }
        return clean;
    }
}
