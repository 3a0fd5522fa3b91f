package org.tongban.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongban.itests.support.Browsers;
import org.tongban.itests.support.ConsolePages;
import org.tongban.itests.support.TongbanInstance;

/**
 * The Jinan distribution as a city installs it (no demo): what the security probe checked from outside, and the
 * forced password change at the first login, in Chromium.
 */
class FirstStartSecurityIT {

    private static TongbanInstance jinan;

    @BeforeAll
    static void start() throws Exception {
        jinan = TongbanInstance.of("jinan").start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (jinan != null) {
            jinan.close();
        }
    }

    /** Status line and whole response as sent, for targets no HTTP client would send. */
    private static String raw(String target, String... headers) throws IOException {
        int port = URI.create(jinan.baseUrl()).getPort();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("Connection: close\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeadersAndNoServerName() throws Exception {
        for (String path : new String[] {
            "/", "/console/login", "/notices", "/health", "/themes/jinan/theme.css", "/api/v1/matters", "/nothing-here"
        }) {
            HttpResponse<String> response = jinan.get(path);
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .contains("nosniff");
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'self'"));
            assertThat(response.headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .isPresent();
            assertThat(response.headers().firstValue("Server")).as(path).isEmpty();
            assertThat(response.body()).as(path).doesNotContain("Powered by Jetty");
        }
        assertThat(jinan.get("/console/login").headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void undecodableQueryStringsAre400WithAChineseMessage() throws Exception {
        for (String target : new String[] {
            "/api/v1/matters?page=%zz", "/api/v1/search?q=%zz", "/api/v1/suggest?q=%ff%fe", "/api/v1/matters?size=%"
        }) {
            String answer = raw(target);
            assertThat(answer).as(target).startsWith("HTTP/1.1 400");
            assertThat(answer).as(target).contains("nosniff", "编码无效").doesNotContain("Exception");
        }
    }

    @Test
    void unknownPagesAnswer404() throws Exception {
        assertThat(jinan.get("/.git/config").statusCode()).isEqualTo(404);
        assertThat(jinan.get("/conf/tongban.properties").statusCode()).isEqualTo(404);
        assertThat(jinan.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void healthShowsDetailsOnlyToThisMachine() throws Exception {
        assertThat(jinan.get("/health").body()).contains("\"name\" : \"database\"");

        // A proxy on this machine that is not declared trusted: the caller is remote.
        String forwarded = raw("/health", "X-Forwarded-For: 203.0.113.9");
        assertThat(forwarded).startsWith("HTTP/1.1 200");
        String body = forwarded.substring(forwarded.indexOf("\r\n\r\n") + 4);
        assertThat(body).matches("\\{\"status\":\"(UP|DEGRADED)\"}");
    }

    @Test
    void theFirstLoginForcesAPasswordChangeThatRefusesWeakOnesAndThenOpensTheConsole() throws Exception {
        Browsers.assumeChromium();
        String oneTime = Files.readString(jinan.home().resolve("data/initial-admin-password.txt"))
                .trim();
        try (Playwright playwright = Browsers.playwright()) {
            Browser browser = Browsers.launch(playwright);
            Page page = browser.newContext().newPage();
            page.navigate(jinan.baseUrl() + "/console/login");
            page.locator("input[name='username']").fill("admin");
            page.locator("input[name='password']").fill(oneTime);
            page.locator("input[name='password']").press("Enter");
            assertThat(page).hasURL(jinan.baseUrl() + "/console/password");

            fillPasswords(page, oneTime, "admin12345");
            assertThat(page.locator("p[role='alert']")).containsText("用户名");
            assertThat(page).hasURL(jinan.baseUrl() + "/console/password");

            fillPasswords(page, oneTime, "Baotu9spring26");
            assertThat(page.locator("vaadin-notification-card")).containsText("密码已修改");
            assertThat(page).hasURL(jinan.baseUrl() + "/console");
            assertThat(page.locator(ConsolePages.CONSOLE_MENU)).isVisible();
            assertThat(page.locator("p[role='alert']")).hasCount(0);
            assertThat(jinan.home().resolve("data/initial-admin-password.txt")).doesNotExist();

            // The administrator may read the health details from anywhere, with the session.
            String cookie = page.context().cookies().stream()
                    .filter(c -> c.name.equals("JSESSIONID"))
                    .findFirst()
                    .orElseThrow()
                    .value;
            String health = raw("/health", "X-Forwarded-For: 203.0.113.9", "Cookie: JSESSIONID=" + cookie);
            assertThat(health).contains("\"name\" : \"database\"");
        }
    }

    private static void fillPasswords(Page page, String current, String proposed) {
        Locator fields = page.locator("vaadin-password-field input");
        fields.nth(0).fill(current);
        fields.nth(1).fill(proposed);
        fields.nth(2).fill(proposed);
        page.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("保存新密码"))
                .click();
    }
}
