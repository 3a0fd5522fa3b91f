package org.tongban.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongban.itests.support.Browsers;
import org.tongban.itests.support.ConsolePages;
import org.tongban.itests.support.TongbanInstance;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.LoginResult;

/**
 * Stored cross-site scripting (issue 12): notices a clerk enters with script in every form a browser runs are shown as
 * text on the portal and in the console, in a real Chromium, and no script of theirs ever runs.
 */
class StoredScriptBrowserIT {
    // Each payload sets window.__xss when a browser runs it.
    private static final List<String> PAYLOADS = List.of(
            "<script>window.__xss=1</script>",
            "<img src=x onerror=\"window.__xss=2\">",
            "<svg onload=\"window.__xss=3\"></svg>",
            "\"><iframe srcdoc=\"<script>parent.__xss=4</script>\"></iframe>",
            "<a href=\"javascript:window.__xss=5\" id=\"xss-link\">点我</a>");

    private static TongbanInstance jinan;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Browsers.assumeChromium();
        jinan = TongbanInstance.of("jinan").demo().start();
        publishAsCityClerk();
        playwright = Browsers.playwright();
        browser = Browsers.launch(playwright);
        try (BrowserContext warmUp = browser.newContext()) {
            Page first = warmUp.newPage();
            first.navigate(jinan.baseUrl() + "/console/login");
            assertThat(first.locator("vaadin-login-form"))
                    .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                            .setTimeout(60_000));
        }
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

    @Test
    void aCitizenReadsTheNoticesAsTextAndNoScriptRuns() {
        try (BrowserContext context = browser.newContext()) {
            Page citizen = context.newPage();
            citizen.navigate(jinan.baseUrl() + "/notices");
            ConsolePages.settle(citizen);
            for (String payload : PAYLOADS) {
                assertThat(citizen.getByText(payload).first()).isVisible();
            }
            assertThat(citizen.locator("#xss-link")).hasCount(0);
            assertThat(citizen.evaluate("() => window.__xss")).isNull();
        }
    }

    @Test
    void theClerkSeesThemAsTextInTheConsoleAndNoScriptRuns() {
        try (BrowserContext context = browser.newContext()) {
            Page clerk = context.newPage();
            ConsolePages.login(clerk, jinan.baseUrl(), "city.clerk", "Demo2026city");
            clerk.navigate(jinan.baseUrl() + "/console/notices");
            ConsolePages.settle(clerk);
            assertThat(clerk.getByText(PAYLOADS.getFirst()).first()).isVisible();
            assertThat(clerk.locator("#xss-link")).hasCount(0);
            assertThat(clerk.evaluate("() => window.__xss")).isNull();
        }
    }

    // Through the service as the clerk, as the console's editor would: the payloads go into both title and body.
    private static void publishAsCityClerk() throws Exception {
        Authenticator authenticator = jinan.service(Authenticator.class);
        LoginResult login = authenticator.login("city.clerk", "Demo2026city".toCharArray(), "127.0.0.1");
        assertThat(login.loggedIn()).isTrue();
        authenticator.bind(login.session());
        try {
            Object notices = jinan.service("org.tongban.notice.NoticeService");
            for (String payload : PAYLOADS) {
                TongbanInstance.call(notices, "publish", "370100", payload, "正文：" + payload);
            }
        } finally {
            authenticator.bind(null);
            authenticator.logout(login.session());
        }
    }
}
