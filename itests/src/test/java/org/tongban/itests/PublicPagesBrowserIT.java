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
import java.util.List;
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
 * The public pages in Chromium on a 390 × 844 phone: axe-core finds nothing serious or critical on any of them, no
 * page scrolls sideways, the guide's materials are cards, life-event answers stay in the address without scripts,
 * and no page opens a session. Screenshots go to {@code target/screenshots/public/} for review.
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
            "/guides/" + FOOD_LICENCE + "?care=1");

    private static TongbanInstance jinan;
    private static Playwright playwright;
    private static Browser browser;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void start() throws Exception {
        Browsers.assumeChromium();
        jinan = TongbanInstance.sharedDemo("jinan");
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
        long sessions = jinan.sessionsCreated();
        for (String path : PAGES) {
            page.navigate(jinan.baseUrl() + path);
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(SCREENSHOTS.resolve(path.replaceAll("[^A-Za-z0-9-]+", "_") + ".png")));
            List<String> findings = Axe.seriousFindings(page, "body");
            assertThat(findings).as("axe on " + path).isEmpty();
            Object overflow = page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue())
                    .as("sideways scrolling on " + path)
                    .isLessThanOrEqualTo(0);
            assertThat(page.title()).as("title of " + path).isNotBlank();
        }
        assertThat(context.cookies()).noneMatch(cookie -> cookie.name.equals("JSESSIONID"));
        assertThat(jinan.sessionsCreated()).isEqualTo(sessions);
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
