package org.tongban.market.internal;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.market.Agency;
import org.tongban.market.AgencyStaff;
import org.tongban.market.Funding;
import org.tongban.market.MarketPermissions;
import org.tongban.market.MarketRules;
import org.tongban.market.NewAgency;
import org.tongban.market.NewProject;
import org.tongban.market.NewQualification;
import org.tongban.market.Project;
import org.tongban.market.SelectionMethod;
import org.tongban.market.ServiceType;
import org.tongban.platform.api.events.DomainEvent;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.identity.CreditCodes;
import org.tongban.platform.api.jdbc.Jdbc;
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
 * The market's services on a real database with the platform's real workflow service and file store; timers in a
 * table the test fires, working time on a plain weekday calendar. Accounts are organisations with generated, valid
 * credit codes: 1 is the owner 历下区某局 (fiscal money), 2 an enterprise owner, 11.. agencies.
 */
public final class MarketFixture {
    public static final String CHANGELOG = "db/market-with-platform.xml";
    public static final long OWNER = 1;
    public static final long COMPANY = 2;
    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    public final TestDatabase db;
    final TestJurisdictions jurisdictions = new TestJurisdictions();
    public final FakeAccessControl access = new FakeAccessControl(jurisdictions);
    public final RecordingAuditLog audit = new RecordingAuditLog().actorsFrom(access);
    public final MutableClock time = new MutableClock(MutableClock.beijing("2026-03-02T10:00"));
    final WeekdayClock workingTime = new WeekdayClock(
            () -> access.currentUser().map(CurrentUser::username).orElse("nobody"));
    public final List<DomainEvent> events = Collections.synchronizedList(new ArrayList<>());
    public final TableTimers timers;
    final Map<Long, String> accounts = new HashMap<>();
    MarketRules rules = MarketRules.DEFAULTS;

    JdbcWorkflows workflows;
    JdbcAgencies agencies;
    JdbcProjects projects;
    JdbcMarketCredit credit;

    public MarketFixture(TestDatabase db) {
        this.db = db;
        db.execute(TableTimers.TABLE);
        this.timers = new TableTimers(db.transactions());
        accounts.put(OWNER, code("11370102MB0000001"));
        accounts.put(COMPANY, code("91370100MA3C00002"));
        restart();
    }

    /** A valid credit code from its first 17 characters. */
    static String code(String first17) {
        return first17 + CreditCodes.checkCharacter(first17);
    }

    /** The services anew, as after a restart or with other rules. */
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
        workflows.addDefinition(ProjectWorkflow.DEFINITION);
        JdbcFileStore files = new JdbcFileStore(db, audit, access, defaults(FilesConfig.class), null);
        MarketContext ctx = new MarketContext(
                db.transactions(),
                access,
                audit,
                jurisdictions,
                workflows,
                timers,
                committed,
                files,
                workingTime,
                id -> Optional.ofNullable(accounts.get(id)),
                rules,
                time);
        agencies = new JdbcAgencies(ctx);
        projects = new JdbcProjects(ctx);
        credit = new JdbcMarketCredit(ctx);
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

    /** Nobody signed in at the staff console: the public or a party acting through its account. */
    public void asPublic() {
        access.logOut();
    }

    public void defineSurveying() {
        asOffice();
        agencies.defineServiceType(
                new ServiceType("SURVEY", "工程测绘", true, "《中华人民共和国测绘法》第二十七条", List.of("370102-ZJ-001")));
        agencies.defineServiceType(new ServiceType("COST", "工程造价咨询", false, null, List.of()));
        asPublic();
    }

    /** An agency account {@code account} registered, qualified for surveying (乙级 until the date) and published. */
    public Agency agency(long account, String name, String level, LocalDate validUntil) {
        accounts.put(account, code(String.format("91370102MA%07d", account)));
        asPublic();
        agencies.register(account, newAgency(account, name, List.of()));
        agencies.addQualification(
                account,
                new NewQualification(
                        "SURVEY", level, "山东省自然资源厅", "乙测资字" + account, LocalDate.of(2024, 1, 1), validUntil),
                "qualification.pdf",
                PDF);
        agencies.submit(account);
        asOffice();
        Agency published =
                agencies.review(agencies.ownAgency(account).orElseThrow().id(), true, "");
        asPublic();
        return published;
    }

    public Agency agency(long account, String name) {
        return agency(account, name, "乙级", LocalDate.of(2028, 12, 31));
    }

    NewAgency newAgency(long account, String name, List<String> area) {
        return new NewAgency(
                accounts.get(account),
                name,
                "张三",
                "0531-88880000",
                "济南市历下区经十路1号",
                Jinan.LIXIA,
                area,
                List.of(new AgencyStaff("李四", "注册测绘师", "CH2020001")),
                "");
    }

    /** A project of the owner, sign-up open now for two days. */
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

    /** Fires the timers due now, as the scheduler would, nobody signed in. */
    public int fireTimers() throws Exception {
        access.logOut();
        return timers.fireDue(
                time.instant(),
                Map.of(JdbcAgencies.TIMER, agencies, JdbcProjects.TIMER, projects, "workflow-timeout", workflows));
    }

    public long count(String table) {
        return db.transactions().read(c -> Jdbc.one(c, "SELECT COUNT(*) FROM " + table, r -> r.getLong(1))
                .orElseThrow());
    }

    public List<String> topics() {
        synchronized (events) {
            return events.stream().map(DomainEvent::topic).toList();
        }
    }

    /** A configuration annotation answering every attribute with its declared default. */
    public static <A> A defaults(Class<A> type) {
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

    public void close() {
        db.close();
    }
}
