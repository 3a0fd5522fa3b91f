package org.tongban.helpdesk.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.helpdesk.HelpChannel;
import org.tongban.helpdesk.HelpKind;
import org.tongban.helpdesk.HelpRequest;
import org.tongban.helpdesk.NewRequest;
import org.tongban.helpdesk.NewTeam;
import org.tongban.helpdesk.Requester;
import org.tongban.helpdesk.Team;
import org.tongban.helpdesk.TeamLevel;
import org.tongban.helpdesk.Urgency;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.LoginResult;

/**
 * In the demos of Zibo and Jinan, at the first start: the help-desk teams of the city (Zibo: the city hall's task force
 * 市政务服务中心帮办代办专班, 淄川区's grid helpers, 高新区's "益家人·帮您办" for enterprises and 经开区's "跑全程" for
 * construction projects; Jinan: the task force and 历下区's helpers) and a few requests taken through their steps by
 * the demo accounts of docs/demo-accounts.md, signed in as on a real day.
 */
@Component(immediate = true)
public final class DemoHelpdesk {
    private static final Logger LOG = LoggerFactory.getLogger(DemoHelpdesk.class);
    static final String LEAD = "helpdesk.lead";
    static final String LEAD_PASSWORD = "Demo2026bangban";
    static final String HELPER = "helpdesk.helper";
    static final String HELPER_PASSWORD = "Demo2026bangbanyuan";

    /** A demo team and its members (username → name). */
    record DemoTeam(NewTeam team, Map<String, String> members) {}

    static final Map<String, List<DemoTeam>> TEAMS = Map.of(
            "zibo",
            List.of(
                    new DemoTeam(
                            new NewTeam("ZB-ZB", "市政务服务中心帮办代办专班", TeamLevel.CITY, "general", "370300", LEAD),
                            Map.of(LEAD, "专班组长", HELPER, "专班帮办员")),
                    new DemoTeam(
                            new NewTeam("ZC-WG", "淄川区网格帮办员", TeamLevel.DISTRICT, "general", "370302", "zichuan.helper"),
                            Map.of("zichuan.helper", "淄川区网格帮办员")),
                    // 高新区 and 经开区 are not divisions of GB/T 2260; their teams serve 张店区, where both lie.
                    new DemoTeam(
                            new NewTeam("GX-YJR", "高新区“益家人·帮您办”", TeamLevel.DISTRICT, "enterprise", "370303", HELPER),
                            Map.of(HELPER, "益家人帮办员")),
                    new DemoTeam(
                            new NewTeam("JK-PQC", "经开区“跑全程”项目帮办", TeamLevel.DISTRICT, "construction", "370303", LEAD),
                            Map.of(LEAD, "项目管家"))),
            "jinan",
            List.of(
                    new DemoTeam(
                            new NewTeam("JN-ZB", "市政务服务中心帮办代办专班", TeamLevel.CITY, "general", "370100", LEAD),
                            Map.of(LEAD, "专班组长", HELPER, "专班帮办员")),
                    new DemoTeam(
                            new NewTeam("LX-BB", "历下区帮办代办服务队", TeamLevel.DISTRICT, "general", "370102", "lixia.helper"),
                            Map.of("lixia.helper", "历下区帮办员"))));

    private final JdbcHelpdeskService service;
    private final Authenticator authenticator;
    private Thread loader;

    @Activate
    public DemoHelpdesk(
            BundleContext context,
            @Reference Database database,
            @Reference Authenticator authenticator,
            @Reference JdbcHelpdeskService service) {
        this.service = service;
        this.authenticator = authenticator;
        String city = context.getProperty(PlatformProperties.CITY);
        if (!PlatformProperties.isDemo(context.getProperty(PlatformProperties.DEMO)) || !TEAMS.containsKey(city)) {
            return;
        }
        loader = new Thread(() -> load(database, city), "tongban-demo-helpdesk");
        loader.setDaemon(true);
        loader.start();
    }

    @Deactivate
    void stop() {
        if (loader != null) {
            loader.interrupt();
        }
    }

    private void load(Database database, String city) {
        try {
            if (!awaitLead(database, Duration.ofMinutes(2))) {
                LOG.warn("Demo mode: the help desk's demo accounts were not created, no help-desk demo data loaded");
                return;
            }
            if (database.transactions().read(c -> Jdbc.one(c, "SELECT COUNT(*) FROM hd_team", r -> r.getLong(1))
                            .orElse(0L))
                    > 0) {
                return;
            }
            as(LEAD, LEAD_PASSWORD, () -> {
                for (DemoTeam t : TEAMS.get(city)) {
                    Team team = service.saveTeam(t.team());
                    t.members().forEach((user, name) -> service.addMember(team.id(), user, name));
                }
            });
            requests(city);
        } catch (RuntimeException e) {
            LOG.warn("Demo mode: the help-desk demo data could not be loaded", e);
        }
    }

    private void requests(String city) {
        String root = "zibo".equals(city) ? "370300" : "370100";
        String district = "zibo".equals(city) ? "370302" : "370102";
        String enterprises = "zibo".equals(city) ? "370303" : "370102";
        as(HELPER, HELPER_PASSWORD, () -> {
            HelpRequest elderly = service.register(new NewRequest(
                    HelpChannel.WINDOW,
                    Requester.person("王秀英", "11010519491231002X", "13800000000"),
                    List.of(),
                    "养老保险待遇领取资格认证及社保卡补办",
                    "elderly",
                    HelpKind.FULL_AGENCY,
                    Urgency.URGENT,
                    "八十岁老人行动不便，由子女陪同到窗口，请求全程代办。",
                    district,
                    null));
            HelpRequest start = service.register(new NewRequest(
                    HelpChannel.VISIT,
                    Requester.enterprise("淄博示范新材料有限公司", "91350100M000100Y43", "0533-1234567"),
                    List.of(),
                    "企业开办（设立登记、刻章、税务登记）",
                    "enterprise",
                    HelpKind.JOINT,
                    Urgency.NORMAL,
                    "走访企业时提出：新设子公司，涉及市场监管、公安、税务，请联合代办。",
                    enterprises,
                    null));
            service.register(new NewRequest(
                    HelpChannel.HOTLINE,
                    Requester.person("李建国", "11010519491231002X", "13900000000"),
                    List.of(),
                    "不动产登记咨询",
                    "general",
                    HelpKind.FORWARDED,
                    Urgency.NORMAL,
                    "12345 热线转来：二手房过户需要哪些材料，能否预审。",
                    root,
                    "12345-DEMO-0001"));
            service.take(start.id(), start.version());
            service.note(start.id(), "已联系市场监管、公安、税务窗口，约定周三集中办理。");
            LOG.info("Demo mode: help-desk requests {} and {} registered", elderly.number(), start.number());
        });
        as(LEAD, LEAD_PASSWORD, () -> service.requests(org.tongban.helpdesk.RequestQuery.of(root)).rows().stream()
                .filter(r -> r.owner() == null && r.kind() == HelpKind.FULL_AGENCY)
                .forEach(r -> service.assignAutomatically(r.id(), r.version())));
    }

    private void as(String user, String password, Runnable work) {
        LoginResult login = authenticator.login(user, password.toCharArray(), "127.0.0.1");
        if (!login.loggedIn()) {
            LOG.warn("Demo mode: {} could not sign in, part of the help-desk demo data is missing", user);
            return;
        }
        authenticator.bind(login.session());
        try {
            work.run();
        } finally {
            authenticator.bind(null);
            authenticator.logout(login.session());
        }
    }

    private static boolean awaitLead(Database database, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            boolean exists = database.transactions()
                    .read(c ->
                            Jdbc.one(c, "SELECT COUNT(*) FROM sec_user WHERE username = ?", r -> r.getLong(1), HELPER)
                                            .orElse(0L)
                                    > 0);
            if (exists) {
                return true;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
