package org.tongban.intake.ui.internal;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.BundleContext;
import org.tongban.intake.IntakePermissions;
import org.tongban.intake.internal.IntakeConfig;
import org.tongban.intake.internal.IntakeWorkflowRegistration;
import org.tongban.intake.internal.JdbcIntakeQueries;
import org.tongban.intake.internal.JdbcIntakeService;
import org.tongban.intake.internal.NeighbourServices;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.scheduler.Timers;
import org.tongban.platform.workflow.WorkflowDefinition;
import org.tongban.platform.workflow.internal.JdbcCaseNumbers;
import org.tongban.platform.workflow.internal.JdbcWorkflows;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.Jinan;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestDatabase;
import org.tongban.testing.TestJurisdictions;
import org.tongban.worktime.internal.JdbcCalendarService;
import org.tongban.worktime.internal.JdbcClockService;
import org.tongban.worktime.internal.WorkflowClockAdapter;
import org.tongban.worktime.internal.WorktimeConfig;

/**
 * Intake's real services on a real database, built as their DS components are, with the platform's real workflow
 * service and case numbers, the working-time engine's clocks and the real documents, outbox, credit records and
 * accounts intake hands its outputs to; the catalogue is {@link DeskCatalogue}, timers are kept in memory (none fires in these
 * tests), and the clerks of 历下区 act with the permissions of their roles.
 */
final class ConsoleFixture implements AutoCloseable {
    static final String CHANGELOG = "db/intake-ui-test.xml";

    final TestDatabase db;
    final TestJurisdictions jurisdictions = new TestJurisdictions();
    final FakeAccessControl access = new FakeAccessControl(jurisdictions);
    final RecordingAuditLog audit = new RecordingAuditLog().actorsFrom(access);
    final DeskCatalogue catalogue = new DeskCatalogue();
    final MemoryTimers timers = new MemoryTimers();
    final JdbcCalendarService calendars;
    final JdbcClockService clocks;
    final JdbcWorkflows workflows;
    final NeighbourServices neighbours;
    final JdbcIntakeService service;
    final JdbcIntakeQueries queries;

    ConsoleFixture(TestDatabase db) {
        this.db = db;
        calendars =
                new JdbcCalendarService(db, access, audit, jurisdictions, defaults(WorktimeConfig.class), context());
        clocks = new JdbcClockService(db, calendars, access, audit, defaults(WorktimeConfig.class));
        WorkflowClockAdapter workingTime = new WorkflowClockAdapter(clocks, calendars);
        workflows = new JdbcWorkflows(db, access, audit, (topic, aggregate, payload) -> {});
        workflows.setWorkflowClock(workingTime);
        workflows.setTimers(timers);
        workflows.addDefinition(intakeDefinition());
        neighbours = new NeighbourServices(db, access, audit, jurisdictions);
        service = new JdbcIntakeService(
                db,
                access,
                audit,
                jurisdictions,
                catalogue,
                workflows,
                new JdbcCaseNumbers(db),
                timers,
                (topic, aggregate, payload) -> {},
                neighbours.documents,
                neighbours.library,
                neighbours.notifications,
                neighbours.credit,
                defaults(IntakeConfig.class));
        service.setWorkflowClock(workingTime);
        service.setFileStore(neighbours.files);
        queries = new JdbcIntakeQueries(db, access, jurisdictions, catalogue, workflows);
        queries.setClockService(clocks);
    }

    /** The registering authority entered the holder's certificate of this type into the library years ago. */
    void holds(String identifier, String name, String type) {
        access.actAs("registry", Jinan.JINAN, org.tongban.documents.CertificateLibrary.ENTER_PERMISSION);
        neighbours.library.enter(new org.tongban.documents.NewCertificate(
                type,
                type + "-" + identifier,
                identifier,
                name,
                Jinan.JINAN,
                "DJ" + identifier,
                null,
                java.time.LocalDate.of(2020, 1, 1),
                null));
        access.logOut();
    }

    void asWindowClerk() {
        access.actAs(
                new CurrentUser("lixia.window", "历下窗口", Jinan.LIXIA, java.util.Set.of("clerk")),
                IntakePermissions.READ,
                IntakePermissions.RECEIVE,
                IntakePermissions.ACCEPT,
                IntakePermissions.DELIVER,
                "worktime:clock",
                "worktime:read",
                "documents:issue",
                "documents:read",
                "certificates:use",
                "certificates:enter");
    }

    void asReviewer() {
        access.actAs(
                new CurrentUser("lixia.reviewer", "历下审查", Jinan.LIXIA, java.util.Set.of("intake-reviewer")),
                IntakePermissions.READ,
                IntakePermissions.REVIEW,
                IntakePermissions.DECIDE,
                "worktime:clock",
                "worktime:read",
                "documents:issue",
                "documents:read",
                "certificates:enter",
                "certificates:revoke");
    }

    void asLead() {
        access.actAs(
                new CurrentUser("lixia.lead", "历下科长", Jinan.LIXIA, java.util.Set.of("intake-lead")),
                IntakePermissions.READ,
                IntakePermissions.ASSIGN,
                IntakePermissions.DECIDE,
                IntakePermissions.PII,
                "worktime:clock",
                "worktime:read",
                "documents:issue",
                "documents:read",
                "certificates:enter",
                "certificates:revoke");
    }

    /** The table intake registers as a service, taken from its registration component. */
    private static WorkflowDefinition intakeDefinition() {
        List<Object> registered = new ArrayList<>();
        new IntakeWorkflowRegistration(context(registered));
        return (WorkflowDefinition) registered.getFirst();
    }

    private static BundleContext context() {
        return context(new ArrayList<>());
    }

    /** A bundle context that keeps what is registered with it and answers nothing else. */
    private static BundleContext context(List<Object> registered) {
        return (BundleContext) Proxy.newProxyInstance(
                ConsoleFixture.class.getClassLoader(), new Class<?>[] {BundleContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("registerService")) {
                        registered.add(args[1]);
                    }
                    return null;
                });
    }

    /** A configuration's defaults, as Configuration Admin hands them over when the city sets nothing. */
    private static <A> A defaults(Class<A> type) {
        return type.cast(Proxy.newProxyInstance(
                ConsoleFixture.class.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return type;
                    }
                    return method.getDefaultValue();
                }));
    }

    @Override
    public void close() {
        db.close();
    }

    /** Timers kept in memory: nothing in these tests waits for one to fire. */
    static final class MemoryTimers implements Timers {
        private final Map<String, Instant> due = new ConcurrentHashMap<>();

        @Override
        public void schedule(String name, String id, Instant at, Map<String, String> payload) {
            due.put(name + "/" + id, at);
        }

        @Override
        public boolean cancel(String name, String id) {
            return due.remove(name + "/" + id) != null;
        }

        @Override
        public Optional<Instant> due(String name, String id) {
            return Optional.ofNullable(due.get(name + "/" + id));
        }
    }
}
