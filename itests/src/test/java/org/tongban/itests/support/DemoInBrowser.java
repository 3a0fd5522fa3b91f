package org.tongban.itests.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One demo distribution launched for a browser test class, with Chromium started and warmed up once, and a new
 * visitor (browser context and page, no cookies) for every test. Register it as a static field with
 * {@code @RegisterExtension}; the class's own {@code @BeforeAll} runs after the launch.
 */
public final class DemoInBrowser
        implements BeforeAllCallback,
                AfterAllCallback,
                BeforeEachCallback,
                AfterEachCallback,
                AfterTestExecutionCallback {
    private final String city;
    private final boolean shared;
    private TongbanInstance instance;
    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    private Page page;

    private DemoInBrowser(String city, boolean shared) {
        this.city = city;
        this.shared = shared;
    }

    /** The city's distribution, started with {@code --demo} for this class alone. */
    public static DemoInBrowser of(String city) {
        return new DemoInBrowser(city, false);
    }

    /** The city's {@linkplain TongbanInstance#sharedDemo shared demo}, for a class that leaves the city as it was. */
    public static DemoInBrowser shared(String city) {
        return new DemoInBrowser(city, true);
    }

    @Override
    public void beforeAll(ExtensionContext extension) throws Exception {
        Browsers.assumeChromium();
        instance = shared
                ? TongbanInstance.sharedDemo(city)
                : TongbanInstance.of(city).demo().start();
        playwright = Browsers.playwright();
        browser = Browsers.launch(playwright);
        Browsers.warmUp(browser, instance.baseUrl());
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        context = browser.newContext();
        page = context.newPage();
    }

    /** A failed test leaves a screenshot of its page in {@code target/screenshots}, for a person to look at. */
    @Override
    public void afterTestExecution(ExtensionContext extension) {
        if (extension.getExecutionException().isPresent() && page != null && !page.isClosed()) {
            try {
                page.screenshot(new Page.ScreenshotOptions()
                        .setFullPage(true)
                        .setPath(java.nio.file.Path.of(
                                "target",
                                "screenshots",
                                extension.getRequiredTestClass().getSimpleName() + "-"
                                        + extension.getRequiredTestMethod().getName() + "-failed.png")));
            } catch (RuntimeException e) {
                // the page itself is what failed: nothing to show
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        if (context != null) {
            context.close();
        }
    }

    @Override
    public void afterAll(ExtensionContext extension) throws Exception {
        if (playwright != null) {
            playwright.close();
        }
        if (instance != null) {
            instance.close();
        }
    }

    public TongbanInstance instance() {
        return instance;
    }

    public String baseUrl() {
        return instance.baseUrl();
    }

    public Browser browser() {
        return browser;
    }

    /** This test's visitor. */
    public BrowserContext context() {
        return context;
    }

    /** This test's page. */
    public Page page() {
        return page;
    }
}
