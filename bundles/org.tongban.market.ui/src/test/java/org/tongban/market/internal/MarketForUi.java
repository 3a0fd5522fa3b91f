package org.tongban.market.internal;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.market.Agencies;
import org.tongban.market.Agency;
import org.tongban.market.AgencyStaff;
import org.tongban.market.Funding;
import org.tongban.market.MarketCredit;
import org.tongban.market.MarketPermissions;
import org.tongban.market.MarketRules;
import org.tongban.market.NewAgency;
import org.tongban.market.NewProject;
import org.tongban.market.NewQualification;
import org.tongban.market.Project;
import org.tongban.market.Projects;
import org.tongban.market.SelectionMethod;
import org.tongban.market.ServiceType;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.identity.CreditCodes;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.files.internal.FilesConfig;
import org.tongban.platform.files.internal.JdbcFileStore;
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
 * The market's real services for the views' tests, on a real database with the platform's workflow service and file
 * store; timers in a table, working time on a plain weekday calendar. Accounts are organisations with valid credit
 * codes: 1 is the owner 历下区某局 (fiscal money), 2 an enterprise owner, 11 and up agencies.
 */
public final class MarketForUi {
    public static final String CHANGELOG = "db/market-ui-with-platform.xml";
    public static final long OWNER = 1;
    public static final long COMPANY = 2;
    public static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    /** Tables emptied before each test, children first. */
    public static final List<String> TABLES = List.of(
            "market_rating",
            "market_document",
            "market_objection",
            "market_selection",
            "market_draw",
            "market_signup",
            "market_project",
            "market_blacklist",
            "market_conduct",
            "market_assessment",
            "market_avoidance",
            "market_qualification",
            "market_agency_staff",
            "market_agency",
            "market_service_type_matter",
            "market_service_type",
            "platform_workflow_history",
            "platform_workflow");

    public final TestDatabase db;
    public final FakeAccessControl access = new FakeAccessControl(new TestJurisdictions());
    public final RecordingAuditLog audit = new RecordingAuditLog().actorsFrom(access);
    public final MutableClock time = new MutableClock(MutableClock.beijing("2026-03-02T10:00"));
    private final Map<Long, String> accounts = new HashMap<>();
    public final TableTimers timers;
    private final JdbcWorkflows workflows;
    public final Agencies agencies;
    public final Projects projects;
    public final MarketCredit credit;

    public MarketForUi(TestDatabase db) {
        this.db = db;
        db.execute("DROP TABLE IF EXISTS test_timer");
        TABLES.forEach(t -> db.execute("DELETE FROM " + t));
        db.execute(TableTimers.TABLE);
        this.timers = new TableTimers(db.transactions());
        accounts.put(OWNER, code("11370102MB0000001"));
        accounts.put(COMPANY, code("91370100MA3C00002"));
        DomainEvents events = (topic, aggregate, payload) -> {};
        WeekdayClock workingTime = new WeekdayClock(
                () -> access.currentUser().map(CurrentUser::username).orElse("nobody"));
        TestJurisdictions jurisdictions = new TestJurisdictions();
        workflows = new JdbcWorkflows(db, access, audit, events, time, new String[0]);
        workflows.setTimers(timers);
        workflows.setWorkflowClock(workingTime);
        workflows.addDefinition(ProjectWorkflow.DEFINITION);
        JdbcFileStore files = new JdbcFileStore(db, audit, access, defaults(FilesConfig.class), null);
        MarketContext ctx = new MarketContext(
                db.transactions(),
                access,
                audit,
                jurisdictions,
                workflows,
                timers,
                events,
                files,
                workingTime,
                id -> Optional.ofNullable(accounts.get(id)),
                MarketRules.DEFAULTS,
                time);
        agencies = new JdbcAgencies(ctx);
        projects = new JdbcProjects(ctx);
        credit = new JdbcMarketCredit(ctx);
        asOffice();
        agencies.defineServiceType(
                new ServiceType("SURVEY", "工程测绘", true, "《中华人民共和国测绘法》第二十七条", List.of("370102-ZJ-001")));
        asPublic();
    }

    /** A valid credit code from its first 17 characters. */
    public static String code(String first17) {
        return first17 + CreditCodes.checkCharacter(first17);
    }

    /** The credit code of an agency account. */
    public String creditCodeOf(long account) {
        return accounts.computeIfAbsent(account, a -> code(String.format("91370102MA%07d", a)));
    }

    public void asOffice() {
        access.actAs(
                "market-office",
                Jinan.JINAN,
                MarketPermissions.READ,
                MarketPermissions.REVIEW,
                MarketPermissions.SUPERVISE,
                MarketPermissions.CONFIGURE);
    }

    public void asPublic() {
        access.logOut();
    }

    /** The agency of account {@code account} registered with a surveying qualification and handed in for review. */
    public Agency submitted(long account, String name) {
        asPublic();
        agencies.register(account, newAgency(account, name));
        agencies.addQualification(
                account,
                new NewQualification(
                        "SURVEY",
                        "乙级",
                        "山东省自然资源厅",
                        "乙测资字" + account,
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2028, 12, 31)),
                "qualification.pdf",
                PDF);
        return agencies.submit(account);
    }

    /** The agency of account {@code account}, qualified and published. */
    public Agency published(long account, String name) {
        Agency agency = submitted(account, name);
        asOffice();
        Agency published = agencies.review(agency.id(), true, "");
        asPublic();
        return published;
    }

    public NewAgency newAgency(long account, String name) {
        return new NewAgency(
                creditCodeOf(account),
                name,
                "张三",
                "0531-88880000",
                "济南市历下区经十路1号",
                Jinan.LIXIA,
                List.of(),
                List.of(new AgencyStaff("李四", "注册测绘师", "CH2020001")),
                "");
    }

    /** A project of the owner (fiscal) or the company (own money), sign-up open now for two days. */
    public Project project(SelectionMethod method, Funding funding, String ceiling) {
        asPublic();
        Instant now = time.instant();
        return projects.publish(
                funding == Funding.FISCAL ? OWNER : COMPANY,
                new NewProject(
                        funding == Funding.FISCAL ? "济南市历下区某局" : "某置业有限公司",
                        Jinan.LIXIA,
                        "SURVEY",
                        "某道路工程地形测绘",
                        "1:500地形图测绘约2平方公里",
                        new BigDecimal(ceiling),
                        funding,
                        method,
                        null,
                        "",
                        now,
                        now.plus(Duration.ofDays(2)),
                        20,
                        null));
    }

    public void closeSignUp() {
        time.advance(Duration.ofDays(2).plusMinutes(1));
    }

    /** A configuration annotation answering every attribute with its declared default. */
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
