package org.tongban.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.itests.SearchApiIT.SearchChecks;
import org.tongban.itests.support.Axe;
import org.tongban.itests.support.Browsers;
import org.tongban.itests.support.TongbanInstance;

/**
 * The public pages in Chromium on a 390 × 844 phone and a 1366 × 768 desktop: axe-core finds nothing serious or
 * critical on any of them, no page scrolls sideways, the guide's materials are cards on the phone and print on A4
 * without the site's chrome, life-event answers stay in the address without scripts and the tailored list downloads
 * as a PDF, a viewed guide reaches the home page's 热门事项, 繁體 converts the guide's own text, and no page opens a
 * session. Screenshots go to {@code target/screenshots/public/} for review.
 */
class PublicPagesBrowserIT {
    private static final String FOOD_LICENCE = "370100-XSP-XK-004";
    private static final Path SCREENSHOTS = Path.of("target/screenshots/public");
    private static final List<String> PAGES = List.of(
            "/",
            "/guides",
            "/guides?audience=LEGAL_PERSON",
            "/guides/" + FOOD_LICENCE,
            "/life-events",
            "/life-events/LE-CANYIN?Q1=GT",
            "/notices",
            "/search?q=%E5%BC%80%E9%A5%AD%E5%BA%97",
            "/search?q=zzqqxxjj",
            "/no-such-page",
            "/sitemap",
            "/guides/" + FOOD_LICENCE + "?care=1",
            "/guides?sort=popular",
            "/guides/" + FOOD_LICENCE + "?lang=zh-TW",
            "/life-events/LE-CANYIN?Q1=GT&lang=en");

    private static TongbanInstance jinan;
    private static Playwright playwright;
    private static Browser browser;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void start() throws Exception {
        Browsers.assumeChromium();
        // As behind the city's reverse proxy: the readers of the 热门事项 test come from different addresses.
        jinan = TongbanInstance.of("jinan")
                .demo()
                .prepare(home -> Files.writeString(
                        home.resolve("conf/tongban.properties"), "\nforwarded=true\n", StandardOpenOption.APPEND))
                .start();
        SearchChecks.awaitIndexed(jinan);
        playwright = Browsers.playwright();
        browser = Browsers.launch(playwright);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (playwright != null) {
            playwright.close();
        }
        if (jinan != null) {
            jinan.close();
        }
    }

    @BeforeEach
    void phone() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setDeviceScaleFactor(2)
                .setIsMobile(true)
                .setHasTouch(true)
                .setAcceptDownloads(true));
        page = context.newPage();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void everyPublicPageFitsAPhoneAndAxeFindsNothingSeriousOrCritical() throws Exception {
        everyPageFits(page, "");
    }

    @Test
    void everyPublicPageFitsADesktopAndAxeFindsNothingSeriousOrCritical() throws Exception {
        BrowserContext desktop = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768));
        try {
            everyPageFits(desktop.newPage(), "desktop-");
        } finally {
            desktop.close();
        }
    }

    private void everyPageFits(Page page, String prefix) throws Exception {
        long sessions = jinan.sessionsCreated();
        for (String path : PAGES) {
            page.navigate(jinan.baseUrl() + path);
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(SCREENSHOTS.resolve(prefix + path.replaceAll("[^A-Za-z0-9-]+", "_") + ".png")));
            List<String> findings = Axe.seriousFindings(page, "body");
            assertThat(findings).as("axe on " + path).isEmpty();
            Object overflow = page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue())
                    .as("sideways scrolling on " + path)
                    .isLessThanOrEqualTo(0);
            assertThat(page.title()).as("title of " + path).isNotBlank();
        }
        assertThat(page.context().cookies()).noneMatch(cookie -> cookie.name.equals("JSESSIONID"));
        assertThat(jinan.sessionsCreated()).isEqualTo(sessions);
    }

    @Test
    void theFooterCarriesTheSiteIdentityMarkedAsSamplesAndTheReadAloudButtonAppears() {
        page.navigate(jinan.baseUrl() + "/guides/" + FOOD_LICENCE);
        for (String part : List.of("主办单位", "网站标识码", "ICP备案号", "公安机关备案号", "网站地图", "联系我们")) {
            assertThat(page.locator("footer.tb-footer")).containsText(part);
        }
        assertThat(page.locator("footer .tb-sample")).hasCount(3);
        assertThat(page.locator("footer")).containsText("并非真实编号");
        if ((Boolean) page.evaluate("'speechSynthesis' in window")) {
            // On a phone it is in the header's menu.
            page.locator("details.tb-more > summary").click();
            assertThat(page.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("朗读本页")))
                    .isVisible();
        }
    }

    @Test
    void aGuidePrintsWholeOnA4WithoutTheSitesChromeAndWithItsTableHeaderRepeated() throws Exception {
        BrowserContext desktop = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768));
        try {
            Page guide = desktop.newPage();
            guide.navigate(jinan.baseUrl() + "/guides/" + FOOD_LICENCE);
            guide.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
            for (String chrome : List.of("header.tb-masthead", "nav.tb-nav", "footer.tb-footer", "nav.tb-breadcrumb")) {
                assertThat(guide.locator(chrome)).isHidden();
            }
            assertThat(guide.evaluate("getComputedStyle(document.querySelector('table.tb-cards thead')).display"))
                    .as("the materials' header repeats on every sheet")
                    .isEqualTo("table-header-group");
            assertThat(guide.evaluate("getComputedStyle(document.querySelector('table.tb-cards th')).whiteSpace"))
                    .isEqualTo("nowrap");
            byte[] pdf = guide.pdf(new Page.PdfOptions().setFormat("A4"));
            Files.write(SCREENSHOTS.resolve("guide-print.pdf"), pdf);
            String raw = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
            long sheets = java.util.regex.Pattern.compile("/Type\\s*/Page[^s]")
                    .matcher(raw)
                    .results()
                    .count();
            assertThat(sheets).as("the whole guide, not its first screen").isGreaterThan(1);
        } finally {
            desktop.close();
        }
    }

    @Test
    void aViewedGuideReachesTheHomePagesMostViewedWithoutASession() throws Exception {
        long sessions = jinan.sessionsCreated();
        String marriage = "370102-MZJ-QR-003";
        // Three readers; one reader opening it again within ten minutes would count once.
        for (int i = 0; i < 3; i++) {
            page.setExtraHTTPHeaders(Map.of("X-Forwarded-For", "203.0.113." + (10 + i)));
            page.navigate(jinan.baseUrl() + "/guides/" + marriage);
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        }
        page.setExtraHTTPHeaders(Map.of());
        // Views are written every 30 seconds; the home page is rendered again when the order changes.
        long deadline = System.currentTimeMillis() + 90_000;
        boolean shown = false;
        while (!shown && System.currentTimeMillis() < deadline) {
            Thread.sleep(3_000);
            page.navigate(jinan.baseUrl() + "/");
            shown = page.locator("#tb-home-popular + ol a[href='/guides/" + marriage + "']")
                            .count()
                    > 0;
        }
        assertThat(shown).as("补领结婚证 among 热门事项").isTrue();
        assertThat(jinan.sessionsCreated()).isEqualTo(sessions);
    }

    @Test
    void theVaadinPagesAnnounceTheirConnectionInThePagesLanguage() {
        page.navigate(jinan.baseUrl() + "/console/login");
        page.waitForFunction("() => window.Vaadin && window.Vaadin.connectionIndicator"
                + " && window.Vaadin.connectionIndicator.onlineText === '已连接'");
        assertThat(page.evaluate("window.Vaadin.connectionIndicator.offlineText")
                        .toString())
                .startsWith("网络已断开");
    }

    @Test
    void inTraditionalChineseTheGuidesOwnTextIsConvertedToo() {
        page.navigate(jinan.baseUrl() + "/guides/" + FOOD_LICENCE + "?lang=zh-TW");
        assertThat(page.locator("h1")).containsText("食品經營許可");
        assertThat(page.locator("table.tb-cards")).containsText("營業執照");
        assertThat(page.locator("html")).hasAttribute("lang", "zh-TW");
    }

    @Test
    void theTailoredLifeEventListDownloadsAsAPdfWithTheAnswers() throws Exception {
        page.navigate(jinan.baseUrl() + "/life-events/LE-CANYIN?Q1=GT");
        assertThat(page.locator(".tb-answers")).containsText("个体工商户");
        Download download =
                page.waitForDownload(() -> page.getByText("下载办事清单（PDF）").click());
        assertThat(download.url()).endsWith("/checklist.pdf?Q1=GT");
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(page.getByText("打印清单")).isVisible();
    }

    @Test
    void theGuideShowsMaterialsAsCardsAndTheOneTimeNoticeDownloads() throws Exception {
        page.navigate(jinan.baseUrl() + "/guides/" + FOOD_LICENCE);
        assertThat(page.locator("h1")).containsText("食品经营许可");
        assertThat(page.locator("nav.tb-breadcrumb")).containsText("办事指南");
        Object display = page.evaluate("getComputedStyle(document.querySelector('table.tb-cards tbody tr')).display");
        assertThat(display).isEqualTo("block");
        assertThat(page.locator("table.tb-cards thead")).not().isInViewport();

        Download download =
                page.waitForDownload(() -> page.getByText("下载一次性告知书（PDF）").click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void lifeEventAnswersStayInTheAddressWithoutScripts() {
        BrowserContext noScript = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(390, 844).setJavaScriptEnabled(false));
        Page plain = noScript.newPage();
        plain.navigate(jinan.baseUrl() + "/life-events/LE-CANYIN");
        plain.locator("input[name=Q1]").first().check();
        plain.getByText("生成我的材料清单").click();
        assertThat(plain).hasURL(java.util.regex.Pattern.compile(".*/life-events/LE-CANYIN\\?Q1=.*"));
        plain.reload();
        assertThat(plain.locator("input[name=Q1]").first()).isChecked();
        assertThat(plain.locator("[role=status]").first()).containsText("已回答 1 /");
        noScript.close();
    }
}
