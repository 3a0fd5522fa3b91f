package org.tongban.hotline.internal;

import static org.tongban.hotline.HotlinePermissions.ACCEPT;
import static org.tongban.hotline.HotlinePermissions.CALLBACK;
import static org.tongban.hotline.HotlinePermissions.CALLER;
import static org.tongban.hotline.HotlinePermissions.CATALOGUE;
import static org.tongban.hotline.HotlinePermissions.DISPATCH;
import static org.tongban.hotline.HotlinePermissions.HANDLE;
import static org.tongban.hotline.HotlinePermissions.KNOWLEDGE;
import static org.tongban.hotline.HotlinePermissions.PUBLISH;
import static org.tongban.hotline.HotlinePermissions.READ;
import static org.tongban.hotline.HotlinePermissions.REVIEW;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.hotline.Category;
import org.tongban.hotline.Unit;
import org.tongban.platform.api.events.DomainEvent;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.workflow.internal.JdbcCaseNumbers;
import org.tongban.platform.workflow.internal.JdbcWorkflows;
import org.tongban.platform.workflow.testing.TableTimers;
import org.tongban.platform.workflow.testing.WeekdayClock;
import org.tongban.search.internal.ScoreGate;
import org.tongban.search.internal.SynonymStore;
import org.tongban.search.internal.TextIndexesComponent;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.Jinan;
import org.tongban.testing.MutableClock;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestDatabase;
import org.tongban.testing.TestJurisdictions;

/**
 * The hotline's services on a real database with the platform's real workflow service and case numbers; timers in a
 * table the test fires, the working time on a plain weekday calendar. Jinan's catalogue: 城市管理 with 占道经营 routed to
 * 历下区城市管理局 (with its 解放路街道 office below it) and 市中区城市管理局, 住房 to 济南市住房和城乡建设局.
 */
final class HotlineFixture implements AutoCloseable {
    static final String CHANGELOG = "db/hotline-with-platform.xml";
    static final String LIXIA_CG = "LX-CGJ";
    static final String JIEFANGLU = "LX-JFL";
    static final String SHIZHONG_CG = "SZ-CGJ";
    static final String CITY_ZJJ = "JN-ZJJ";

    final TestDatabase db;
    final TestJurisdictions jurisdictions = new TestJurisdictions();
    final FakeAccessControl access = new FakeAccessControl(jurisdictions);
    final RecordingAuditLog audit = new RecordingAuditLog().actorsFrom(access);
    final MutableClock time = new MutableClock(MutableClock.beijing("2026-03-02T10:00"));
    final WeekdayClock workingTime = new WeekdayClock(
            () -> access.currentUser().map(CurrentUser::username).orElse("nobody"));
    final List<DomainEvent> events = Collections.synchronizedList(new ArrayList<>());
    final TableTimers timers;
    Limits limits = Limits.DEFAULTS;

    JdbcWorkflows workflows;
    JdbcHotlineService service;
    JdbcHotlineQueries queries;
    JdbcDispatchCatalogue catalogue;
    private HotlineContext context;
    private JdbcKnowledgeBase knowledge;

    /**
     * The guide search's text indexes with its standard synonyms, shared by the tests (its tables load once). In a
     * holder, so that the bundles testing on this fixture without the knowledge base need no search libraries.
     */
    private static final class Search {
        static final TextIndexesComponent TEXT_INDEXES =
                new TextIndexesComponent(new FixedSynonyms(SynonymStore.defaults()), ScoreGate.DEFAULT);
    }

    /** The catalogue's published matters the knowledge base may link to. */
    static final java.util.Map<String, String> MATTER_NAMES =
            java.util.Map.of("370100-GJJ-TQ-001", "住房公积金提取", "370100-GA-HJ-002", "居民身份证补领");

    static final java.util.Set<String> MATTERS = MATTER_NAMES.keySet();

    HotlineFixture(TestDatabase db) {
        this.db = db;
        db.execute(TableTimers.TABLE);
        this.timers = new TableTimers(db.transactions());
        restart();
        asOffice();
        catalogue.saveCategory(new Category("CG", null, "城市管理", false));
        catalogue.saveCategory(new Category("CG.ZYJY", "CG", "占道经营", true));
        catalogue.saveCategory(new Category("ZF", null, "住房保障", true));
        catalogue.saveUnit(new Unit(CITY_ZJJ, "济南市住房和城乡建设局", Jinan.JINAN, null, "zjj.leader"));
        catalogue.saveUnit(new Unit(LIXIA_CG, "历下区城市管理局", Jinan.LIXIA, null, "lx.leader"));
        catalogue.saveUnit(new Unit(JIEFANGLU, "解放路街道办事处", Jinan.JIEFANGLU, LIXIA_CG, null));
        catalogue.saveUnit(new Unit(SHIZHONG_CG, "市中区城市管理局", Jinan.SHIZHONG, null, "sz.leader"));
        catalogue.addMember(LIXIA_CG, "lx.worker");
        catalogue.addMember(JIEFANGLU, "jfl.worker");
        catalogue.addMember(SHIZHONG_CG, "sz.worker");
        catalogue.addMember(CITY_ZJJ, "zjj.worker");
        catalogue.route("CG", Jinan.LIXIA, LIXIA_CG);
        catalogue.route("CG", Jinan.SHIZHONG, SHIZHONG_CG);
        catalogue.route("ZF", Jinan.JINAN, CITY_ZJJ);
        access.logOut();
        audit.clear();
    }

    /** Every service anew over the same database. */
    void restart() {
        DomainEvents committed = (topic, aggregate, payload) -> {
            Map<String, String> copy = Map.copyOf(payload);
            db.transactions()
                    .afterCommit(() ->
                            events.add(new DomainEvent(events.size() + 1, topic, aggregate, copy, time.instant())));
        };
        workflows = new JdbcWorkflows(db, access, audit, committed, time, new String[0]);
        workflows.setTimers(timers);
        workflows.setWorkflowClock(workingTime);
        workflows.addDefinition(HotlineWorkflow.DEFINITION);
        context = new HotlineContext(
                db.transactions(),
                access,
                audit,
                jurisdictions,
                workflows,
                new JdbcCaseNumbers(db),
                timers,
                committed,
                limits,
                time);
        service = new JdbcHotlineService(context);
        service.setWorkflowClock(workingTime);
        queries = new JdbcHotlineQueries(context);
        catalogue = new JdbcDispatchCatalogue(db.transactions(), access, audit, jurisdictions);
        knowledge = null;
    }

    /** The knowledge base over the same database, on the guide search's real analysis. */
    JdbcKnowledgeBase knowledge() {
        if (knowledge == null) {
            knowledge = new JdbcKnowledgeBase(
                    context,
                    Search.TEXT_INDEXES.open("hotline-knowledge-test"),
                    code -> MATTERS.contains(code) ? Optional.of(MATTER_NAMES.get(code)) : Optional.empty(),
                    KnowledgeConfig.UNUSED_DAYS);
        }
        return knowledge;
    }

    /** The city's hotline office (热线办) at 济南市. */
    void asOffice() {
        access.actAs(
                "office", Jinan.JINAN, READ, ACCEPT, DISPATCH, REVIEW, CALLBACK, CALLER, CATALOGUE, KNOWLEDGE, PUBLISH);
    }

    /** An agent (坐席) without the right to read callers' numbers. */
    void asAgent() {
        access.actAs("agent", Jinan.JINAN, READ, ACCEPT, CALLBACK, KNOWLEDGE);
    }

    /** A second reviewer of the office, who publishes what others wrote. */
    void asReviewer() {
        access.actAs("reviewer", Jinan.JINAN, READ, REVIEW, KNOWLEDGE, PUBLISH);
    }

    void asUnit(String username, String home) {
        access.actAs(username, home, HANDLE, CALLER);
    }

    void asLixiaWorker() {
        asUnit("lx.worker", Jinan.LIXIA);
    }

    void asJiefangluWorker() {
        asUnit("jfl.worker", Jinan.JIEFANGLU);
    }

    void asShizhongWorker() {
        asUnit("sz.worker", Jinan.SHIZHONG);
    }

    /** Fires the timers due now, as the scheduler would, nobody logged in. */
    int fireTimers() throws Exception {
        access.logOut();
        return timers.fireDue(time.instant(), Map.of("workflow-timeout", workflows, Deadlines.TIMER, service));
    }

    List<String> topics() {
        synchronized (events) {
            return events.stream().map(DomainEvent::topic).toList();
        }
    }

    List<DomainEvent> events(String topic) {
        synchronized (events) {
            return events.stream().filter(e -> e.topic().equals(topic)).toList();
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
