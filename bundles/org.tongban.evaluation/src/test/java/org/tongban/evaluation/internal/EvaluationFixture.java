package org.tongban.evaluation.internal;

import static org.tongban.evaluation.EvaluationPermissions.DEVICES;
import static org.tongban.evaluation.EvaluationPermissions.READ;
import static org.tongban.evaluation.EvaluationPermissions.RECTIFY;
import static org.tongban.evaluation.EvaluationPermissions.REVIEWER;
import static org.tongban.evaluation.EvaluationPermissions.SUPERVISE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.tongban.intake.IntakeStates;
import org.tongban.platform.api.events.DomainEvent;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.workflow.internal.JdbcWorkflows;
import org.tongban.platform.workflow.testing.TableTimers;
import org.tongban.platform.workflow.testing.WeekdayClock;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.Jinan;
import org.tongban.testing.MutableClock;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestDatabase;
import org.tongban.testing.TestJurisdictions;

/**
 * The evaluation's services on a real database with the platform's real workflow service; timers in a table the test
 * fires, the working time on a plain weekday calendar. Account 1 owns the finished case {@value #DONE} of 历下区行政审批服务局
 * and the case {@value #RUNNING} still under review; account 2 owns {@value #OTHERS}.
 */
public final class EvaluationFixture implements AutoCloseable {
    public static final String CHANGELOG = "db/evaluation-with-platform.xml";
    public static final String DONE = "SL370102202603010001";
    public static final String RUNNING = "SL370102202603010002";
    public static final String OTHERS = "SL370102202603010003";
    public static final String DEPT = "LX-XZSP";

    public final TestDatabase db;
    final TestJurisdictions jurisdictions = new TestJurisdictions();
    public final FakeAccessControl access = new FakeAccessControl(jurisdictions);
    public final RecordingAuditLog audit = new RecordingAuditLog().actorsFrom(access);
    public final MutableClock time = new MutableClock(MutableClock.beijing("2026-03-02T10:00"));
    final WeekdayClock workingTime = new WeekdayClock(
            () -> access.currentUser().map(CurrentUser::username).orElse("nobody"));
    public final List<DomainEvent> events = Collections.synchronizedList(new ArrayList<>());
    public final CitizenCasesOnFile cases = new CitizenCasesOnFile();
    public final TableTimers timers;
    Settings settings = Settings.DEFAULTS;

    JdbcWorkflows workflows;
    public JdbcEvaluationService service;
    EvaluationEvents handler;

    public EvaluationFixture(TestDatabase db) {
        this.db = db;
        db.execute(TableTimers.TABLE);
        this.timers = new TableTimers(db.transactions());
        cases.put(1, DONE, DEPT, Jinan.LIXIA, IntakeStates.COMPLETED);
        cases.put(1, RUNNING, DEPT, Jinan.LIXIA, IntakeStates.REVIEW);
        cases.put(2, OTHERS, DEPT, Jinan.LIXIA, IntakeStates.DELIVERED);
        restart();
    }

    /** Every service anew over the same database, as after a restart of the node. */
    public void restart() {
        DomainEvents committed = (topic, aggregate, payload) -> {
            Map<String, String> copy = Map.copyOf(payload);
            db.transactions()
                    .afterCommit(() ->
                            events.add(new DomainEvent(events.size() + 1, topic, aggregate, copy, time.instant())));
        };
        workflows = new JdbcWorkflows(db, access, audit, committed, time, new String[0]);
        workflows.setTimers(timers);
        workflows.setWorkflowClock(workingTime);
        workflows.addDefinition(RectificationWorkflow.DEFINITION);
        service = new JdbcEvaluationService(
                new EvaluationContext(db.transactions(), access, audit, workflows, timers, committed, settings, time));
        service.setWorkflowClock(workingTime);
        service.setCaseSource(new IntakeCaseSource(cases));
        handler = new EvaluationEvents(service);
    }

    /** Intake published that a case reached 办结. */
    public void caseCompleted(String number) {
        deliver(
                "intake/COMPLETE",
                Map.of(
                        "id",
                        number,
                        "action",
                        "complete",
                        "from",
                        IntakeStates.APPROVED,
                        "to",
                        IntakeStates.COMPLETED,
                        "jurisdictionCode",
                        Jinan.LIXIA,
                        "version",
                        "7",
                        "actor",
                        "clerk"));
    }

    /** The hall finished serving a visit at a window. */
    /** An event of intake that moves no case between states, such as a 告知承诺 verification period running out. */
    public void pledgeVerificationLapsed(String number) {
        deliver(
                "intake/PLEDGE_VERIFICATION_LAPSED",
                Map.of("id", number, "department", "370102-XSP", "jurisdiction", Jinan.LIXIA, "due", "2026-10-10"));
    }

    public void visitFinished(String visit, String window, String clerk) {
        deliver(
                "hall/FINISHED",
                Map.of(
                        "visit",
                        visit,
                        "hall",
                        "LX-HALL",
                        "window",
                        window,
                        "clerk",
                        clerk,
                        "matter",
                        "M-1",
                        "case",
                        "",
                        "jurisdiction",
                        Jinan.LIXIA));
    }

    private void deliver(String topic, Map<String, String> payload) {
        access.logOut();
        db.transactions().required(c -> {
            handler.handle(new DomainEvent(1, topic, topic, payload, time.instant()));
            return null;
        });
    }

    public void asUnit() {
        access.actAs("lx.unit", Jinan.LIXIA, READ, RECTIFY);
    }

    public void asOffice() {
        access.actAs("office", Jinan.JINAN, READ, SUPERVISE, DEVICES);
    }

    public void asInspector() {
        access.actAs("inspector", Jinan.JINAN, READ, REVIEWER);
    }

    /** Fires the timers due now, as the scheduler would, nobody logged in. */
    public int fireTimers() throws Exception {
        access.logOut();
        return timers.fireDue(time.instant(), Map.of("workflow-timeout", workflows, Ratings.TIMER, service));
    }

    public List<String> topics() {
        synchronized (events) {
            return events.stream().map(DomainEvent::topic).toList();
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
