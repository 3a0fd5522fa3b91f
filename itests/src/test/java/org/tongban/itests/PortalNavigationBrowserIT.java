package org.tongban.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongban.itests.support.Axe;
import org.tongban.itests.support.ConsolePages;
import org.tongban.itests.support.DemoInBrowser;
import org.tongban.itests.support.PublicAccounts;
import org.tongban.platform.api.identity.IdentityNumbers;
import org.tongban.platform.api.persistence.Database;

/**
 * How a citizen finds their way, on a 390 × 844 phone and a 1366 × 900 desktop: the header is one row on the phone
 * (its search box folds into a button that opens it in place, or the search page without scripts; the tools into a
 * menu), in the server-rendered pages and in the Vaadin portal alike; 网站地图 opens a readable site map; a guide served
 * by the hall offers 预约 among its next steps, which opens the booking page with the matter chosen. axe-core finds
 * nothing serious or critical. Screenshots go to {@code target/screenshots/portal-navigation/}.
 */
class PortalNavigationBrowserIT {
    // A citizen account is registered for the booking: the demo gets a launch of its own.
    @RegisterExtension
    static final DemoInBrowser JINAN = DemoInBrowser.of("jinan");

    private static final Path SCREENSHOTS = Path.of("target/screenshots/portal-navigation");
    private static final String PASSWORD = "Citizen2026book";
    private static String servedCode;
    private static String servedName;

    @BeforeAll
    static void servedMatter() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        try (Connection c =
                        JINAN.instance().service(Database.class).dataSource().getConnection();
                PreparedStatement statement = c.prepareStatement("SELECT m.matter_code, m.matter_name"
                        + " FROM hall_window_matter m JOIN hall_window w ON w.id = m.window_id"
                        + " JOIN hall_hall h ON h.id = w.hall_id WHERE h.code = 'ZWFW'"
                        + " ORDER BY m.matter_code");
                ResultSet rows = statement.executeQuery()) {
            assertThat(rows.next()).as("a matter the demo hall serves").isTrue();
            servedCode = rows.getString(1);
            servedName = rows.getString(2);
        }
    }

    private Page phone(boolean script) {
        BrowserContext context = JINAN.browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(390, 844)
                        .setDeviceScaleFactor(2)
                        .setIsMobile(true)
                        .setHasTouch(true)
                        .setJavaScriptEnabled(script));
        return context.newPage();
    }

    private Page desktop() {
        return JINAN.browser()
                .newContext(new Browser.NewContextOptions().setViewportSize(1366, 900))
                .newPage();
    }

    @Test
    void onAPhoneThePublicHeaderIsOneRowAndItsSearchButtonOpensTheBoxInPlace() {
        Page page = phone(true);
        try {
            for (String path : List.of("/", "/guides", "/sitemap")) {
                page.navigate(JINAN.baseUrl() + path);
                assertOneRow(page, ".tb-masthead > *", path);
                assertThat(page.locator(".tb-masthead #tb-q")).isHidden();
                assertThat(page.locator("header.tb-masthead").boundingBox().height)
                        .as("the header of " + path + " takes one row of the screen")
                        .isLessThan(64);
            }
            Locator opener = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("打开搜索框"));
            assertThat(opener).isVisible();
            assertThat(opener).hasAttribute("aria-expanded", "false");
            assertThat(opener).hasAttribute("aria-controls", "tb-search");

            opener.click();
            assertThat(page.locator("#tb-q")).isVisible();
            assertThat(page.locator("#tb-q")).isFocused();
            Locator closer = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("收起搜索框"));
            assertThat(closer).hasAttribute("aria-expanded", "true");
            assertOneRow(page, ".tb-masthead > *", "the open search box");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("phone-search-open.png")));
            assertThat(Axe.seriousFindings(page, "body"))
                    .as("axe with the box open")
                    .isEmpty();

            page.keyboard().press("Escape");
            assertThat(page.locator("#tb-q")).isHidden();
            assertThat(opener).isFocused();
            assertThat(opener).hasAttribute("aria-expanded", "false");

            // The keyboard: the space bar opens it as it opens any button; Enter searches.
            page.keyboard().press(" ");
            assertThat(page.locator("#tb-q")).isFocused();
            page.keyboard().type("开饭店");
            page.keyboard().press("Enter");
            assertThat(page).hasURL(Pattern.compile(".*/search\\?q=.*"));
            assertThat(page.locator("h1")).isVisible();

            // The languages, care mode and read-aloud are in the header's menu.
            Locator menu = page.locator("details.tb-more > summary");
            assertThat(menu).hasAccessibleName("语言与关怀模式");
            assertThat(page.locator(".tb-more a[lang=zh-TW]")).isHidden();
            menu.click();
            assertThat(page.locator(".tb-more a[lang=zh-TW]")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("phone-menu-open.png")));
            assertThat(Axe.seriousFindings(page, "body"))
                    .as("axe with the menu open")
                    .isEmpty();
            page.locator(".tb-more a[lang=zh-TW]").click();
            assertThat(page.locator("html")).hasAttribute("lang", "zh-TW");
        } finally {
            page.context().close();
        }
    }

    @Test
    void withoutScriptsThePhonesSearchButtonIsALinkToTheSearchPageAndTheMenuStillOpens() {
        Page page = phone(false);
        try {
            page.navigate(JINAN.baseUrl() + "/guides");
            Locator link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("打开搜索框"));
            assertThat(link).hasAttribute("href", "/search");
            page.locator("details.tb-more > summary").click();
            assertThat(page.locator(".tb-more a[lang=en]")).isVisible();
            link.click();
            assertThat(page).hasURL(JINAN.baseUrl() + "/search");
            assertThat(page.locator("#tb-search-q")).isVisible();
        } finally {
            page.context().close();
        }
    }

    @Test
    void onADesktopTheHeaderShowsTheSearchBoxAndTheToolsThemselves() {
        Page page = desktop();
        try {
            page.navigate(JINAN.baseUrl() + "/guides");
            assertThat(page.locator("#tb-q")).isVisible();
            assertThat(page.locator(".tb-search-open")).isHidden();
            assertThat(page.locator("details.tb-more")).isHidden();
            assertThat(page.locator(".tb-tools-wide a[lang=en]")).isVisible();
            assertOneRow(page, ".tb-masthead > *", "/guides");
        } finally {
            page.context().close();
        }
    }

    @Test
    void onAPhoneTheVaadinPortalsHeaderIsOneRowAndItsSearchButtonOpensTheSearchPage() {
        Page page = phone(true);
        try {
            page.navigate(JINAN.baseUrl() + "/hall/booking");
            ConsolePages.settle(page);
            Locator search = page.locator(".tb-search-box-submit");
            assertThat(search).isVisible();
            assertThat(search).hasAccessibleName(Pattern.compile("搜索.*"));
            assertThat(page.locator(".tb-search-box-input")).isHidden();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("phone-vaadin-header.png")));
            // The demo banner has a row of its own, below the header's.
            assertOneRow(
                    page,
                    "vaadin-app-layout > [slot=navbar]:not(.tb-demo-banner):not(.tb-skip-link):not([href='#tb-main'])",
                    "/hall/booking");
            assertThat(Axe.seriousFindings(page, "vaadin-app-layout")).isEmpty();
            Object overflow = page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
            search.click();
            assertThat(page).hasURL(Pattern.compile(".*/search$"));
        } finally {
            page.context().close();
        }
    }

    @Test
    void theFootersSiteMapIsAReadablePageOfGroupedLinksOnAPhoneAndADesktop() {
        for (Page page : List.of(phone(true), desktop())) {
            try {
                page.navigate(JINAN.baseUrl() + "/guides");
                page.locator("footer")
                        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("网站地图"))
                        .click();
                assertThat(page).hasURL(JINAN.baseUrl() + "/sitemap");
                assertThat(page).hasTitle(Pattern.compile("^网站地图 - .+"));
                assertThat(page.locator("h1")).hasText("网站地图");
                for (String heading : List.of("本站栏目", "办事指南", "办理部门", "一件事一次办", "通知公告", "站内搜索")) {
                    assertThat(page.locator("main h2").filter(new Locator.FilterOptions().setHasText(heading)))
                            .hasCount(1);
                }
                assertThat(page.locator("main a[href='/guides?audience=LEGAL_PERSON']"))
                        .hasText("法人办事");
                assertThat(page.locator("main a[href='/life-events/LE-CANYIN']"))
                        .isVisible();
                int width = page.viewportSize().width;
                page.screenshot(new Page.ScreenshotOptions()
                        .setFullPage(true)
                        .setPath(SCREENSHOTS.resolve("sitemap-" + width + ".png")));
                assertThat(Axe.seriousFindings(page, "body"))
                        .as("axe at " + width)
                        .isEmpty();
                Object overflow = page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth");
                assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
                page.navigate(JINAN.baseUrl() + "/sitemap?lang=en");
                assertThat(page.locator("h1")).hasText("Site map");
            } finally {
                page.context().close();
            }
        }
    }

    @Test
    void aGuideTheHallServesOffersBookingAmongItsNextStepsWithTheMatterChosen() throws Exception {
        String identifier = "370102" + "19850314" + "321";
        identifier = identifier + IdentityNumbers.checkCharacter(identifier);
        PublicAccounts.registerPerson(JINAN.baseUrl(), "钱立新", identifier, "13905318866", PASSWORD);
        for (Page page : List.of(desktop(), phone(true))) {
            try {
                page.navigate(JINAN.baseUrl() + "/guides/" + servedCode);
                Locator next = page.locator("section[aria-labelledby=next] .tb-actions a");
                Locator booking = next.filter(new Locator.FilterOptions().setHasText("预约办理"));
                assertThat(booking).hasAttribute("href", "/hall/booking?matter=" + servedCode);
                assertThat(booking).hasAccessibleName("到大厅窗口预约办理“" + servedName + "”");
                assertThat(next.filter(new Locator.FilterOptions().setHasText("12345")))
                        .hasCount(1);
                int width = page.viewportSize().width;
                page.screenshot(
                        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("guide-next-" + width + ".png")));
                assertThat(Axe.seriousFindings(page, "body"))
                        .as("axe at " + width)
                        .isEmpty();

                page.navigate(JINAN.baseUrl() + "/account/sign-in");
                ConsolePages.settle(page);
                page.locator("#account-identifier input").fill(identifier);
                page.locator("#account-password input").fill(PASSWORD);
                page.locator("#account-sign-in").click();
                ConsolePages.settle(page);
                page.navigate(JINAN.baseUrl() + "/guides/" + servedCode);
                page.locator("section[aria-labelledby=next] a")
                        .filter(new Locator.FilterOptions().setHasText("预约办理"))
                        .click();
                ConsolePages.settle(page);
                assertThat(page.locator("#hall-booking-matter input")).hasValue(servedName);
                assertThat(page.locator("#hall-booking-hall input")).not().hasValue("");
            } finally {
                page.context().close();
            }
        }
    }

    /** The visible children of the header have their middles on one line: nothing wrapped to a second row. */
    private static void assertOneRow(Page page, String children, String where) {
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> parts = (List<java.util.Map<String, Object>>) page.locator(children)
                .evaluateAll("els => els.filter(e => e.getClientRects().length > 0"
                        + " && getComputedStyle(e).visibility !== 'hidden' && e.getBoundingClientRect().width > 1)"
                        + ".map(e => { const r = e.getBoundingClientRect();"
                        + " return {part: e.tagName + '.' + e.className, middle: r.top + r.height / 2,"
                        + " left: r.left, width: r.width}; })");
        assertThat(parts).as("visible parts of the header of " + where).isNotEmpty();
        double top = parts.stream()
                .mapToDouble(p -> ((Number) p.get("middle")).doubleValue())
                .min()
                .orElseThrow();
        double bottom = parts.stream()
                .mapToDouble(p -> ((Number) p.get("middle")).doubleValue())
                .max()
                .orElseThrow();
        assertThat(bottom - top)
                .as("the header of " + where + " in one row: " + parts)
                .isLessThan(8);
    }
}
