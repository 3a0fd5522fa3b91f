package org.tongban.hotline.ui.internal;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.BundleContext;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.hotline.Category;
import org.tongban.hotline.HotlinePermissions;
import org.tongban.hotline.Unit;
import org.tongban.hotline.internal.HotlineConfig;
import org.tongban.hotline.internal.HotlineWorkflowRegistration;
import org.tongban.hotline.internal.JdbcCategorySuggestions;
import org.tongban.hotline.internal.JdbcDispatchCatalogue;
import org.tongban.hotline.internal.JdbcHotlineQueries;
import org.tongban.hotline.internal.JdbcHotlineService;
import org.tongban.hotline.internal.JdbcKnowledgeBase;
import org.tongban.hotline.internal.KnowledgeConfig;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.scheduler.Timers;
import org.tongban.platform.workflow.WorkflowDefinition;
import org.tongban.platform.workflow.internal.JdbcCaseNumbers;
import org.tongban.platform.workflow.internal.JdbcWorkflows;
import org.tongban.search.SynonymDictionary;
import org.tongban.search.internal.ScoreGate;
import org.tongban.search.internal.SynonymStore;
import org.tongban.search.internal.TextIndexesComponent;
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
 * The hotline's real services on a real database, built as their DS components are, with the platform's real workflow
 * service and case numbers and the working-time engine's clocks; timers are kept in memory (none fires here). Jinan's
 * catalogue: 城市管理 → 占道经营 routed to 历下区城市管理局 (with 解放路街道办事处 below it), 住房保障 to 市住建局.
 */
final class ConsoleFixture implements AutoCloseable {
    static final String CHANGELOG = "db/hotline-ui-test.xml";
    static final String LIXIA_CG = "LX-CGJ";
    static final String JIEFANGLU = "LX-JFL";
    static final String CITY_ZJJ = "JN-ZJJ";
    static final String[] CLOCK = {"worktime:clock", "worktime:read"};

    final TestDatabase db;
    final TestJurisdictions jurisdictions = new TestJurisdictions();
    final FakeAccessControl access = new FakeAccessControl(jurisdictions);
    final RecordingAuditLog audit = new RecordingAuditLog().actorsFrom(access);
    final MemoryTimers timers = new MemoryTimers();
    final JdbcWorkflows workflows;
    final WorkflowDefinition definition;
    final JdbcHotlineService service;
    final JdbcHotlineQueries queries;
    final JdbcDispatchCatalogue catalogue;
    final JdbcCategorySuggestions suggestions;
    final JdbcKnowledgeBase knowledge;
    private final TextIndexesComponent indexes = new TextIndexesComponent(
            proxy(
                    SynonymDictionary.class,
                    (method, args) -> method.getName().equals("entries") ? SynonymStore.defaults() : null),
            ScoreGate.DEFAULT);

    ConsoleFixture(TestDatabase db) {
        this.db = db;
        JdbcCalendarService calendars =
                new JdbcCalendarService(db, access, audit, jurisdictions, defaults(WorktimeConfig.class), context());
        JdbcClockService clocks = new JdbcClockService(db, calendars, access, audit, defaults(WorktimeConfig.class));
        WorkflowClockAdapter workingTime = new WorkflowClockAdapter(clocks, calendars);
        workflows = new JdbcWorkflows(db, access, audit, (topic, aggregate, payload) -> {});
        workflows.setWorkflowClock(workingTime);
        workflows.setTimers(timers);
        definition = hotlineDefinition();
        workflows.addDefinition(definition);
        HotlineConfig config = defaults(HotlineConfig.class);
        service = new JdbcHotlineService(
                db,
                access,
                audit,
                jurisdictions,
                workflows,
                new JdbcCaseNumbers(db),
                timers,
                (topic, aggregate, payload) -> {},
                config);
        service.setWorkflowClock(workingTime);
        queries = new JdbcHotlineQueries(db, access, audit, jurisdictions, config);
        catalogue = new JdbcDispatchCatalogue(db, access, audit, jurisdictions);
        suggestions = new JdbcCategorySuggestions(db, access, catalogue);
        knowledge = new JdbcKnowledgeBase(
                db,
                access,
                audit,
                jurisdictions,
                workflows,
                new JdbcCaseNumbers(db),
                timers,
                (topic, aggregate, payload) -> {},
                indexes,
                proxy(
                        MatterCatalogue.class,
                        (method, args) -> method.getName().equals("publishedMatter") && ID_CARD_MATTER.equals(args[0])
                                ? Optional.of(org.tongban.catalogue.Matter.builder()
                                        .code(ID_CARD_MATTER)
                                        .name("居民身份证补领")
                                        .build())
                                : Optional.empty()),
                defaults(KnowledgeConfig.class));
        asOffice();
        catalogue.saveCategory(new Category("CG", null, "城市管理", false));
        catalogue.saveCategory(new Category("CG.ZYJY", "CG", "占道经营", true));
        catalogue.saveCategory(new Category("ZF", null, "住房保障", true));
        catalogue.saveCategory(new Category("YS", null, "营商环境", true));
        catalogue.saveUnit(new Unit(CITY_ZJJ, "济南市住房和城乡建设局", Jinan.JINAN, null, null));
        catalogue.saveUnit(new Unit(LIXIA_CG, "历下区城市管理局", Jinan.LIXIA, null, "lx.leader"));
        catalogue.saveUnit(new Unit(JIEFANGLU, "解放路街道办事处", Jinan.JIEFANGLU, LIXIA_CG, null));
        catalogue.addMember(LIXIA_CG, "lx.worker");
        catalogue.addMember(CITY_ZJJ, "zjj.worker");
        catalogue.route("CG", Jinan.LIXIA, LIXIA_CG);
        catalogue.route("ZF", Jinan.JINAN, CITY_ZJJ);
        catalogue.route("YS", Jinan.JINAN, CITY_ZJJ);
        access.logOut();
    }

    /** The city's hotline office (热线办). */
    void asOffice() {
        access.actAs(
                new CurrentUser("office", "热线办", Jinan.JINAN, Set.of("hotline-office")),
                with(
                        HotlinePermissions.READ,
                        HotlinePermissions.ACCEPT,
                        HotlinePermissions.DISPATCH,
                        HotlinePermissions.REVIEW,
                        HotlinePermissions.CALLBACK,
                        HotlinePermissions.CALLER,
                        HotlinePermissions.CATALOGUE,
                        HotlinePermissions.KNOWLEDGE,
                        HotlinePermissions.PUBLISH));
    }

    /** A second reviewer of the office, who publishes what others wrote. */
    void asReviewer() {
        access.actAs(
                new CurrentUser("reviewer", "审核员", Jinan.JINAN, Set.of("hotline-office")),
                with(HotlinePermissions.READ, HotlinePermissions.KNOWLEDGE, HotlinePermissions.PUBLISH));
    }

    /** An agent (坐席): takes calls and calls back, without callers' full numbers or dispatching. */
    void asAgent() {
        access.actAs(
                new CurrentUser("agent", "坐席", Jinan.JINAN, Set.of("hotline-agent")),
                with(
                        HotlinePermissions.READ,
                        HotlinePermissions.ACCEPT,
                        HotlinePermissions.CALLBACK,
                        HotlinePermissions.KNOWLEDGE));
    }

    /** A worker of 历下区城市管理局. */
    void asUnit() {
        access.actAs(
                new CurrentUser("lx.worker", "历下城管", Jinan.LIXIA, Set.of("hotline-unit")),
                with(HotlinePermissions.HANDLE));
    }

    private static String[] with(String... permissions) {
        List<String> all = new ArrayList<>(List.of(permissions));
        all.addAll(List.of(CLOCK));
        return all.toArray(String[]::new);
    }

    private static WorkflowDefinition hotlineDefinition() {
        List<Object> registered = new ArrayList<>();
        new HotlineWorkflowRegistration(context(registered));
        return (WorkflowDefinition) registered.getFirst();
    }

    private static BundleContext context() {
        return context(new ArrayList<>());
    }

    private static BundleContext context(List<Object> registered) {
        return (BundleContext) Proxy.newProxyInstance(
                ConsoleFixture.class.getClassLoader(), new Class<?>[] {BundleContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("registerService")) {
                        registered.add(args[1]);
                    }
                    return null;
                });
    }

    /** An interface answered by a function of the method called (what a test needs of another feature). */
    /** The one matter the catalogue publishes here. */
    static final String ID_CARD_MATTER = "370100-GAJ-QR-002";

    private static <T> T proxy(
            Class<T> type, java.util.function.BiFunction<java.lang.reflect.Method, Object[], Object> answer) {
        return type.cast(Proxy.newProxyInstance(
                ConsoleFixture.class.getClassLoader(),
                new Class<?>[] {type},
                (p, method, args) -> answer.apply(method, args)));
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
        indexes.deactivate();
        db.close();
    }

    /** Timers kept in memory: nothing waits for one to fire; a test fires those it needs. */
    static final class MemoryTimers implements Timers {
        private final Map<String, Instant> due = new ConcurrentHashMap<>();
        private final Map<String, Map<String, String>> payloads = new ConcurrentHashMap<>();

        @Override
        public void schedule(String name, String id, Instant at, Map<String, String> payload) {
            due.put(name + "/" + id, at);
            payloads.put(name + "/" + id, Map.copyOf(payload));
        }

        @Override
        public boolean cancel(String name, String id) {
            payloads.remove(name + "/" + id);
            return due.remove(name + "/" + id) != null;
        }

        @Override
        public Optional<Instant> due(String name, String id) {
            return Optional.ofNullable(due.get(name + "/" + id));
        }

        /** Fires now the timers of {@code name} whose id starts with {@code idPrefix}, as the scheduler would. */
        void fire(String name, String idPrefix, org.tongban.platform.scheduler.TimerHandler handler) throws Exception {
            String prefix = name + "/" + idPrefix;
            for (String key : List.copyOf(payloads.keySet())) {
                if (key.startsWith(prefix)) {
                    Map<String, String> payload = payloads.remove(key);
                    due.remove(key);
                    handler.fire(key.substring(name.length() + 1), payload);
                }
            }
        }
    }
}
