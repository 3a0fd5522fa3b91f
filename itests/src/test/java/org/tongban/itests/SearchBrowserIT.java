package org.tongban.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.itests.SearchApiIT.SearchChecks;
import org.tongban.itests.support.Browsers;
import org.tongban.itests.support.ConsolePages;
import org.tongban.itests.support.TongbanInstance;

/** Citizens search guides from any portal page, and a clerk's published change is found at once, in Chromium. */
class SearchBrowserIT {

    private static final String FOOD_LICENCE = "370100-XSP-XK-004";

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
        context = browser.newContext();
        page = context.newPage();
    }

    @AfterEach
    void closeVisitor() {
        context.close();
    }

    @Test
    void aCitizenAsksInTheirOwnWordsFromTheFrontPageAndOpensTheGuide() {
        page.navigate(jinan.baseUrl() + "/");
        Locator box = page.getByRole(AriaRole.SEARCH, new Page.GetByRoleOptions().setName("站内搜索"));
        box.locator("input").fill("开饭店要办什么证");
        box.locator("input").press("Enter");

        assertThat(page).hasURL(Pattern.compile(".*/search\\?.*q=.*"));
        Locator hits = page.locator(".tb-search-hit");
        assertThat(hits.first()).isVisible();
        assertThat(page.locator(".tb-search-status")).containsText("条");
        // The FAQ that answers the question may come first; the licence's guide is among the first results.
        Locator guide = page.locator(".tb-search-hit[data-kind=matter] .tb-search-hit-title")
                .filter(new Locator.FilterOptions().setHasText("食品经营许可"))
                .first();
        assertThat(guide).isVisible();
        assertThat(page.locator(".tb-search-results mark").first()).isVisible();

        Locator department = page.locator(".tb-search-facet[data-facet=department] .tb-search-facet-value")
                .first();
        department.click();
        assertThat(page).hasURL(Pattern.compile(".*department=.*"));
        assertThat(page.locator(".tb-search-facet[data-facet=department] .tb-search-facet-value[aria-current=true]"))
                .hasCount(1);
        assertThat(hits.first()).isVisible();

        page.locator(".tb-search-hit[data-kind=matter] .tb-search-hit-title")
                .filter(new Locator.FilterOptions().setHasText("食品经营许可"))
                .first()
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/guides/.*"));
        assertThat(page.locator("h1").first()).containsText("食品经营许可");
    }

    @Test
    void aQueryWithNothingToFindSaysSoAndAQueryTooLongIsExplained() {
        page.navigate(jinan.baseUrl() + "/search?q=" + "zzqqxxjj");
        assertThat(page.locator(".tb-search-empty")).isVisible();
        page.navigate(jinan.baseUrl() + "/search?q=" + "很".repeat(201));
        assertThat(page.locator(".tb-search-error")).containsText("200");
    }

    @Test
    void aGuideAClerkPublishesIsFoundByItsNewNameAtOnce() {
        ConsolePages.login(page, jinan.baseUrl(), "city.clerk", "Demo2026city");
        page.navigate(jinan.baseUrl() + "/console/catalogue/" + FOOD_LICENCE);
        page.locator("#catalogue-name input").fill("食品经营许可（新办）泉城快办");
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
        long published = System.nanoTime();

        Page citizen = browser.newContext().newPage();
        citizen.navigate(jinan.baseUrl() + "/search?q=" + "泉城快办");
        assertThat(citizen.locator(".tb-search-hit-title").first()).containsText("泉城快办");
        long millis = (System.nanoTime() - published) / 1_000_000;
        System.out.printf("search: a published guide was found by its new name %d ms after publishing%n", millis);
        citizen.context().close();
    }

    @Test
    void aPublisherRebuildsTheIndexFromTheConsoleAndSeesTheResult() {
        ConsolePages.login(page, jinan.baseUrl(), "city.clerk", "Demo2026city");
        page.navigate(jinan.baseUrl() + "/console/search/index");
        page.locator("#search-index-reindex").click();
        page.locator("vaadin-confirm-dialog-overlay [slot=confirm-button], vaadin-confirm-dialog [slot=confirm-button]")
                .first()
                .click();
        // a rebuild reads every published guide again: on a busy two-core machine that takes more than a few seconds
        assertThat(page.locator("#search-index-status"))
                .containsText("索引重建完成", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(page.locator("#search-index-reindex")).isEnabled();
        // The rebuilt index records the current document format, so the next start leaves it alone.
        assertThat(page.locator("#search-index-backend-format")).containsText("与当前版本一致");
        assertThat(jinanHealthy()).isTrue();
    }

    private static boolean jinanHealthy() {
        try {
            return jinan.get("/health").body().contains("search:lucene");
        } catch (Exception e) {
            return false;
        }
    }
}
