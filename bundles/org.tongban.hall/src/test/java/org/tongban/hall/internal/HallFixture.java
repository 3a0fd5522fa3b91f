package org.tongban.hall.internal;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.BundleContext;
import org.tongban.hall.Hall;
import org.tongban.hall.HallPermissions;
import org.tongban.hall.HallWindow;
import org.tongban.hall.WindowGroup;
import org.tongban.platform.api.persistence.Database;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.Jinan;
import org.tongban.testing.MutableClock;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestJurisdictions;
import org.tongban.worktime.internal.JdbcCalendarService;
import org.tongban.worktime.internal.WorktimeConfig;

/**
 * The hall's service on a real database with the working-time engine's real calendar (office hours 09:00-12:00,
 * 13:30-17:30), a clock the test moves, and a small published catalogue.
 */
public final class HallFixture {
    /** The changelog of the tests: the working-time engine's tables, then the hall's. */
    public static final String CHANGELOG = "db/hall-with-worktime.xml";

    public static final String ID_CARD = "370102-SFZ-001";
    public static final String BUSINESS_LICENCE = "370102-YYZZ-001";
    public static final String SOCIAL_SECURITY = "370102-SB-001";
    public static final String REAL_ESTATE = "370102-BDC-001";

    /** Published matters of the catalogue, by code. */
    public static final Map<String, String> MATTERS = Map.of(
            ID_CARD, "居民身份证换领",
            BUSINESS_LICENCE, "企业设立登记",
            SOCIAL_SECURITY, "社会保险登记",
            REAL_ESTATE, "不动产登记");

    public final TestJurisdictions jurisdictions = new TestJurisdictions();
    public final FakeAccessControl access = new FakeAccessControl(jurisdictions);
    public final RecordingAuditLog audit = new RecordingAuditLog();
    public final List<String> events = new CopyOnWriteArrayList<>();
    public final List<Map<String, String>> payloads = new CopyOnWriteArrayList<>();
    public final List<Map<String, Object>> consoleNotices = new CopyOnWriteArrayList<>();
    public final MutableClock clock = new MutableClock(MutableClock.beijing("2026-12-07T08:00"));
    public final JdbcHallService service;

    public HallFixture(Database database) {
        this(database, HallRules.defaults());
    }

    public HallFixture(Database database, HallRules rules) {
        JdbcCalendarService calendars = new JdbcCalendarService(
                database, access, audit, jurisdictions, defaults(WorktimeConfig.class), bundleContext());
        service = new JdbcHallService(new HallContext(
                database.transactions(),
                access,
                audit,
                jurisdictions,
                (topic, aggregate, payload) -> {
                    events.add(topic + " " + aggregate);
                    payloads.add(Map.copyOf(payload));
                },
                calendars,
                code -> Optional.ofNullable(MATTERS.get(code)),
                rules,
                clock));
        service.context().consoleNotices = consoleNotices::add;
    }

    /** A clerk of Lixia with every hall permission there. */
    public HallFixture asLixiaAdmin() {
        access.actAs("lixia-admin", Jinan.LIXIA, HallPermissions.ADMIN, HallPermissions.SERVE, HallPermissions.READ);
        return this;
    }

    /** Intake's cases as the clerk may read them. */
    public void intakeCases(String... numbers) {
        List<String> known = List.of(numbers);
        service.context().caseLinks = number -> known.contains(number) ? Optional.of(number) : Optional.empty();
    }

    /** Lixia's 政务服务中心 with a comprehensive window group, three windows and a kiosk token. */
    public Setup standardHall() {
        asLixiaAdmin();
        Hall hall = service.saveHall(Jinan.LIXIA, "LX-ZWFW", "历下区政务服务中心", "历下区龙奥北路");
        WindowGroup group = service.saveGroup(hall.id(), "ZH", "综合受理", 30, 5);
        HallWindow one = service.saveWindow(
                hall.id(), "01", "综合窗口", group.id(), List.of(ID_CARD, BUSINESS_LICENCE, SOCIAL_SECURITY));
        HallWindow two = service.saveWindow(
                hall.id(), "02", "综合窗口", group.id(), List.of(ID_CARD, BUSINESS_LICENCE, SOCIAL_SECURITY));
        HallWindow three = service.saveWindow(hall.id(), "03", "不动产窗口", null, List.of(REAL_ESTATE));
        String token = service.issueKioskToken(hall.id());
        return new Setup(hall, group, one, two, three, token);
    }

    /** What {@link #standardHall()} made. */
    public record Setup(Hall hall, WindowGroup group, HallWindow one, HallWindow two, HallWindow three, String token) {}

    static BundleContext bundleContext() {
        return (BundleContext) Proxy.newProxyInstance(
                HallFixture.class.getClassLoader(),
                new Class<?>[] {BundleContext.class},
                (proxy, method, args) -> null);
    }

    /** An annotation configuration with its defaults, as Declarative Services builds it without a configuration. */
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
}
