package org.tongban.helpdesk.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.tongban.documents.Documents;
import org.tongban.documents.internal.DocumentsConfig;
import org.tongban.documents.internal.JdbcDocuments;
import org.tongban.helpdesk.HelpChannel;
import org.tongban.helpdesk.HelpKind;
import org.tongban.helpdesk.HelpdeskPermissions;
import org.tongban.helpdesk.NewRequest;
import org.tongban.helpdesk.NewTeam;
import org.tongban.helpdesk.Requester;
import org.tongban.helpdesk.Team;
import org.tongban.helpdesk.TeamLevel;
import org.tongban.helpdesk.Urgency;
import org.tongban.intake.CaseView;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakeQueries;
import org.tongban.intake.IntakeService;
import org.tongban.intake.Submission;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.events.DomainEvent;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.security.Jurisdiction.Level;
import org.tongban.platform.workflow.internal.JdbcCaseNumbers;
import org.tongban.platform.workflow.internal.JdbcWorkflows;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.MutableClock;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestDatabase;
import org.tongban.testing.TestJurisdictions;
import org.tongban.worktime.CalendarService;
import org.tongban.worktime.ClockService;
import org.tongban.worktime.internal.JdbcCalendarService;
import org.tongban.worktime.internal.JdbcClockService;
import org.tongban.worktime.internal.WorkflowClockAdapter;
import org.tongban.worktime.internal.WorktimeConfig;

/**
 * The help desk of Zibo on a real database with the platform's real workflow service and the working-time engine's
 * real clocks. {@link #restart()} builds every service anew over the same database, as after a restart of the node.
 */
public final class HelpdeskFixture implements AutoCloseable {
    public static final String CHANGELOG = "db/helpdesk-with-platform.xml";
    public static final String ZIBO = "370300";
    public static final String ZICHUAN = "370302";
    public static final String ZHANGDIAN = "370303";
    public static final String BANYANG = "370302001";

    /** A valid identity number (GB 11643) and credit code (GB 32100). */
    public static final String ID_NUMBER = "11010519491231002X";

    public static final String CREDIT_CODE = "91350100M000100Y43";
    public static final String BUSINESS = "370300-QYSL-001";
    public static final String MARRIAGE = "370300-HYDJ-001";

    static final Map<String, MatterLookup.MatterInfo> MATTERS = Map.of(
            BUSINESS,
            new MatterLookup.MatterInfo(
                    "企业设立登记",
                    false,
                    null,
                    List.of(
                            new MatterLookup.Item("公司登记（备案）申请书", true),
                            new MatterLookup.Item("住所使用证明", false),
                            new MatterLookup.Item("公司章程", true),
                            new MatterLookup.Item("股东主体资格证明", true))),
            MARRIAGE,
            new MatterLookup.MatterInfo("内地居民婚姻登记", true, "婚姻登记须男女双方本人到场"));

    /** What intake received through its public API: the submissions, in order. */
    public final List<Submission> received = Collections.synchronizedList(new ArrayList<>());

    /** The cases intake numbered, by number. */
    public final Map<String, IntakeCase> filed = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether intake lets the signed-in user read the cases. */
    public volatile boolean intakeReadable = true;

    public final TestDatabase db;
    public final TestJurisdictions jurisdictions = new TestJurisdictions();
    public final FakeAccessControl access = new FakeAccessControl(jurisdictions);
    public final RecordingAuditLog audit = new RecordingAuditLog().actorsFrom(access);
    public final MutableClock time = new MutableClock(MutableClock.beijing("2026-12-07T09:00"));
    public final List<DomainEvent> events = Collections.synchronizedList(new ArrayList<>());
    Settings settings = Settings.DEFAULTS;

    public JdbcHelpdeskService service;
    /** The documents feature that seals the forms, as its bundle runs it. */
    public JdbcDocuments documents;

    private static Path sealHome;
    public JdbcClockService clocks;

    public HelpdeskFixture(TestDatabase db) {
        this.db = db;
        jurisdictions.withZibo();
        jurisdictions.with(ZICHUAN, "淄川区", Level.COUNTY, ZIBO);
        jurisdictions.with(BANYANG, "般阳路街道", Level.TOWN, ZICHUAN);
        restart();
    }

    /** Every service anew over the same database. */
    public void restart() {
        DomainEvents committed = (topic, aggregate, payload) -> {
            Map<String, String> copy = Map.copyOf(payload);
            db.transactions()
                    .afterCommit(() ->
                            events.add(new DomainEvent(events.size() + 1, topic, aggregate, copy, time.instant())));
        };
        WorktimeConfig worktime = defaults(WorktimeConfig.class);
        JdbcCalendarService calendars =
                new JdbcCalendarService(db, access, audit, jurisdictions, worktime, bundleContext());
        clocks = new JdbcClockService(db, calendars, access, audit, worktime);
        JdbcWorkflows workflows = new JdbcWorkflows(db, access, audit, committed, time, new String[0]);
        workflows.setWorkflowClock(new WorkflowClockAdapter(clocks, calendars));
        workflows.addDefinition(HelpdeskWorkflow.DEFINITION);
        service = new JdbcHelpdeskService(new HelpdeskContext(
                db.transactions(),
                access,
                audit,
                jurisdictions,
                workflows,
                new JdbcCaseNumbers(db),
                committed,
                code -> Optional.ofNullable(MATTERS.get(code)),
                settings,
                time));
        service.setCaseFiler(new IntakeCaseFiler(intake(), number -> IntakeCaseFiler.status(queries(), number)));
        documents = new JdbcDocuments(
                db,
                access,
                audit,
                jurisdictions,
                defaults(DocumentsConfig.class),
                context(Map.of(
                        PlatformProperties.HOME, sealHome().toString(), PlatformProperties.ROOT_JURISDICTION, ZIBO)));
        service.setDocuments(documents);
    }

    private static synchronized Path sealHome() {
        if (sealHome == null) {
            try {
                sealHome = Files.createTempDirectory("helpdesk-seal");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sealHome;
    }

    private static BundleContext context(Map<String, String> properties) {
        return (BundleContext) Proxy.newProxyInstance(
                HelpdeskFixture.class.getClassLoader(),
                new Class<?>[] {BundleContext.class},
                (proxy, method, args) -> method.getName().equals("getProperty") ? properties.get(args[0]) : null);
    }

    /** Intake's service as the help desk calls it: {@code receive} numbers the case, nothing else is used. */
    private IntakeService intake() {
        return (IntakeService) Proxy.newProxyInstance(
                IntakeService.class.getClassLoader(), new Class<?>[] {IntakeService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("receive") && args[0] instanceof Submission s) {
                        received.add(s);
                        IntakeCase numbered = new IntakeCase(
                                "SL" + s.receivingJurisdiction() + "2026120700"
                                        + String.format("%02d", received.size()),
                                s.matterCode(),
                                MATTERS.get(s.matterCode()).name(),
                                1,
                                "QY",
                                s.applicant(),
                                s.agent(),
                                s.channel(),
                                s.receivingJurisdiction(),
                                s.receivingJurisdiction(),
                                s.answers(),
                                List.of(),
                                "RECEIVED",
                                1,
                                null,
                                null,
                                false,
                                time.instant());
                        filed.put(numbered.number(), numbered);
                        return numbered;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /**
     * Intake's queries as the help desk reads them: {@code view} of a case received here, readable by helpers only
     * when {@link #intakeReadable} (intake refuses the others).
     */
    private IntakeQueries queries() {
        return (IntakeQueries) Proxy.newProxyInstance(
                IntakeQueries.class.getClassLoader(), new Class<?>[] {IntakeQueries.class}, (proxy, method, args) -> {
                    if (method.getName().equals("view")) {
                        IntakeCase c = filed.get(args[0]);
                        if (c == null || !intakeReadable) {
                            throw new IllegalStateException("intake.error.notFound");
                        }
                        return new CaseView(c, List.of(), null, List.of(), List.of(), List.of());
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The city's administrator of the help desk. */
    public void asAdmin() {
        access.actAs("zb.admin", ZIBO, HelpdeskPermissions.ADMIN, HelpdeskPermissions.READ);
    }

    /** A helper with the helper's permissions at {@code area}. */
    public void asHelper(String username, String area) {
        access.actAs(
                username,
                area,
                HelpdeskPermissions.READ,
                HelpdeskPermissions.HANDLE,
                Documents.ISSUE_PERMISSION,
                ClockService.CLOCK_PERMISSION,
                CalendarService.READ_PERMISSION);
    }

    /** A team leader: a helper who also assigns. */
    public void asLeader(String username, String area) {
        access.actAs(
                username,
                area,
                HelpdeskPermissions.READ,
                HelpdeskPermissions.HANDLE,
                HelpdeskPermissions.ASSIGN,
                Documents.ISSUE_PERMISSION,
                ClockService.CLOCK_PERMISSION,
                CalendarService.READ_PERMISSION);
    }

    /** The city task force (zb.lead, zb.a, zb.b), 淄川's enterprise grid helpers (zc.lead, zc.a, zc.b). */
    public Teams standardTeams() {
        asAdmin();
        Team city = service.saveTeam(new NewTeam("ZB-ZB", "市政务服务中心帮办代办专班", TeamLevel.CITY, "general", ZIBO, "zb.lead"));
        service.addMember(city.id(), "zb.lead", "专班组长");
        service.addMember(city.id(), "zb.a", "专班甲");
        city = service.addMember(city.id(), "zb.b", "专班乙");
        Team zichuan = service.saveTeam(
                new NewTeam("ZC-QY", "淄川区网格帮办员", TeamLevel.DISTRICT, "enterprise", ZICHUAN, "zc.lead"));
        service.addMember(zichuan.id(), "zc.lead", "淄川组长");
        service.addMember(zichuan.id(), "zc.a", "网格员甲");
        zichuan = service.addMember(zichuan.id(), "zc.b", "网格员乙");
        access.logOut();
        return new Teams(city, zichuan);
    }

    public record Teams(Team city, Team zichuan) {}

    public static NewRequest enterpriseRequest(String area) {
        return new NewRequest(
                HelpChannel.WINDOW,
                Requester.enterprise("淄博某某新材料有限公司", CREDIT_CODE, "0533-1234567"),
                List.of(BUSINESS),
                null,
                "enterprise",
                HelpKind.JOINT,
                Urgency.NORMAL,
                "新办企业，需办理设立登记及后续许可，请协助。",
                area,
                null);
    }

    public static NewRequest elderlyRequest(String area) {
        return new NewRequest(
                HelpChannel.WINDOW,
                Requester.person("王秀英", ID_NUMBER, "13800000000"),
                List.of(BUSINESS, MARRIAGE),
                null,
                "elderly",
                HelpKind.FULL_AGENCY,
                Urgency.URGENT,
                "老年人行动不便，请代办。",
                area,
                null);
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

    static BundleContext bundleContext() {
        return (BundleContext) Proxy.newProxyInstance(
                HelpdeskFixture.class.getClassLoader(),
                new Class<?>[] {BundleContext.class},
                (proxy, method, args) -> null);
    }

    /** An annotation configuration with its defaults, as Declarative Services builds it without a configuration. */
    static <A> A defaults(Class<A> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDefaultValue() != null) {
                return method.getDefaultValue();
            }
            return switch (method.getName()) {
                case "annotationType" -> type;
                case "toString" -> type.getSimpleName();
                case "hashCode" -> 0;
                case "equals" -> proxy == args[0];
                default -> throw new UnsupportedOperationException(method.getName());
            };
        }));
    }
}
