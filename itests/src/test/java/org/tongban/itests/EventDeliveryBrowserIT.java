package org.tongban.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongban.itests.support.ConsolePages;
import org.tongban.itests.support.DemoInBrowser;

/** The event delivery page in a real Chromium against the Jinan distribution in demo mode. */
class EventDeliveryBrowserIT {

    @RegisterExtension
    static final DemoInBrowser jinan = DemoInBrowser.of("jinan");

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void newVisitor() {
        context = jinan.context();
        page = jinan.page();
    }

    @Test
    void theAdministratorSeesPositionsAndDeadLettersOnANarrowScreen() {
        ConsolePages.login(page, jinan.baseUrl(), "admin", "Demo2026admin");
        assertThat(ConsolePages.menuItem(page, "事件投递")).isVisible();
        // A phone's width (the menu folds into a drawer there): the page must stay usable at 390 px.
        page.setViewportSize(390, 844);

        page.navigate(jinan.baseUrl() + "/console/events");
        assertThat(page.locator("h1")).hasText("事件投递");
        assertThat(page.getByRole(
                        com.microsoft.playwright.options.AriaRole.HEADING, new Page.GetByRoleOptions().setName("处理进度")))
                .isVisible();
        assertThat(page.locator("#events-summary")).containsText("死信 0 条");
        assertThat(page.locator("#events-no-dead-letters")).hasText("没有死信");
        // Screen readers hear the table's name (the grid's own table, inside its shadow root).
        assertThat(page.locator("#events-positions table").first()).hasAttribute("aria-label", "处理进度");

        // The refresh button works from the keyboard and reads the outbox again without an error.
        Locator refresh = page.locator("#events-refresh");
        refresh.focus();
        page.keyboard().press("Enter");
        ConsolePages.settle(page);
        assertThat(page.locator("#events-problem")).isHidden();
        assertThat(page.locator("#events-summary")).containsText("死信 0 条");

        // Nothing of the page pushes the document wider than the screen; the tables scroll inside themselves.
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        assertThat(refresh.boundingBox().x + refresh.boundingBox().width).isLessThanOrEqualTo(390);
    }

    @Test
    void aClerkWithoutThePermissionIsRefused() {
        ConsolePages.login(page, jinan.baseUrl(), "city.clerk", "Demo2026city");
        assertThat(ConsolePages.menuItem(page, "事件投递")).hasCount(0);

        Response refused = page.navigate(jinan.baseUrl() + "/console/events");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(page.locator("#events-positions")).hasCount(0);
    }
}
