package org.tongban.intake.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.tongban.intake.ApplicantStanding;
import org.tongban.platform.api.events.DomainEvent;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.files.internal.FilesConfig;
import org.tongban.platform.files.internal.JdbcFileStore;
import org.tongban.platform.security.internal.JdbcStaffDirectory;
import org.tongban.platform.workflow.internal.JdbcCaseNumbers;
import org.tongban.platform.workflow.internal.JdbcWorkflows;
import org.tongban.platform.workflow.testing.TableTimers;
import org.tongban.platform.workflow.testing.WeekdayClock;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.MutableClock;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestDatabase;
import org.tongban.testing.TestJurisdictions;

/**
 * Intake's services on a real database with the platform's real workflow service, case numbers, staff directory
 * (the clerks of 历下区, 市中区 and the city with intake's roles) and file store, as the bundles run them; timers in a
 * table the test fires, the working time on a plain weekday calendar. {@link #restart} builds
 * every service again over the same database, as a node does after a restart.
 */
final class IntakeFixture implements AutoCloseable {
    static final String CHANGELOG = "db/intake-with-platform.xml";

    final TestDatabase db;
    final TestJurisdictions jurisdictions = new TestJurisdictions().withLaiwu();
    final FakeAccessControl access = new FakeAccessControl(jurisdictions);
    final RecordingAuditLog audit = new RecordingAuditLog().actorsFrom(access);
    final MutableClock time = new MutableClock(MutableClock.beijing("2026-03-02T10:00"));
    final TestCatalogue catalogue = new TestCatalogue();
    final WeekdayClock workingTime = new WeekdayClock(
            () -> access.currentUser().map(CurrentUser::username).orElse("nobody"));
    final List<DomainEvent> events = Collections.synchronizedList(new ArrayList<>());
    final TableTimers timers;
    ApplicantStanding standing;
    /** The city's settings of the workflow's timeouts ({@code timeoutAmounts} of the workflow service). */
    String[] timeoutAmounts = {};

    JdbcWorkflows workflows;
    NeighbourServices neighbours;
    JdbcStaffDirectory staff;
    JdbcFileStore files;
    JdbcIntakeService service;
    JdbcIntakeQueries queries;
    IntakeEvents handler;
    PledgeVerifications pledges;

    IntakeFixture(TestDatabase db) {
        this.db = db;
        db.execute(TableTimers.TABLE);
        this.timers = new TableTimers(db.transactions());
        StaffAccounts.jurisdictions(db, jurisdictions);
        StaffAccounts.add(db, "lixia.window", "历下窗口", org.tongban.testing.Jinan.LIXIA, "clerk");
        StaffAccounts.add(db, "lixia.reviewer", "李霞", org.tongban.testing.Jinan.LIXIA, "intake-reviewer");
        StaffAccounts.add(db, "lixia.lead", "王科长", org.tongban.testing.Jinan.LIXIA, "intake-lead");
        StaffAccounts.add(db, "city.reviewer", "赵审查", org.tongban.testing.Jinan.JINAN, "intake-reviewer");
        StaffAccounts.add(db, "shizhong.reviewer", "孙审查", org.tongban.testing.Jinan.SHIZHONG, "intake-reviewer");
        restart();
        holds(IntakeTestBase.COMPANY, "营业执照");
        holds(IntakeTestBase.PERSON, "居民身份证");
        audit.clear();
    }

    /** The registering authority entered the applicant's certificate of this type into the library years ago. */
    void holds(org.tongban.intake.Applicant applicant, String type) {
        access.actAs(
                "registry", org.tongban.testing.Jinan.JINAN, org.tongban.documents.CertificateLibrary.ENTER_PERMISSION);
        neighbours.library.enter(new org.tongban.documents.NewCertificate(
                type,
                type + "-" + applicant.identifier(),
                applicant.identifier(),
                applicant.name(),
                org.tongban.testing.Jinan.JINAN,
                "DJ" + applicant.identifier(),
                null,
                java.time.LocalDate.of(2020, 1, 1),
                null));
        access.logOut();
    }

    /** Every service anew over the same database. */
    void restart() {
        DomainEvents committed = (topic, aggregate, payload) -> {
            Map<String, String> copy = Map.copyOf(payload);
            db.transactions()
                    .afterCommit(() ->
                            events.add(new DomainEvent(events.size() + 1, topic, aggregate, copy, time.instant())));
        };
        workflows = new JdbcWorkflows(db, access, audit, committed, time, timeoutAmounts);
        workflows.setTimers(timers);
        workflows.setWorkflowClock(workingTime);
        workflows.addDefinition(IntakeWorkflow.DEFINITION);
        IntakeContext context = new IntakeContext(
                db.transactions(),
                access,
                audit,
                jurisdictions,
                workflows,
                new JdbcCaseNumbers(db),
                timers,
                committed,
                Settings.DEFAULTS,
                time);
        neighbours = new NeighbourServices(db, access, audit, jurisdictions);
        staff = new JdbcStaffDirectory(db, access);
        files = new JdbcFileStore(db, audit, access, NeighbourServices.defaults(FilesConfig.class), null);
        service = new JdbcIntakeService(
                context,
                catalogue,
                neighbours.documents,
                neighbours.library,
                neighbours.notifications,
                neighbours.credit);
        service.setWorkflowClock(workingTime);
        service.setPublicAccounts(neighbours.accounts);
        service.setStaffDirectory(staff);
        service.setFileStore(neighbours.files);
        if (standing != null) {
            service.setApplicantStanding(standing);
        }
        queries = new JdbcIntakeQueries(db, access, jurisdictions, catalogue, workflows);
        queries.setStaffDirectory(staff);
        queries.setFileStore(files);
        handler = new IntakeEvents(db);
        pledges = new PledgeVerifications(db.transactions(), audit, committed, neighbours.notifications, time);
    }

    /** Fires the timers due now, as the scheduler would, nobody logged in. */
    int fireTimers() throws Exception {
        return timers.fireDue(
                time.instant(),
                Map.of(
                        "workflow-timeout",
                        workflows,
                        Receiving.TOLERANCE_TIMER,
                        service,
                        PledgeVerifications.TIMER,
                        pledges));
    }

    /** Hands the events published so far to intake's handler, as the platform's dispatcher would. */
    void deliverEvents() throws Exception {
        for (DomainEvent event : List.copyOf(events)) {
            handler.handle(event);
        }
    }

    List<String> topics() {
        synchronized (events) {
            return events.stream().map(DomainEvent::topic).toList();
        }
    }

    void publishOverdue(String number, Instant at) throws Exception {
        handler.handle(new DomainEvent(
                0,
                "worktime/OVERDUE",
                "clock/1",
                Map.of("objectType", "intake", "objectId", number, "firedAt", at.toString()),
                at));
    }

    @Override
    public void close() {
        db.close();
    }
}
