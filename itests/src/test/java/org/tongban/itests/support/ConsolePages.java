package org.tongban.itests.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** What a clerk does in the console, in the words of the page. */
public final class ConsolePages {

    /** The console's navigation landmark. */
    public static final String CONSOLE_MENU = "nav.tb-menu";

    private ConsolePages() {}

    public static void login(Page page, String baseUrl, String username, String password) {
        page.navigate(baseUrl + "/console/login");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("input[name='password']").press("Enter");
        assertThat(page.locator(CONSOLE_MENU)).isVisible();
    }

    /** A link of the console's menu or of the portal's side navigation, by its shown title. */
    public static Locator menuItem(Page page, String label) {
        return page.locator(CONSOLE_MENU + " a[href], vaadin-side-nav-item[path]")
                .filter(new Locator.FilterOptions().setHasText(label));
    }

    /** Waits until Vaadin has no request in flight. */
    public static void settle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients)"
                + ".every(c => !c.isActive())");
    }
}
