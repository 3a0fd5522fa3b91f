package org.tongban.market.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.tongban.market.Agencies;
import org.tongban.market.AgencyStaff;
import org.tongban.market.Funding;
import org.tongban.market.NewAgency;
import org.tongban.market.NewProject;
import org.tongban.market.NewQualification;
import org.tongban.market.Project;
import org.tongban.market.Projects;
import org.tongban.market.SelectionMethod;
import org.tongban.market.ServiceType;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.accounts.Registration;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.identity.ApplicantKind;
import org.tongban.platform.api.identity.CreditCodes;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.LoginResult;

/**
 * In the demos of Jinan (and Yingkou, where that city is assembled): the market office {@value #OFFICE} of
 * docs/demo-accounts.md defines three service types and publishes four surveying agencies that registered through
 * their own enterprise accounts (one qualification expiring within the warning period); an owner unit publishes a
 * fiscal random-draw project still open for sign-up with three applicants, and a best-price project whose window
 * closed, drawn from published inputs and now in publicity. Loaded once: skipped when agencies exist.
 */
@Component(immediate = true)
public final class DemoMarket {
    private static final Logger LOG = LoggerFactory.getLogger(DemoMarket.class);
    static final String OFFICE = "market.office";
    static final String OFFICE_PASSWORD = "Demo2026zhongjie";
    static final String AGENCY_PASSWORD = "Demo2026jigou";
    static final String OWNER_PASSWORD = "Demo2026yezhu";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final byte[] SCAN =
            "%PDF-1.4\n% 资质证书扫描件（演示）\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    /** A city's demo: its district, the owner and the agencies by the first 17 characters of their codes. */
    record City(String district, String ownerPrefix, String ownerName, List<String[]> agencies) {}

    static final Map<String, City> CITIES = Map.of(
            "jinan",
            new City(
                    "370102",
                    "11370102MB2850001",
                    "济南市历下区住房和城乡建设局",
                    List.of(
                            new String[] {"91370102MA3D00001", "济南正元测绘有限公司", "甲级"},
                            new String[] {"91370102MA3D00002", "山东泉城测绘技术有限公司", "乙级"},
                            new String[] {"91370102MA3D00003", "济南鲁信工程测绘有限公司", "乙级"},
                            new String[] {"91370102MA3D00004", "山东历城地理信息有限公司", "丙级"})),
            "yingkou",
            new City(
                    "210802",
                    "11210802MB2850001",
                    "营口市站前区住房和城乡建设局",
                    List.of(
                            new String[] {"91210802MA3D00001", "营口辽河测绘有限公司", "甲级"},
                            new String[] {"91210802MA3D00002", "营口港城勘测设计有限公司", "乙级"},
                            new String[] {"91210802MA3D00003", "辽宁鲅鱼圈测绘技术有限公司", "乙级"},
                            new String[] {"91210802MA3D00004", "营口渤海地理信息有限公司", "丙级"})));

    private final Database database;
    private final Authenticator authenticator;
    private final Agencies agencies;
    private final Projects projects;
    private final PublicAccounts accounts;
    private Thread loader;

    @Activate
    public DemoMarket(
            BundleContext context,
            @Reference Database database,
            @Reference Authenticator authenticator,
            @Reference Agencies agencies,
            @Reference Projects projects,
            @Reference PublicAccounts accounts) {
        this.database = database;
        this.authenticator = authenticator;
        this.agencies = agencies;
        this.projects = projects;
        this.accounts = accounts;
        String city = context.getProperty(PlatformProperties.CITY);
        if (!PlatformProperties.isDemo(context.getProperty(PlatformProperties.DEMO)) || !CITIES.containsKey(city)) {
            return;
        }
        loader = new Thread(() -> load(CITIES.get(city)), "tongban-demo-market");
        loader.setDaemon(true);
        loader.start();
    }

    @Deactivate
    void stop() {
        if (loader != null) {
            loader.interrupt();
        }
    }

    private void load(City city) {
        try {
            if (!awaitOffice(Duration.ofMinutes(2))) {
                LOG.warn("Demo mode: the market office's demo account was not created, no market demo data loaded");
                return;
            }
            boolean loaded = database.transactions()
                    .read(c -> Jdbc.one(c, "SELECT COUNT(*) FROM market_agency", r -> r.getLong(1))
                                    .orElse(0L)
                            > 0);
            if (!loaded) {
                fill(city);
            }
        } catch (RuntimeException e) {
            LOG.warn("Demo mode: the market demo data could not be loaded", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void fill(City city) throws InterruptedException {
        asOffice(() -> {
            agencies.defineServiceType(new ServiceType("SURVEY", "工程测绘", true, "《中华人民共和国测绘法》第二十七条", List.of()));
            agencies.defineServiceType(new ServiceType("EIA", "环境影响评价", true, "《中华人民共和国环境影响评价法》第十九条", List.of()));
            agencies.defineServiceType(new ServiceType("COST", "工程造价咨询", false, null, List.of()));
            return null;
        });
        LocalDate today = LocalDate.now(ZONE);
        long[] agencyAccounts = new long[city.agencies().size()];
        for (int i = 0; i < agencyAccounts.length; i++) {
            String[] a = city.agencies().get(i);
            long account = account(a[0], a[1], AGENCY_PASSWORD, "1380013800" + i);
            agencyAccounts[i] = account;
            agencies.register(
                    account,
                    new NewAgency(
                            code(a[0]),
                            a[1],
                            "王" + "明华文静".charAt(i),
                            "0531-8690100" + i,
                            "演示地址" + (i + 1) + "号",
                            city.district(),
                            List.of(),
                            List.of(new AgencyStaff("刘" + "洋波涛军".charAt(i), "注册测绘师", "CH20190" + i)),
                            "从事工程测量、地形测绘与不动产测绘。"));
            LocalDate until = i == 3 ? today.plusDays(20) : today.plusYears(3);
            agencies.addQualification(
                    account,
                    new NewQualification(
                            "SURVEY", a[2], "省自然资源厅", "测资字" + a[0].substring(10), today.minusYears(2), until),
                    "资质证书.pdf",
                    SCAN);
            agencies.submit(account);
            long id = agencies.ownAgency(account).orElseThrow().id();
            asOffice(() -> agencies.review(id, true, "营业执照、资质证书与登记一致"));
        }
        long owner = account(city.ownerPrefix(), city.ownerName(), OWNER_PASSWORD, "13900139000");
        Instant now = Instant.now();
        Project open = projects.publish(
                owner,
                new NewProject(
                        city.ownerName(),
                        city.district(),
                        "SURVEY",
                        "老旧小区改造项目1:500地形图测绘",
                        "改造范围约0.8平方公里的1:500数字化地形图测绘及管线调查。",
                        new BigDecimal("86000"),
                        Funding.FISCAL,
                        SelectionMethod.RANDOM_DRAW,
                        "乙级",
                        "近三年完成同类测绘项目不少于2项。",
                        now,
                        now.plus(Duration.ofDays(3)),
                        20,
                        null));
        for (int i = 0; i < 3; i++) {
            projects.signUp(agencyAccounts[i], open.id(), null);
        }
        Project priced = projects.publish(
                owner,
                new NewProject(
                        city.ownerName(),
                        city.district(),
                        "SURVEY",
                        "市政道路竣工测量",
                        "道路竣工测量及竣工图编制，全长约3.2公里。",
                        new BigDecimal("60000"),
                        Funding.FISCAL,
                        SelectionMethod.BEST_PRICE,
                        null,
                        "",
                        now,
                        now.plusSeconds(8),
                        15,
                        null));
        String[] bids = {"52000", "55800", "57300", "59900"};
        for (int i = 0; i < 4; i++) {
            projects.signUp(agencyAccounts[i], priced.id(), new BigDecimal(bids[i]));
        }
        Thread.sleep(
                Math.max(0, Duration.between(Instant.now(), now.plusSeconds(9)).toMillis()));
        asOffice(() -> {
            projects.fixDrawInputs(priced.id(), "演示公开值：" + today + " 报名截止后公布的随机数 4729");
            return projects.runSelection(priced.id());
        });
        LOG.info("Demo mode: the market's agencies and projects are loaded");
    }

    private static String code(String first17) {
        return first17 + CreditCodes.checkCharacter(first17);
    }

    private long account(String prefix, String name, String password, String mobile) {
        String code = code(prefix);
        return accounts.byIdentifier(code).map(PublicAccount::id).orElseGet(() -> accounts.register(
                        new Registration(ApplicantKind.ORGANISATION, name, code, "联系人", mobile, password.toCharArray()))
                .id());
    }

    private <T> T asOffice(Supplier<T> work) {
        LoginResult login = authenticator.login(OFFICE, OFFICE_PASSWORD.toCharArray(), "127.0.0.1");
        if (!login.loggedIn()) {
            throw new IllegalStateException("the market office's demo account cannot sign in");
        }
        authenticator.bind(login.session());
        try {
            return work.get();
        } finally {
            authenticator.bind(null);
            authenticator.logout(login.session());
        }
    }

    private boolean awaitOffice(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            boolean exists = database.transactions()
                    .read(c ->
                            Jdbc.one(c, "SELECT COUNT(*) FROM sec_user WHERE username = ?", r -> r.getLong(1), OFFICE)
                                            .orElse(0L)
                                    > 0);
            if (exists) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }
}
