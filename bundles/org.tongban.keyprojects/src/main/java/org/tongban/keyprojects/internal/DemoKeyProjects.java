package org.tongban.keyprojects.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.catalogue.MatterQuery;
import org.tongban.catalogue.MatterSummary;
import org.tongban.intake.CitizenCases;
import org.tongban.intake.IntakeCase;
import org.tongban.keyprojects.KeyProject;
import org.tongban.keyprojects.KeyProjects;
import org.tongban.keyprojects.MeetingDraft;
import org.tongban.keyprojects.ProjectDraft;
import org.tongban.keyprojects.StageDraft;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.accounts.Registration;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.identity.ApplicantKind;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.LoginResult;

/**
 * In the demo of Jinan and Zibo only: a key project of the city whose owner enterprise has a public account, its stage
 * plan taken from the matters the owner's demo cases are for (Jinan) or from the first published matters of the
 * catalogue (Zibo, once it has any), its cases linked by number and a joint meeting with an action, all through the real
 * services as the demo editor and manager.
 */
@Component(immediate = true)
public final class DemoKeyProjects {
    static final String EDITOR = "kp.editor";
    static final String EDITOR_PASSWORD = "Demo2026xiangmu";
    static final String MANAGER = "kp.manager";
    static final String MANAGER_PASSWORD = "Demo2026guanjia";
    /** The owner enterprise's public account's password (docs/demo-accounts.md). */
    static final String OWNER_PASSWORD = "Demo2026yezhu";

    /** Jinan's demo restaurant company, the applicant of intake's demo cases. */
    static final String JINAN_OWNER = "91370102MA3C4K5L67";

    static final String ZIBO_OWNER = "91370303MA3N0Q8X56";

    private static final Logger LOG = LoggerFactory.getLogger(DemoKeyProjects.class);
    private static final List<String> STAGES = List.of("立项", "用地", "规划", "施工许可", "联合验收");

    private final Database database;
    private final Authenticator authenticator;
    private final KeyProjects projects;
    private final PublicAccounts accounts;
    private final CitizenCases cases;
    private final MatterCatalogue catalogue;
    private final String city;
    private final String root;
    private Thread loader;

    @Activate
    public DemoKeyProjects(
            BundleContext context,
            @Reference Database database,
            @Reference Authenticator authenticator,
            @Reference KeyProjects projects,
            @Reference PublicAccounts accounts,
            @Reference CitizenCases cases,
            @Reference MatterCatalogue catalogue) {
        this.database = database;
        this.authenticator = authenticator;
        this.projects = projects;
        this.accounts = accounts;
        this.cases = cases;
        this.catalogue = catalogue;
        this.city = context.getProperty(PlatformProperties.CITY);
        this.root = context.getProperty(PlatformProperties.ROOT_JURISDICTION);
        if (!PlatformProperties.isDemo(context.getProperty(PlatformProperties.DEMO))
                || !List.of("jinan", "zibo").contains(city)
                || root == null) {
            return;
        }
        // The demo accounts appear once the security bundle has seen this bundle's roles: load on a thread of its own.
        loader = new Thread(this::load, "tongban-demo-keyprojects");
        loader.setDaemon(true);
        loader.start();
    }

    @Deactivate
    void stop() {
        if (loader != null) {
            loader.interrupt();
        }
    }

    private void load() {
        try {
            if (!awaitAccount(MANAGER, Duration.ofMinutes(3))) {
                LOG.warn("Demo mode: the key projects' demo accounts were not created, no key project loaded");
                return;
            }
            // Intake's demo cases load on their own thread at the first start: give them time to be there.
            Thread.sleep(5000);
            boolean empty = database.transactions()
                    .read(c -> Jdbc.one(c, "SELECT COUNT(*) FROM kp_project", r -> r.getLong(1))
                                    .orElse(0L)
                            == 0);
            if (!empty) {
                return;
            }
            boolean jinan = "jinan".equals(city);
            String owner = jinan ? JINAN_OWNER : ZIBO_OWNER;
            String ownerName = jinan ? "济南泉城餐饮管理有限公司" : "淄博齐鲁新材料产业园开发有限公司";
            long account = accounts.byIdentifier(owner).map(a -> a.id()).orElseGet(() -> accounts.register(
                            new Registration(
                                    ApplicantKind.ORGANISATION,
                                    ownerName,
                                    owner,
                                    "张经理",
                                    "13900001234",
                                    OWNER_PASSWORD.toCharArray()))
                    .id());
            List<IntakeCase> own = cases.cases(account, 100);
            Map<String, List<String>> plan = plan(own);
            if (plan.isEmpty()) {
                LOG.info("Demo mode: no published matter for a key project's stage plan yet, none loaded");
                return;
            }
            LocalDate today = LocalDate.now(KpContext.ZONE);
            List<StageDraft> stages = new ArrayList<>();
            int[] days = {20, 3, 45, 90, 150};
            int i = 0;
            for (Map.Entry<String, List<String>> e : plan.entrySet()) {
                stages.add(new StageDraft(e.getKey(), e.getValue(), today.plusDays(days[i++])));
            }
            KeyProject p = as(
                    EDITOR,
                    EDITOR_PASSWORD,
                    () -> projects.create(new ProjectDraft(
                            jinan ? "2026-370102-61-03-000123" : "2026-370303-30-03-000456",
                            jinan ? "泉城中央厨房及冷链配送中心建设项目" : "齐鲁新材料产业园标准厂房建设项目",
                            owner,
                            ownerName,
                            MANAGER,
                            jinan ? "370102" : root,
                            stages)));
            int linked = as(MANAGER, MANAGER_PASSWORD, () -> {
                int n = 0;
                for (IntakeCase k : own) {
                    try {
                        projects.link(p.id(), k.number());
                        n++;
                    } catch (RuntimeException e) {
                        // a case of a matter outside the plan, or already linked
                    }
                }
                var meeting = projects.callMeeting(
                        p.id(),
                        new MeetingDraft(
                                today.plusDays(2),
                                "项目审批联合审查（第一次）",
                                List.of("行政审批服务局", "自然资源和规划局", "住房和城乡建设局"),
                                "各部门提前介入，材料齐全的当场办，材料不全的一次性告知。"));
                projects.addAction(meeting.id(), "出具规划条件意见", "自然资源和规划局", today.plusDays(7));
                return n;
            });
            LOG.info(
                    "Demo mode: key project {} with {} stages and {} linked cases loaded",
                    p.code(),
                    stages.size(),
                    linked);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("Demo key project could not be loaded", e);
        }
    }

    /** Stage names to matters: the owner's cases' matters in order, else the catalogue's first published matters. */
    private Map<String, List<String>> plan(List<IntakeCase> own) {
        List<String> matters =
                own.stream().map(IntakeCase::matterCode).distinct().toList();
        if (matters.isEmpty()) {
            matters = catalogue.publishedMatters(MatterQuery.of(root)).items().stream()
                    .map(MatterSummary::code)
                    .limit(STAGES.size())
                    .toList();
        }
        Map<String, List<String>> plan = new LinkedHashMap<>();
        for (int i = 0; i < matters.size(); i++) {
            plan.computeIfAbsent(STAGES.get(Math.min(i, STAGES.size() - 1)), s -> new ArrayList<>())
                    .add(matters.get(i));
        }
        return plan;
    }

    private boolean awaitAccount(String username, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            long count = database.transactions().read(c -> Jdbc.one(
                            c, "SELECT COUNT(*) FROM sec_user WHERE username = ?", r -> r.getLong(1), username)
                    .orElse(0L));
            if (count > 0) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    private <T> T as(String username, String password, Supplier<T> work) {
        LoginResult login = authenticator.login(username, password.toCharArray(), "127.0.0.1");
        if (!login.loggedIn()) {
            throw new IllegalStateException("demo account " + username + " cannot sign in");
        }
        authenticator.bind(login.session());
        try {
            return work.get();
        } finally {
            authenticator.bind(null);
            authenticator.logout(login.session());
        }
    }
}
