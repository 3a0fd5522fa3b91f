package org.tongban.keyprojects.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tongban.keyprojects.KeyProjectPermissions;
import org.tongban.keyprojects.ProjectDraft;
import org.tongban.keyprojects.StageDraft;
import org.tongban.platform.api.events.DomainEvent;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.identity.CreditCodes;
import org.tongban.platform.api.security.StaffDirectory;
import org.tongban.platform.api.security.StaffMember;
import org.tongban.platform.workflow.testing.TableTimers;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.Jinan;
import org.tongban.testing.MutableClock;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestDatabase;
import org.tongban.testing.TestJurisdictions;

/**
 * The green channel's services on a real database, with timers in a table the test fires, a Monday-to-Friday calendar,
 * and intake and the public accounts as small in-memory stand-ins of their public APIs: a case is readable by a clerk
 * holding {@code intake:read} at its jurisdiction, and owned by the account registered with its applicant's credit
 * code.
 */
public final class KeyProjectsFixture implements AutoCloseable {
    public static final String CHANGELOG = "db/keyprojects-test.xml";
    /** 立项: 企业投资项目备案. */
    public static final String FILING = "370102-XMBA-001";
    /** 用地: 建设用地规划许可. */
    public static final String LAND = "370102-YDGH-001";
    /** 施工许可: 建筑工程施工许可. */
    public static final String CONSTRUCTION = "370102-SGXK-001";
    /** Not in any plan. */
    public static final String OTHER = "370102-QYSL-001";

    public static final Map<String, String> MATTERS = Map.of(
            FILING, "企业投资项目备案",
            LAND, "建设用地规划许可证核发",
            CONSTRUCTION, "建筑工程施工许可证核发",
            OTHER, "企业设立登记");

    /** A valid credit code (GB 32100 check character computed) of the owner enterprise. */
    public static final String OWNER = withCheck("91370102MA3C5X8K2");
    /** Another enterprise's. */
    public static final String STRANGER = withCheck("91370103MA3D7Y9L4");

    public static final long OWNER_ACCOUNT = 41;

    public final TestDatabase db;
    public final TestJurisdictions jurisdictions = new TestJurisdictions();
    public final FakeAccessControl access = new FakeAccessControl(jurisdictions);
    public final RecordingAuditLog audit = new RecordingAuditLog().actorsFrom(access);
    public final MutableClock time = new MutableClock(MutableClock.beijing("2026-12-07T10:00"));
    public final List<DomainEvent> events = Collections.synchronizedList(new ArrayList<>());
    public final List<String> notices = Collections.synchronizedList(new ArrayList<>());
    public final Map<String, CaseDirectory.CaseInfo> cases = new ConcurrentHashMap<>();
    public final Map<String, String> applicants = new ConcurrentHashMap<>();
    public final TableTimers timers;
    public int warningWorkingDays = StageRules.DEFAULT_WARNING_WORKING_DAYS;
    public JdbcKeyProjects service;
    public IntakeEvents intakeEvents;

    public KeyProjectsFixture(TestDatabase db) {
        this.db = db;
        db.execute(TableTimers.TABLE);
        timers = new TableTimers(db.transactions());
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
        StaffDirectory staff = new StaffDirectory() {
            @Override
            public List<StaffMember> holding(String permission, String jurisdictionCode) {
                return List.of(new StaffMember("lx.manager", "王管家", Jinan.LIXIA));
            }

            @Override
            public boolean holds(String username, String permission, String jurisdictionCode) {
                return ("lx.manager".equals(username) || "lx.editor".equals(username))
                                && jurisdictions.contains(Jinan.LIXIA, jurisdictionCode)
                        || "sz.manager".equals(username) && jurisdictions.contains(Jinan.SHIZHONG, jurisdictionCode);
            }
        };
        KpContext ctx = new KpContext(
                db.transactions(),
                access,
                audit,
                committed,
                jurisdictions,
                staff,
                timers,
                (recipient, j, template, args) -> db.transactions()
                        .afterCommit(() -> notices.add(recipient + " " + template + " " + String.join("|", args))),
                code -> Optional.ofNullable(MATTERS.get(code)),
                new StageRules(warningWorkingDays, KeyProjectsFixture::weekday),
                time);
        ctx.cases = new CaseDirectory() {
            @Override
            public Optional<CaseInfo> readable(String number) {
                CaseInfo k = cases.get(number);
                return k != null && access.isPermitted("intake:read", k.jurisdictionCode())
                        ? Optional.of(k)
                        : Optional.empty();
            }

            @Override
            public Optional<CaseInfo> ownedBy(long accountId, String number) {
                String code = applicants.get(number);
                return accountId == OWNER_ACCOUNT && OWNER.equals(code)
                        ? Optional.ofNullable(cases.get(number))
                        : Optional.empty();
            }
        };
        ctx.accounts = new OwnerAccounts() {
            @Override
            public Optional<Long> accountOf(String creditCode) {
                return OWNER.equals(creditCode) ? Optional.of(OWNER_ACCOUNT) : Optional.empty();
            }

            @Override
            public Optional<String> creditCodeOf(long accountId) {
                return accountId == OWNER_ACCOUNT ? Optional.of(OWNER) : Optional.empty();
            }
        };
        service = new JdbcKeyProjects(ctx);
        intakeEvents = new IntakeEvents(service);
    }

    static boolean weekday(String jurisdiction, LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    static String withCheck(String first17) {
        return first17 + CreditCodes.checkCharacter(first17);
    }

    /** Lixia's editor: creates and changes projects there. */
    public KeyProjectsFixture asEditor() {
        access.actAs(
                "lx.editor",
                Jinan.LIXIA,
                KeyProjectPermissions.READ,
                KeyProjectPermissions.EDIT,
                KeyProjectPermissions.MANAGE,
                "intake:read");
        return this;
    }

    /** Lixia's named manager: reads key projects and intake cases there. */
    public KeyProjectsFixture asManager() {
        access.actAs("lx.manager", Jinan.LIXIA, KeyProjectPermissions.READ, "intake:read");
        return this;
    }

    /** Shizhong's editor, another district. */
    public KeyProjectsFixture asShizhong() {
        access.actAs(
                "sz.editor",
                Jinan.SHIZHONG,
                KeyProjectPermissions.READ,
                KeyProjectPermissions.EDIT,
                KeyProjectPermissions.MANAGE,
                "intake:read");
        return this;
    }

    /** A plan of three stages: 立项 by 12-18, 用地 by 2027-01-15, 施工许可 by 2027-03-01. */
    public static ProjectDraft draft(String code) {
        return new ProjectDraft(
                code,
                "济南国际医学科学中心配套项目",
                OWNER,
                "济南某某建设发展有限公司",
                "lx.manager",
                Jinan.LIXIA,
                List.of(
                        new StageDraft("立项", List.of(FILING), LocalDate.of(2026, 12, 18)),
                        new StageDraft("用地", List.of(LAND), LocalDate.of(2027, 1, 15)),
                        new StageDraft("施工许可", List.of(CONSTRUCTION), LocalDate.of(2027, 3, 1))));
    }

    /** An intake case as intake would tell it. */
    public void intakeCase(String number, String matter, String department, String state, String applicant) {
        cases.put(
                number,
                new CaseDirectory.CaseInfo(
                        number,
                        matter,
                        MATTERS.get(matter),
                        department,
                        Jinan.LIXIA,
                        state,
                        time.instant(),
                        time.instant().plus(java.time.Duration.ofDays(20))));
        applicants.put(number, applicant);
    }

    /** Intake published a step of a case; delivered as the event dispatcher would, nobody logged in. */
    public void intakeStep(String number, String from, String to) throws Exception {
        CaseDirectory.CaseInfo k = cases.get(number);
        if (k != null) {
            cases.put(
                    number,
                    new CaseDirectory.CaseInfo(
                            k.number(),
                            k.matterCode(),
                            k.matterName(),
                            k.departmentCode(),
                            k.jurisdictionCode(),
                            to,
                            k.receivedAt(),
                            k.deadline()));
        }
        var saved = access.currentUser();
        access.logOut();
        intakeEvents.handle(new DomainEvent(
                1,
                "intake/STEP",
                "intake/" + number,
                Map.of("id", number, "from", from, "to", to, "jurisdictionCode", Jinan.LIXIA),
                time.instant()));
        saved.ifPresent(u -> access.actAs(u, permissionsOf(u.username())));
    }

    private static String[] permissionsOf(String username) {
        return switch (username) {
            case "lx.manager" -> new String[] {KeyProjectPermissions.READ, "intake:read"};
            default ->
                new String[] {
                    KeyProjectPermissions.READ, KeyProjectPermissions.EDIT, KeyProjectPermissions.MANAGE, "intake:read"
                };
        };
    }

    /** Fires the timers due now, as the scheduler would, nobody logged in. */
    public int fireTimers() throws Exception {
        var saved = access.currentUser();
        access.logOut();
        int n = timers.fireDue(time.instant(), Map.of(KeyProjectService.TIMER, service));
        saved.ifPresent(u -> access.actAs(u, permissionsOf(u.username())));
        return n;
    }

    public Set<String> topics() {
        synchronized (events) {
            return events.stream().map(DomainEvent::topic).collect(java.util.stream.Collectors.toSet());
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
