package org.tongban.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.itests.support.Axe;
import org.tongban.itests.support.Browsers;
import org.tongban.itests.support.ConsolePages;
import org.tongban.itests.support.TongbanInstance;

/** Citizens read guides and clerks publish them, in a real Chromium against Jinan with its demo catalogue. */
class CatalogueBrowserIT {

    private static final String FOOD_LICENCE = "370100-XSP-XK-004";
    /** 历下区's 公共场所卫生许可（新办）, which the district's editor may change. */
    private static final String HYGIENE_LICENCE = "370102-XSP-XK-011";

    private static TongbanInstance jinan;
    private static Playwright playwright;
    private static Browser browser;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void start() throws Exception {
        Browsers.assumeChromium();
        jinan = TongbanInstance.sharedDemo("jinan");
        playwright = Browsers.playwright();
        browser = Browsers.launch(playwright);
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
    void newVisitor() {
        context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true));
        page = context.newPage();
    }

    @AfterEach
    void closeVisitor() {
        context.close();
    }

    @Test
    void aCitizenFindsAGuideAndDownloadsItsOneTimeNoticeAsAReadableChinesePdf() throws Exception {
        page.navigate(jinan.baseUrl() + "/");
        page.locator("nav.tb-nav a[href='/guides']").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/guides.*"));
        Locator search = page.getByLabel("事项名称").first();
        search.fill("食品经营许可");
        search.press("Enter");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/guides\\?.*q=.*"));
        page.locator("a[href*='" + FOOD_LICENCE + "']").first().click();

        assertThat(page.locator("h1").first()).containsText("食品经营许可（新办）");
        assertThat(page.locator("table").first()).containsText("营业执照");

        Download download =
                page.waitForDownload(() -> page.getByText("下载一次性告知书（PDF）").click());
        Path pdf = download.path();
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(bytes);
        try {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains("一次性告知书").contains("食品经营许可");
        } finally {
            reader.close();
        }
    }

    @Test
    void aClerkEditsPublishesAndCitizensSeeTheNewVersion() throws InterruptedException {
        ConsolePages.login(page, jinan.baseUrl(), "city.clerk", "Demo2026city");
        page.navigate(jinan.baseUrl() + "/console/catalogue/" + FOOD_LICENCE);
        Locator name = page.locator("#catalogue-name input");
        name.fill("食品经营许可（新办）<b>试</b>");
        page.locator("#catalogue-save").click();
        ConsolePages.settle(page);
        page.locator("#catalogue-submit").click();
        ConsolePages.settle(page);
        page.locator("#catalogue-publish").click();
        page.locator("vaadin-confirm-dialog-overlay [slot=confirm-button], vaadin-confirm-dialog [slot=confirm-button]")
                .first()
                .click();
        ConsolePages.settle(page);
        assertThat(page.locator("#catalogue-state")).containsText("已发布");

        Page citizen = context.browser().newContext().newPage();
        // The public page drops its kept copy when the publish event reaches this node, a moment after the commit.
        TongbanInstance.await(java.time.Duration.ofSeconds(10), () -> {
            citizen.navigate(jinan.baseUrl() + "/guides/" + FOOD_LICENCE);
            return citizen.locator("h1").first().textContent().contains("<b>试</b>");
        });
        assertThat(citizen.locator("h1").first()).containsText("食品经营许可（新办）<b>试</b>");
        assertThat(citizen.locator("h1 b")).hasCount(0);
        citizen.context().close();
    }

    @Test
    void aDraftSentBackShowsTheReasonToItsAuthorWhoResubmitsAndRecallsIt() {
        ConsolePages.login(page, jinan.baseUrl(), "lixia.clerk", "Demo2026lixia");
        page.navigate(jinan.baseUrl() + "/console/catalogue/" + HYGIENE_LICENCE);
        Locator name = page.locator("#catalogue-name input");
        name.fill("公共场所卫生许可（新办，含游泳场所）");
        page.locator("#catalogue-save").click();
        ConsolePages.settle(page);
        assertThat(page.locator("#catalogue-message")).containsText("已保存为草稿");
        page.locator("#catalogue-submit").click();
        ConsolePages.settle(page);
        assertThat(page.locator("#catalogue-state")).containsText("待审核");
        assertThat(page.locator("#catalogue-save")).hasCount(0);
        assertThat(name).not().isEditable();
        assertThat(page.locator("#catalogue-recall")).isVisible();

        BrowserContext reviewerContext = browser.newContext();
        Page reviewer = reviewerContext.newPage();
        ConsolePages.login(reviewer, jinan.baseUrl(), "city.clerk", "Demo2026city");
        reviewer.navigate(jinan.baseUrl() + "/console/catalogue/" + HYGIENE_LICENCE);
        Locator differences = reviewer.locator("#catalogue-review-diff");
        assertThat(differences).containsText("与已发布版本的差异");
        assertThat(differences).containsText("事项名称");
        assertThat(differences).containsText("公共场所卫生许可（新办，含游泳场所）");
        assertThat(reviewer.locator("#catalogue-recall")).hasCount(0);
        assertThat(Axe.seriousFindings(reviewer, "#catalogue-review-diff")).isEmpty();
        // Taking the live guide offline stands apart from the review's steps, and stays reachable on a phone.
        Locator withdraw = reviewer.locator("#catalogue-withdraw-group #catalogue-withdraw");
        assertThat(withdraw).hasText("撤回发布");
        assertThat(reviewer.locator("#catalogue-withdraw-group #catalogue-send-back"))
                .hasCount(0);
        assertThat(Axe.seriousFindings(reviewer, "#catalogue-withdraw-group")).isEmpty();
        reviewer.setViewportSize(390, 844);
        withdraw.scrollIntoViewIfNeeded();
        com.microsoft.playwright.options.BoundingBox box = withdraw.boundingBox();
        org.assertj.core.api.Assertions.assertThat(box.x + box.width).isLessThanOrEqualTo(390);
        reviewer.setViewportSize(1366, 900);
        reviewer.locator("#catalogue-send-back").click();
        reviewer.locator("#catalogue-reason textarea").fill("请补充游泳场所水质检测要求");
        reviewer.locator("#catalogue-dialog-ok").click();
        ConsolePages.settle(reviewer);
        assertThat(reviewer.locator("#catalogue-message")).containsText("已退回修改");
        reviewerContext.close();

        page.reload();
        assertThat(page.locator("#catalogue-state")).containsText("已退回");
        assertThat(page.locator("#catalogue-returned")).containsText("请补充游泳场所水质检测要求");
        assertThat(page.locator("#catalogue-returned")).containsText("city.clerk");
        assertThat(Axe.seriousFindings(page, "#catalogue-returned")).isEmpty();

        page.locator("#catalogue-submit").click();
        ConsolePages.settle(page);
        assertThat(page.locator("#catalogue-returned")).hasCount(0);
        page.locator("#catalogue-recall").click();
        ConsolePages.settle(page);
        assertThat(page.locator("#catalogue-message")).containsText("已撤回提交");
        assertThat(page.locator("#catalogue-state")).containsText("草稿");
        assertThat(page.locator("#catalogue-name input")).isEditable();
        assertThat(page.locator("#catalogue-save")).isVisible();
    }

    @Test
    void aCitizenSeesWhoDecidesAndWhoHandlesALandDisputeAndTheNoticeSaysSo() throws Exception {
        page.navigate(jinan.baseUrl() + "/guides/370100-ZRZY-CJ-001");

        Locator authority = page.locator("section").filter(new Locator.FilterOptions().setHasText("实施主体与承办机构"));
        assertThat(authority).containsText("济南市人民政府");
        assertThat(authority).containsText("承办机构");
        assertThat(authority).containsText("济南市自然资源和规划局");
        assertThat(authority).containsText("法定本级");
        assertThat(page.locator("section").filter(new Locator.FilterOptions().setHasText("监督投诉渠道")))
                .containsText("12345");

        Download download =
                page.waitForDownload(() -> page.getByText("下载一次性告知书（PDF）").click());
        PdfReader reader = new PdfReader(Files.readAllBytes(download.path()));
        try {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains("实施主体").contains("济南市人民政府").contains("承办机构");
        } finally {
            reader.close();
        }
    }
}
