package org.tongban.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongban.itests.support.ConsolePages;
import org.tongban.itests.support.DemoInBrowser;
import org.tongban.itests.support.TongbanInstance;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.LoginResult;

/**
 * Stored cross-site scripting (issue 12): notices, a service guide and its FAQ that clerks enter with script in every
 * form a browser runs are shown as text on the portal (notices, guide page, search hits with their highlighted
 * snippets) and in the console (notices, guide editor), in a real Chromium, and no script of theirs ever runs.
 */
class StoredScriptBrowserIT {
    // Each payload sets window.__xss when a browser runs it.
    private static final List<String> PAYLOADS = List.of(
            "<script>window.__xss=1</script>",
            "<img src=x onerror=\"window.__xss=2\">",
            "<svg onload=\"window.__xss=3\"></svg>",
            "\"><iframe srcdoc=\"<script>parent.__xss=4</script>\"></iframe>",
            "<a href=\"javascript:window.__xss=5\" id=\"xss-link\">点我</a>");

    private static final String GUIDE_CODE = "370100-GAJ-XK-099";
    private static final String GUIDE_NAME = "脚本测试事项" + "<b onmouseover=\"window.__xss=6\">";

    @RegisterExtension
    static final DemoInBrowser jinan = DemoInBrowser.of("jinan");

    @BeforeAll
    static void prepare() throws Exception {
        publishAsCityClerk();
        importGuideAsAdministrator();
    }

    @Test
    void aCitizenReadsTheNoticesAsTextAndNoScriptRuns() {
        try (BrowserContext context = jinan.browser().newContext()) {
            Page citizen = context.newPage();
            citizen.navigate(jinan.baseUrl() + "/notices");
            for (String payload : PAYLOADS) {
                assertThat(citizen.getByText(payload).first()).isVisible();
            }
            assertThat(citizen.locator("#xss-link")).hasCount(0);
            assertThat(citizen.evaluate("() => window.__xss")).isNull();
        }
    }

    @Test
    void theClerkSeesThemAsTextInTheConsoleAndNoScriptRuns() {
        try (BrowserContext context = jinan.browser().newContext()) {
            Page clerk = context.newPage();
            ConsolePages.login(clerk, jinan.baseUrl(), "city.clerk", "Demo2026city");
            clerk.navigate(jinan.baseUrl() + "/console/notices");
            ConsolePages.settle(clerk);
            assertThat(clerk.getByText(PAYLOADS.getFirst()).first()).isVisible();
            assertThat(clerk.locator("#xss-link")).hasCount(0);
            assertThat(clerk.evaluate("() => window.__xss")).isNull();
        }
    }

    @Test
    void aCitizenReadsTheGuideAndItsFaqAsTextAndNoScriptRuns() {
        try (BrowserContext context = jinan.browser().newContext()) {
            Page citizen = context.newPage();
            citizen.navigate(jinan.baseUrl() + "/guides/" + GUIDE_CODE);
            assertThat(citizen.getByText(GUIDE_NAME).first()).isVisible();
            for (String payload : PAYLOADS) {
                assertThat(citizen.getByText(payload).first()).isVisible();
            }
            assertThat(citizen.locator("#xss-link")).hasCount(0);
            assertThat(citizen.evaluate("() => window.__xss")).isNull();
        }
    }

    @Test
    void searchHitsHighlightThePayloadsAsTextAndNoScriptRuns() {
        try (BrowserContext context = jinan.browser().newContext()) {
            Page citizen = context.newPage();
            // The payload words sit inside the markup, so the highlighted snippets cut through it; the guide's name
            // keeps the guide above the search's score gate, which a word of markup alone does not pass.
            for (String query : List.of("脚本测试事项", "脚本测试事项 onerror", "脚本测试事项 javascript", "脚本测试事项 svg")) {
                citizen.navigate(jinan.baseUrl() + "/search?q="
                        + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
                assertThat(citizen.locator("a[href*='" + GUIDE_CODE + "']").count())
                        .as("hits for " + query)
                        .isPositive();
                assertThat(citizen.locator("#xss-link")).hasCount(0);
                assertThat(citizen.evaluate("() => window.__xss")).as(query).isNull();
            }
        }
    }

    @Test
    void theAdministratorEditsTheGuideAndNoScriptRuns() {
        try (BrowserContext context = jinan.browser().newContext()) {
            Page admin = context.newPage();
            ConsolePages.login(admin, jinan.baseUrl(), "admin", "Demo2026admin");
            admin.navigate(jinan.baseUrl() + "/console/catalogue/" + GUIDE_CODE);
            ConsolePages.settle(admin);
            assertThat(admin.locator("vaadin-text-field, vaadin-text-area").first())
                    .isVisible();
            assertThat(admin.locator("#xss-link")).hasCount(0);
            assertThat(admin.evaluate("() => window.__xss")).isNull();
        }
    }

    // A guide whose every text field carries a payload, and an FAQ about it, imported and published as the console's
    // import page would.
    private static void importGuideAsAdministrator() throws Exception {
        Authenticator authenticator = jinan.instance().service(Authenticator.class);
        LoginResult login = authenticator.login("admin", "Demo2026admin".toCharArray(), "127.0.0.1");
        assertThat(login.loggedIn()).isTrue();
        authenticator.bind(login.session());
        try {
            Object exchange = jinan.instance().service("org.tongban.catalogue.CatalogueExchange");
            Object codec = ((java.util.Optional<?>) TongbanInstance.call(exchange, "codec", "json")).orElseThrow();
            Object document = TongbanInstance.call(
                    exchange,
                    "read",
                    codec,
                    new java.io.ByteArrayInputStream(guideDocument().getBytes(StandardCharsets.UTF_8)));
            Object result = TongbanInstance.call(exchange, "importDocument", document, true);
            assertThat(String.valueOf(TongbanInstance.call(result, "errors"))).isEqualTo("[]");
        } finally {
            authenticator.bind(null);
            authenticator.logout(login.session());
        }
        TongbanInstance.await(java.time.Duration.ofSeconds(60), () -> {
            try {
                return jinan.instance()
                        .get("/api/v1/search?q=" + java.net.URLEncoder.encode("脚本测试事项", StandardCharsets.UTF_8))
                        .body()
                        .contains(GUIDE_CODE);
            } catch (Exception notYet) {
                return false;
            }
        });
    }

    private static String guideDocument() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode document = json.createObjectNode().put("format", "tongban-catalogue/1");
        document.putArray("departments");
        ObjectNode matter = document.putArray("matters").addObject();
        matter.put("code", GUIDE_CODE)
                .put("baseCode", "SD-XK-00999")
                .put("name", GUIDE_NAME)
                .put("type", "行政许可")
                .put("jurisdiction", "370100")
                .put("department", "370100-GAJ")
                .put("legalBasis", PAYLOADS.get(0))
                .put("conditions", PAYLOADS.get(1))
                .put("instant", false)
                .put("location", PAYLOADS.get(2))
                .put("hours", PAYLOADS.get(3))
                .put("phone", "0531-12345678")
                .put("result", PAYLOADS.get(4))
                .put("visits", 1)
                .put("onlineDepth", "线下办理")
                .put("crossRegion", "无")
                .put("commitmentAllowed", false)
                .put("complaintChannel", PAYLOADS.get(1))
                .put("status", "published");
        matter.putArray("audiences").add("自然人");
        matter.putArray("delivery").add("窗口领取");
        matter.putArray("fees");
        matter.putArray("specialSteps");
        ObjectNode step = matter.putArray("steps").addObject();
        step.put("name", "受理").put("description", PAYLOADS.get(4));
        ObjectNode limits = matter.putObject("limits");
        limits.putObject("legal").put("amount", 20).put("unit", "工作日");
        limits.putObject("promised").put("amount", 10).put("unit", "工作日");
        ObjectNode material = matter.putArray("materials").addObject();
        material.put("name", "申请表" + PAYLOADS.get(2))
                .put("required", true)
                .put("tolerant", false)
                .put("originals", 1)
                .put("copies", 0)
                .put("format", "纸质")
                .put("note", PAYLOADS.get(3));
        ObjectNode faq = document.putArray("faqs").addObject();
        faq.put("code", "FAQ-XSS-1")
                .put("question", "脚本测试事项怎么办？" + PAYLOADS.get(0))
                .put("answer", PAYLOADS.get(4));
        faq.putArray("matters").add(GUIDE_CODE);
        document.putArray("lifeEvents");
        return json.writeValueAsString(document);
    }

    // Through the service as the clerk, as the console's editor would: the payloads go into both title and body.
    private static void publishAsCityClerk() throws Exception {
        Authenticator authenticator = jinan.instance().service(Authenticator.class);
        LoginResult login = authenticator.login("city.clerk", "Demo2026city".toCharArray(), "127.0.0.1");
        assertThat(login.loggedIn()).isTrue();
        authenticator.bind(login.session());
        try {
            Object notices = jinan.instance().service("org.tongban.notice.NoticeService");
            for (String payload : PAYLOADS) {
                TongbanInstance.call(notices, "publish", "370100", payload, "正文：" + payload);
            }
        } finally {
            authenticator.bind(null);
            authenticator.logout(login.session());
        }
    }
}
