package org.tongban.intake.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import liquibase.Scope;
import liquibase.ui.LoggerUIService;
import org.osgi.framework.BundleContext;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.events.internal.EventsComponent;
import org.tongban.platform.events.internal.EventsConfig;
import org.tongban.platform.scheduler.ScheduledJob;
import org.tongban.platform.scheduler.TimerHandler;
import org.tongban.platform.scheduler.internal.SchedulerComponent;
import org.tongban.platform.scheduler.internal.SchedulerConfig;
import org.tongban.platform.security.internal.JdbcAuditLog;
import org.tongban.platform.security.internal.JdbcStaffDirectory;
import org.tongban.platform.security.internal.SecuritySettings;
import org.tongban.platform.workflow.internal.JdbcCaseNumbers;
import org.tongban.platform.workflow.internal.JdbcWorkflows;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.Jinan;
import org.tongban.testing.TestDatabase;
import org.tongban.testing.TestJurisdictions;
import org.tongban.worktime.internal.JdbcCalendarService;
import org.tongban.worktime.internal.JdbcClockService;
import org.tongban.worktime.internal.WorkflowClockAdapter;
import org.tongban.worktime.internal.WorktimeConfig;

/**
 * Intake as a node of a city runs it, for the benchmarks: every service built through its component's constructor
 * with its default configuration over one pool configured as the platform's ({@code PooledDatabase}: 10 connections,
 * 5 s to get one), and wired as Declarative Services wires them. The audit log chains under a key in {@code home},
 * the outbox sequences on this node, the scheduler keeps the timers and runs the chainer, the working-time engine
 * keeps the clocks, documents are sealed PDFs, files are the file store's. Only the catalogue ({@link
 * TestCatalogue}), the jurisdictions and the access control ({@link FakeAccessControl#threadBound}: each thread logs
 * in its own clerk) are the test kit's.
 */
final class IntakeNode implements AutoCloseable {
    static final String CHANGELOG = "db/intake-node.xml";
    static final int POOL = Integer.getInteger("tongban.bench.pool", 10);

    final HikariDataSource pool;
    final TestDatabase db;
    final TestJurisdictions jurisdictions = new TestJurisdictions();
    final FakeAccessControl access = FakeAccessControl.threadBound(jurisdictions);
    final TestCatalogue catalogue = new TestCatalogue();
    final JdbcAuditLog audit;
    final SchedulerComponent scheduler;
    final EventsComponent events;
    final JdbcClockService clocks;
    final JdbcWorkflows workflows;
    final NeighbourServices neighbours;
    final JdbcIntakeService service;
    final JdbcIntakeQueries queries;

    private IntakeNode(HikariDataSource pool, String vendor, Path home, String nodeId) {
        this.pool = pool;
        this.db = TestDatabase.of(pool, vendor);
        BundleContext context = context(Map.of(
                PlatformProperties.HOME,
                home.toString(),
                PlatformProperties.NODE_ID,
                nodeId,
                PlatformProperties.ROOT_JURISDICTION,
                Jinan.JINAN));
        audit = new JdbcAuditLog(db, new SecuritySettings(home, false, Jinan.JINAN, Clock.systemUTC()));
        scheduler = new SchedulerComponent(db, context, NeighbourServices.defaults(SchedulerConfig.class));
        audit.setJobs(scheduler);
        whiteboard(
                "addJob",
                ScheduledJob.class,
                audit,
                Map.of(
                        ScheduledJob.NAME,
                        "audit-chainer",
                        ScheduledJob.PERIOD,
                        1L,
                        ScheduledJob.SCOPE,
                        ScheduledJob.NODE));
        events = new EventsComponent(db, access, audit, context, NeighbourServices.defaults(EventsConfig.class));
        WorktimeConfig worktime = NeighbourServices.defaults(WorktimeConfig.class);
        JdbcCalendarService calendars = new JdbcCalendarService(db, access, audit, jurisdictions, worktime, context);
        clocks = new JdbcClockService(db, calendars, access, audit, worktime);
        WorkflowClockAdapter workingTime = new WorkflowClockAdapter(clocks, calendars);
        workflows = new JdbcWorkflows(db, access, audit, events);
        workflows.setWorkflowClock(workingTime);
        workflows.setTimers(scheduler);
        workflows.addDefinition(IntakeWorkflow.DEFINITION);
        neighbours = new NeighbourServices(db, access, audit, jurisdictions);
        service = new JdbcIntakeService(
                db,
                access,
                audit,
                jurisdictions,
                catalogue,
                workflows,
                new JdbcCaseNumbers(db),
                scheduler,
                events,
                neighbours.documents,
                neighbours.library,
                neighbours.notifications,
                neighbours.credit,
                NeighbourServices.defaults(IntakeConfig.class));
        JdbcStaffDirectory staff = new JdbcStaffDirectory(db, access);
        service.setWorkflowClock(workingTime);
        service.setPublicAccounts(neighbours.accounts);
        service.setStaffDirectory(staff);
        service.setFileStore(neighbours.files);
        whiteboard("addTimerHandler", TimerHandler.class, workflows, Map.of(TimerHandler.NAME, "workflow-timeout"));
        whiteboard(
                "addTimerHandler", TimerHandler.class, service, Map.of(TimerHandler.NAME, Receiving.TOLERANCE_TIMER));
        queries = new JdbcIntakeQueries(db, access, jurisdictions, catalogue, workflows);
        queries.setClockService(clocks);
        queries.setStaffDirectory(staff);
        queries.setFileStore(neighbours.files);
    }

    /** Migrates the database at {@code url} (a new schema, or the one a node left) and starts a node on it. */
    static IntakeNode start(String url, String user, String vendor, Path home, String nodeId) {
        HikariDataSource pool = pool(url, user);
        try {
            // Liquibase's progress goes to its log (quiet in the benchmarks) instead of standard output.
            Scope.child(
                    Map.of(Scope.Attr.ui.name(), new LoggerUIService()),
                    () -> TestDatabase.migrated(pool, vendor, CHANGELOG));
        } catch (Exception e) {
            pool.close();
            throw new IllegalStateException("Cannot migrate " + url + ": " + e.getMessage(), e);
        }
        return new IntakeNode(pool, vendor, home, nodeId);
    }

    /** The platform's pool (see PooledDatabase). */
    static HikariDataSource pool(String url, String user) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("intake-bench");
        config.setJdbcUrl(url);
        if (user != null) {
            config.setUsername(user);
        }
        config.setMaximumPoolSize(POOL);
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(5_000);
        return new HikariDataSource(config);
    }

    /** Logs the calling thread in as a window clerk of 历下区 with the permissions of the clerk role. */
    void asLixiaWindow(String username) {
        access.actAs(
                username,
                Jinan.LIXIA,
                IntakeTestBase.with(
                        IntakeTestBase.WINDOW_EXTRAS,
                        org.tongban.intake.IntakePermissions.RECEIVE,
                        org.tongban.intake.IntakePermissions.ACCEPT,
                        org.tongban.intake.IntakePermissions.READ,
                        org.tongban.intake.IntakePermissions.DELIVER,
                        org.tongban.worktime.ClockService.CLOCK_PERMISSION,
                        org.tongban.worktime.CalendarService.READ_PERMISSION));
    }

    /** The registering authority entered the applicant's certificate of this type into the library years ago. */
    void holds(org.tongban.intake.Applicant applicant, String type) {
        access.actAs("registry", Jinan.JINAN, org.tongban.documents.CertificateLibrary.ENTER_PERMISSION);
        neighbours.library.enter(new org.tongban.documents.NewCertificate(
                type,
                type + "-" + applicant.identifier(),
                applicant.identifier(),
                applicant.name(),
                Jinan.JINAN,
                "DJ" + applicant.identifier(),
                null,
                java.time.LocalDate.of(2020, 1, 1),
                null));
        access.logOut();
    }

    /** Stops the node's threads (the last audit entries are chained first) and closes the pool. */
    @Override
    public void close() {
        invoke(EventsComponent.class, events, "stop");
        invoke(SchedulerComponent.class, scheduler, "stop");
        audit.stop();
        pool.close();
    }

    /**
     * Hands a service to a whiteboard collector as Declarative Services does: through the collector's bind method,
     * which is not public API.
     */
    private <S> void whiteboard(String bind, Class<S> type, S service, Map<String, Object> properties) {
        try {
            Method method = SchedulerComponent.class.getDeclaredMethod(bind, type, Map.class);
            method.setAccessible(true);
            method.invoke(scheduler, service, properties);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot call " + bind, e);
        }
    }

    /** A component's deactivation, which Declarative Services calls. */
    private static void invoke(Class<?> type, Object component, String name) {
        try {
            Method method = type.getDeclaredMethod(name);
            method.setAccessible(true);
            method.invoke(component);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot call " + name, e);
        }
    }

    /** A bundle context answering framework properties and accepting registrations (the calendar's own job). */
    private static BundleContext context(Map<String, String> properties) {
        return (BundleContext) Proxy.newProxyInstance(
                IntakeNode.class.getClassLoader(), new Class<?>[] {BundleContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getProperty")) {
                        return properties.get((String) args[0]);
                    }
                    return null;
                });
    }
}
