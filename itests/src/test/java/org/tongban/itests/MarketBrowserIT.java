package org.tongban.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tongban.itests.support.ConsolePages;
import org.tongban.itests.support.DemoInBrowser;
import org.tongban.itests.support.PublicAccounts;
import org.tongban.platform.api.identity.CreditCodes;

/**
 * The intermediary service market in Jinan's demo, in Chromium, each party in its own browser context: an agency
 * registers through its enterprise account with a qualification and the market office publishes it; an owner
 * publishes a fiscal random-draw project from a phone-sized window, three agencies sign up, the office fixes the
 * draw's inputs and runs it, and the public draw page re-checks it in the visitor's browser and on the server. A
 * directly chosen winner accepts, both confirm the contract, the result is delivered, accepted and rated in public;
 * another agency refuses three won projects and lands on the black list, which then refuses its sign-ups.
 */
class MarketBrowserIT {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String OFFICE = "market.office";
    private static final String OFFICE_PASSWORD = "Demo2026zhongjie";
    private static final String OWNER = "11370102MB2850001Y";
    private static final List<String> AGENCIES =
            List.of("91370102MA3D000011", "91370102MA3D000024", "91370102MA3D000037");
    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);

    @RegisterExtension
    static final DemoInBrowser jinan = DemoInBrowser.shared("jinan");

    @TempDir
    Path temp;

    /** The market's demo loads in the background once the office's account exists: its agencies are then public. */
    @BeforeEach
    void awaitTheMarketsDemo() throws Exception {
        long until = System.currentTimeMillis() + 180_000;
        while (!jinan.instance().get("/market/agencies").body().contains("济南正元测绘有限公司")) {
            assertThat(System.currentTimeMillis())
                    .as("the market's demo data loaded")
                    .isLessThan(until);
            Thread.sleep(1_000);
        }
    }

    @Test
    void anAgencyRegistersWithAQualificationAndTheOfficePublishesIt() throws Exception {
        String first17 = "91370102MA3Y" + String.format("%05d", System.nanoTime() % 100_000);
        String code = first17 + CreditCodes.checkCharacter(first17);
        String name = "济南测试地理信息有限公司" + code.substring(12, 17);
        register(code, name, "Agency2026pass");
        Page agency = jinan.page();
        agency.setViewportSize(390, 844);
        signIn(agency, code, "Agency2026pass");

        agency.navigate(jinan.baseUrl() + "/market/agency");
        ConsolePages.settle(agency);
        agency.locator("#market-agency-credit-code input").fill(code);
        agency.locator("#market-agency-name input").fill(name);
        agency.locator("#market-agency-legal input").fill("王五");
        agency.locator("#market-agency-phone input").fill("0531-86660000");
        agency.locator("#market-agency-address input").fill("济南市历下区经十路100号");
        agency.locator("#market-agency-staff textarea").fill("王五 注册测绘师 CH2019009");
        agency.locator("#market-agency-register").click();
        ConsolePages.settle(agency);
        assertThat(agency.locator("#market-agency-status")).containsText("草稿", SLOW);

        choose(agency, "#market-qualification-type", "工程测绘");
        choose(agency, "#market-qualification-level", "乙级");
        agency.locator("#market-qualification-issuer input").fill("山东省自然资源厅");
        agency.locator("#market-qualification-number input").fill("乙测资字3701999");
        date(agency, "#market-qualification-from", "2024-01-01");
        date(agency, "#market-qualification-until", "2029-12-31");
        agency.locator("#market-qualification-scan input[type=file]").setInputFiles(pdf("资质证书.pdf"));
        ConsolePages.settle(agency);
        agency.locator("#market-qualification-add").click();
        ConsolePages.settle(agency);
        assertThat(agency.locator(".market-qualifications")).containsText("乙测资字3701999", SLOW);
        agency.locator("#market-agency-submit").click();
        ConsolePages.settle(agency);
        assertThat(agency.locator("#market-agency-status")).containsText("待审核", SLOW);

        try (BrowserContext officeContext = jinan.browser().newContext()) {
            Page office = officeContext.newPage();
            ConsolePages.login(office, jinan.baseUrl(), OFFICE, OFFICE_PASSWORD);
            office.navigate(jinan.baseUrl() + "/console/market/review");
            ConsolePages.settle(office);
            office.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(name))
                    .first()
                    .click();
            ConsolePages.settle(office);
            assertThat(office.locator("#market-review-details")).containsText(code, SLOW);
            office.locator("#market-review-publish").click();
            ConsolePages.settle(office);
        }

        Page anyone = jinan.browser().newPage();
        anyone.navigate(jinan.baseUrl() + "/market/agencies?q=" + code);
        assertThat(anyone.locator("#market-agencies")).containsText(name);
        anyone.close();
    }

    @Test
    void anOwnerPublishesAFiscalDrawThreeAgenciesSignUpAndTheDrawIsReCheckedOnItsPage() throws Exception {
        String title = "营口港区道路地形测绘" + (System.nanoTime() % 10_000);
        LocalDateTime now = LocalDateTime.now(CHINA).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime closes = LocalDateTime.now(CHINA)
                .plusSeconds(100)
                .truncatedTo(ChronoUnit.MINUTES)
                .plusMinutes(1);

        Page owner = jinan.page();
        owner.setViewportSize(390, 844);
        signIn(owner, OWNER, "Demo2026yezhu");
        owner.navigate(jinan.baseUrl() + "/market/owner");
        ConsolePages.settle(owner);
        owner.locator("#market-project-owner input").fill("济南市历下区住房和城乡建设局");
        choose(owner, "#market-project-type", "工程测绘");
        owner.locator("#market-project-title input").fill(title);
        owner.locator("#market-project-scope textarea").fill("1:500地形图测绘约1.5平方公里");
        owner.locator("#market-project-ceiling input").fill("80000");
        owner.locator("#market-project-days input").fill("20");
        dateTime(owner, "#market-project-opens", now);
        dateTime(owner, "#market-project-closes", closes);
        ConsolePages.settle(owner);
        owner.locator("#market-project-publish").click();
        ConsolePages.settle(owner);
        assertThat(owner.locator("#market-my-projects")).containsText(title, SLOW);

        for (String agencyCode : AGENCIES) {
            try (BrowserContext context = jinan.browser().newContext()) {
                Page agency = context.newPage();
                signIn(agency, agencyCode, "Demo2026jigou");
                agency.navigate(jinan.baseUrl() + "/market/agency");
                ConsolePages.settle(agency);
                choose(agency, "#market-signup-project", title);
                agency.locator("#market-signup-submit").click();
                ConsolePages.settle(agency);
                assertThat(agency.locator("#market-my-signups")).containsText(title, SLOW);
            }
        }

        closeSignUp(title);
        try (BrowserContext officeContext = jinan.browser().newContext()) {
            Page office = officeContext.newPage();
            ConsolePages.login(office, jinan.baseUrl(), OFFICE, OFFICE_PASSWORD);
            office.navigate(jinan.baseUrl() + "/console/market/projects");
            ConsolePages.settle(office);
            office.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(title))
                    .first()
                    .click();
            ConsolePages.settle(office);
            office.locator("#market-public-value input").fill("2026-12-08 上证指数收盘 3412.57");
            office.locator("#market-fix-inputs").click();
            ConsolePages.settle(office);
            office.locator("#market-run-selection").click();
            ConsolePages.settle(office);
            assertThat(office.locator("#market-selection")).containsText("中选机构", SLOW);
        }

        Page anyone = jinan.browser().newPage();
        anyone.setViewportSize(390, 844);
        anyone.navigate(
                jinan.baseUrl() + "/market/projects?q=" + java.net.URLEncoder.encode(title, StandardCharsets.UTF_8));
        anyone.locator("#market-projects a", new Page.LocatorOptions().setHasText(title))
                .click();
        anyone.locator("#market-project-draw").click();
        Locator browserCheck = anyone.locator("#market-draw-browser");
        assertThat(browserCheck).containsText("与公布结果一致", SLOW);
        assertThat(browserCheck).hasAttribute("data-outcome", "same");
        String winner = anyone.locator("#market-draw-order li").first().getAttribute("data-candidate");
        assertThat(browserCheck).hasAttribute("data-winner", winner);

        // One candidate left out: another checksum and another order, said as such.
        List<String> candidates = anyone.locator("#market-draw-order li").all().stream()
                .map(li -> li.getAttribute("data-candidate"))
                .sorted()
                .toList();
        anyone.locator("#market-draw-recheck-form textarea[name=candidates]")
                .fill(String.join("\n", candidates.subList(0, candidates.size() - 1)));
        anyone.locator("#market-draw-recheck-form button[type=submit]").click();
        assertThat(anyone.locator("#market-draw-recheck")).containsText("与公布结果不同");
        assertThat(anyone.locator("#market-draw-recheck")).hasAttribute("data-outcome", "differ");
        anyone.locator("#market-draw-recheck-form textarea[name=candidates]").fill(String.join("\n", candidates));
        anyone.locator("#market-draw-recheck-form button[type=submit]").click();
        assertThat(anyone.locator("#market-draw-recheck")).containsText("与公布结果一致");
        Object scrollWidth = anyone.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) scrollWidth).intValue())
                .as("no sideways scrolling at 390 px")
                .isLessThanOrEqualTo(390);

        anyone.close();

        // The standalone program the draw page links to is the one published with the source.
        var program = jinan.instance().get("/api/v1/market/Redraw.java");
        assertThat(program.statusCode()).isEqualTo(200);
        assertThat(program.body())
                .isEqualTo(java.nio.file.Files.readString(java.nio.file.Path.of("../docs/market/Redraw.java")));
    }

    @Test
    void aWinnerSignsDeliversAndIsRatedInPublic() throws Exception {
        String title = "历下区管网测绘" + (System.nanoTime() % 10_000);
        LocalDateTime closes = closingSoon();
        Page owner = jinan.page();
        signIn(owner, OWNER, "Demo2026yezhu");
        publishDirect(owner, title, closes);
        signUp(AGENCIES.getFirst(), title);
        closeSignUp(title);

        ownerChooses(owner, title, "济南正元测绘有限公司");
        endPublicity(title);
        ownerDoes(owner, title, "#market-ui-work-confirmResult");
        try (BrowserContext context = jinan.browser().newContext()) {
            Page agency = context.newPage();
            agency.setViewportSize(390, 844);
            signIn(agency, AGENCIES.getFirst(), "Demo2026jigou");
            agencyOpens(agency, title);
            agency.locator("#market-ui-work-accept").click();
            ConsolePages.settle(agency);
            assertThat(agency.locator("#market-project-panel")).containsText("待上传合同", SLOW);
            agency.locator("#market-ui-work-contract input[type=file]").setInputFiles(pdf("服务合同.pdf"));
            ConsolePages.settle(agency);
            assertThat(agency.locator("#market-project-panel")).containsText("待确认合同", SLOW);
            agency.locator("#market-ui-work-confirmContract").click();
            ConsolePages.settle(agency);
            ownerDoes(owner, title, "#market-ui-work-confirmContract");
            assertThat(owner.locator("#market-project-panel")).containsText("服务中", SLOW);
            agencyOpens(agency, title);
            agency.locator("#market-ui-work-result input[type=file]").setInputFiles(pdf("测绘成果报告.pdf"));
            ConsolePages.settle(agency);
            assertThat(agency.locator("#market-project-panel")).containsText("待验收", SLOW);
        }
        ownerDoes(owner, title, "#market-ui-work-acceptResult");
        assertThat(owner.locator("#market-project-panel")).containsText("已完成", SLOW);
        owner.locator("#market-rating-quality input").fill("5");
        owner.locator("#market-rating-timeliness input").fill("4");
        owner.locator("#market-rating-attitude input").fill("5");
        owner.locator("#market-rating-price input").fill("4");
        owner.locator("#market-rating textarea").fill("成果规范，交付及时");
        owner.locator("#market-rating-submit").click();
        ConsolePages.settle(owner);
        assertThat(owner.locator("#market-project-panel")).containsText("已评价", SLOW);

        // the rating is public on the agency's page, with the project it was given for
        Page anyone = jinan.browser().newPage();
        anyone.navigate(jinan.baseUrl() + "/market/agencies?q=" + AGENCIES.getFirst());
        anyone.locator("#market-agencies a").first().click();
        assertThat(anyone.locator("#market-agency-completed")).containsText(title);
        assertThat(anyone.locator("#market-agency-ratings")).containsText("成果规范，交付及时");
        anyone.close();
    }

    @Test
    void theThirdRefusalOfAWonProjectPutsTheAgencyOnTheBlackList() throws Exception {
        String agencyCode = "91370102MA3D00004A";
        String agencyName = "山东历城地理信息有限公司";
        String prefix = "历城区宗地测绘" + (System.nanoTime() % 10_000) + "-";
        List<String> titles = List.of(prefix + "1", prefix + "2", prefix + "3", prefix + "4");
        LocalDateTime closes = closingSoon();
        Page owner = jinan.page();
        signIn(owner, OWNER, "Demo2026yezhu");
        for (String title : titles.subList(0, 3)) {
            publishDirect(owner, title, closes);
            signUp(agencyCode, title);
            closeSignUp(title);
        }

        try (BrowserContext context = jinan.browser().newContext()) {
            Page agency = context.newPage();
            signIn(agency, agencyCode, "Demo2026jigou");
            for (String title : titles.subList(0, 3)) {
                ownerChooses(owner, title, agencyName);
                endPublicity(title);
                ownerDoes(owner, title, "#market-ui-work-confirmResult");
                agencyOpens(agency, title);
                agency.locator("#market-ui-work-refuse").click();
                reason(agency, "放弃中选", "人员调整，无法按期承接");
                assertThat(agency.locator("#market-project-panel")).containsText("流标", SLOW);
                assertThat(agency.locator("#market-ui-work-refuse")).hasCount(0);
            }
        }

        // the directory shows the black list, and a new sign-up of the agency is refused with that reason
        Page anyone = jinan.browser().newPage();
        anyone.navigate(jinan.baseUrl() + "/market/agencies?q=" + agencyCode);
        assertThat(anyone.locator("#market-agencies")).containsText("黑名单");
        anyone.close();
        LocalDateTime later = closingSoon();
        publishDirect(owner, titles.get(3), later);
        try (BrowserContext context = jinan.browser().newContext()) {
            Page agency = context.newPage();
            signIn(agency, agencyCode, "Demo2026jigou");
            agency.navigate(jinan.baseUrl() + "/market/agency");
            ConsolePages.settle(agency);
            choose(agency, "#market-signup-project", titles.get(3));
            agency.locator("#market-signup-submit").click();
            ConsolePages.settle(agency);
            assertThat(agency.locator("#market-my-signups")).containsText("列入黑名单", SLOW);
        }
    }

    /** The end of a sign-up window far enough ahead for the publishing and signing up, on a whole minute. */
    private static LocalDateTime closingSoon() {
        return LocalDateTime.now(CHINA)
                .plusSeconds(150)
                .truncatedTo(ChronoUnit.MINUTES)
                .plusMinutes(1);
    }

    /**
     * The sign-up window is over: it is moved into the past in the database, as the clock would have moved past it, so
     * that the test need not wait for the window it opened a few minutes ahead.
     */
    private static void closeSignUp(String title) throws Exception {
        try (var connection = jinan.instance()
                        .service(org.tongban.platform.api.persistence.Database.class)
                        .dataSource()
                        .getConnection();
                var update = connection.prepareStatement("UPDATE market_project SET signup_opens = ?, signup_closes = ?"
                        + " WHERE title = ? AND state = 'AWAITING_SELECTION'")) {
            java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
            update.setObject(1, now.minusMinutes(2));
            update.setObject(2, now.minusMinutes(1));
            update.setString(3, title);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    /** The owner publishes a project on its own money for direct choice, open from now until {@code closes}. */
    private static void publishDirect(Page owner, String title, LocalDateTime closes) {
        owner.navigate(jinan.baseUrl() + "/market/owner");
        ConsolePages.settle(owner);
        owner.locator("#market-project-owner input").fill("济南天成置业有限公司");
        choose(owner, "#market-project-type", "工程测绘");
        owner.locator("#market-project-title input").fill(title);
        owner.locator("#market-project-scope textarea").fill("宗地及管线测绘");
        owner.locator("#market-project-ceiling input").fill("30000");
        choose(owner, "#market-project-funding", "自有资金");
        choose(owner, "#market-project-method", "直接选取");
        owner.locator("#market-project-days input").fill("10");
        dateTime(owner, "#market-project-opens", LocalDateTime.now(CHINA).truncatedTo(ChronoUnit.MINUTES));
        dateTime(owner, "#market-project-closes", closes);
        owner.locator("#market-project-publish").click();
        ConsolePages.settle(owner);
        assertThat(owner.locator("#market-my-projects")).containsText(title, SLOW);
    }

    private static void signUp(String agencyCode, String title) {
        try (BrowserContext context = jinan.browser().newContext()) {
            Page agency = context.newPage();
            signIn(agency, agencyCode, "Demo2026jigou");
            agency.navigate(jinan.baseUrl() + "/market/agency");
            ConsolePages.settle(agency);
            choose(agency, "#market-signup-project", title);
            agency.locator("#market-signup-submit").click();
            ConsolePages.settle(agency);
            assertThat(agency.locator("#market-my-signups")).containsText(title, SLOW);
        }
    }

    /** The owner opens its project and picks the agency directly, giving the reason that will be public. */
    private static void ownerChooses(Page owner, String title, String agencyName) {
        ownerOpens(owner, title);
        choose(owner, "#market-choose-agency", agencyName);
        owner.locator("#market-ui-work-choose").click();
        reason(owner, "选定", "本单位长期合作，熟悉场地情况");
        assertThat(owner.locator("#market-project-panel")).containsText("公示中", SLOW);
    }

    private static void ownerOpens(Page owner, String title) {
        owner.navigate(jinan.baseUrl() + "/market/owner");
        ConsolePages.settle(owner);
        owner.locator("#market-my-projects vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(title))
                .first()
                .click();
        ConsolePages.settle(owner);
        assertThat(owner.locator("#market-project-panel")).containsText(title, SLOW);
    }

    private static void ownerDoes(Page owner, String title, String button) {
        ownerOpens(owner, title);
        owner.locator(button).click();
        ConsolePages.settle(owner);
    }

    private static void agencyOpens(Page agency, String title) {
        agency.navigate(jinan.baseUrl() + "/market/agency");
        ConsolePages.settle(agency);
        agency.locator("#market-my-signups vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(title))
                .first()
                .click();
        ConsolePages.settle(agency);
        assertThat(agency.locator("#market-project-panel")).containsText(title, SLOW);
    }

    /** Fills the open reason dialog and confirms it with its button. */
    private static void reason(Page page, String confirm, String text) {
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.locator("textarea").fill(text);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(confirm))
                .click();
        ConsolePages.settle(page);
    }

    /**
     * The publicity period (3 working days by default) is over: its end is moved into the past in the database, as the
     * working days would have moved it.
     */
    private static void endPublicity(String title) throws Exception {
        try (var connection = jinan.instance()
                        .service(org.tongban.platform.api.persistence.Database.class)
                        .dataSource()
                        .getConnection();
                var update = connection.prepareStatement(
                        "UPDATE market_project SET publicity_ends = ? WHERE title = ? AND state = 'PUBLICITY'")) {
            update.setObject(
                    1, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(1));
            update.setString(2, title);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static void choose(Page page, String select, String item) {
        page.locator(select).click();
        page.locator("vaadin-select-item:visible", new Page.LocatorOptions().setHasText(item))
                .first()
                .click();
        ConsolePages.settle(page);
    }

    /** Sets a date picker's value as the component holds it (ISO), whatever the language's display format. */
    private static void date(Page page, String picker, String iso) {
        page.locator(picker).evaluate("(e, v) => { e.value = v; e.dispatchEvent(new CustomEvent('change')); }", iso);
        ConsolePages.settle(page);
    }

    private static void dateTime(Page page, String picker, LocalDateTime at) {
        date(page, picker, at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
    }

    private static void register(String code, String name, String password) throws Exception {
        PublicAccounts.registerOrganisation(jinan.baseUrl(), name, code, "王五", "13905310002", password);
    }

    private static void signIn(Page page, String identifier, String password) {
        page.navigate(jinan.baseUrl() + "/account/sign-in");
        ConsolePages.settle(page);
        page.locator("#account-identifier input").fill(identifier);
        page.locator("#account-password input").fill(password);
        page.locator("#account-sign-in").click();
        ConsolePages.settle(page);
        assertThat(page.locator("#account-error")).not().isVisible();
    }

    private Path pdf(String name) throws Exception {
        String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n";
        Path file = temp.resolve(name);
        Files.writeString(file, body, StandardCharsets.US_ASCII);
        return file;
    }
}
