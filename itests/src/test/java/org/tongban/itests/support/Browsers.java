package org.tongban.itests.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium driven by Playwright; Playwright's own browser download stays off. Where no Chromium is
 * installed the browser tests are skipped with a message, unless {@code tongban.browser.required} is true (CI).
 */
public final class Browsers {

    public static final Path CHROMIUM = Path.of(System.getProperty("tongban.chromium", "/usr/bin/chromium"));

    private static final List<String> FLAGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run");

    private Browsers() {}

    /** Skips the calling test class when Chromium is missing and not required. */
    public static void assumeChromium() {
        boolean present = Files.isExecutable(CHROMIUM);
        if (!present && Boolean.getBoolean("tongban.browser.required")) {
            throw new IllegalStateException(
                    "Chromium is required for the browser tests but " + CHROMIUM + " is missing");
        }
        Assumptions.assumeTrue(
                present,
                "Chromium not installed at " + CHROMIUM + "; browser tests skipped (apt-get install chromium)");
    }

    public static Playwright playwright() {
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /**
     * Opens the console's login page once and waits for it: the first page of a fresh instance loads the whole front
     * end, which should happen outside the tests' own timeouts.
     */
    public static void warmUp(Browser browser, String baseUrl) {
        try (BrowserContext warmUp = browser.newContext()) {
            Page first = warmUp.newPage();
            first.navigate(baseUrl + "/console/login");
            PlaywrightAssertions.assertThat(first.locator("vaadin-login-form"))
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        }
    }

    public static Browser launch(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(FLAGS));
    }
}
