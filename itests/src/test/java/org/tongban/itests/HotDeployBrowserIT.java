package org.tongban.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongban.itests.support.Browsers;
import org.tongban.itests.support.ConsolePages;
import org.tongban.itests.support.TongbanInstance;

/** A feature dropped into a running Zibo appears in browsers that are already open, and goes when removed. */
class HotDeployBrowserIT {

    private static final LocatorAssertions.IsVisibleOptions WITHIN_5S =
            new LocatorAssertions.IsVisibleOptions().setTimeout(5000);
    private static TongbanInstance zibo;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Browsers.assumeChromium();
        // The citizen's page here is the Vaadin portal, which updates its menu while open; the session-free public
        // pages show a new feature's entries on the next page load instead, so they are switched off for this test.
        zibo = TongbanInstance.of("zibo")
                .demo()
                .prepare(home -> Files.writeString(
                        home.resolve("conf/tongban.properties"),
                        "\nportal.publicPages=false\n",
                        StandardOpenOption.APPEND))
                .start();
        playwright = Browsers.playwright();
        browser = Browsers.launch(playwright);
    }

    @AfterAll
    static void stop() throws Exception {
        if (playwright != null) {
            playwright.close();
        }
        if (zibo != null) {
            zibo.close();
        }
    }

    @Test
    void openPortalAndConsoleGainAndLoseTheMenuEntriesWithoutReloading() throws Exception {
        Page citizen = browser.newContext().newPage();
        citizen.navigate(zibo.baseUrl() + "/");
        assertThat(citizen.locator("vaadin-side-nav")).isAttached();
        assertThat(ConsolePages.menuItem(citizen, "通知公告")).hasCount(0);

        Page clerk = browser.newContext().newPage();
        ConsolePages.login(clerk, zibo.baseUrl(), "admin", "Demo2026admin");
        assertThat(ConsolePages.menuItem(clerk, "公告管理")).hasCount(0);

        Path service = zibo.deploy(TongbanInstance.distributionBundle("jinan", "org.tongban.notice"));
        Path ui = zibo.deploy(TongbanInstance.distributionBundle("jinan", "org.tongban.notice.ui"));

        assertThat(ConsolePages.menuItem(citizen, "通知公告")).isVisible(WITHIN_5S);
        assertThat(ConsolePages.menuItem(clerk, "公告管理")).isVisible(WITHIN_5S);
        ConsolePages.menuItem(clerk, "公告管理").click();
        assertThat(clerk).hasURL(zibo.baseUrl() + "/console/notices");

        Files.delete(ui);
        assertThat(ConsolePages.menuItem(citizen, "通知公告")).hasCount(0);
        // The clerk was on the removed view: the console takes them back to its start page.
        assertThat(clerk).hasURL(zibo.baseUrl() + "/console");
        assertThat(ConsolePages.menuItem(clerk, "公告管理")).hasCount(0);
        Files.delete(service);
    }
}
