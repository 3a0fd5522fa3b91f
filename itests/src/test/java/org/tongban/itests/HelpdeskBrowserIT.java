package org.tongban.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongban.itests.support.Axe;
import org.tongban.itests.support.ConsolePages;
import org.tongban.itests.support.DemoInBrowser;
import org.tongban.platform.api.persistence.Database;

/**
 * An elderly citizen's path through the help desk in Chromium on Jinan's demo: at the window the task force's helper
 * registers 王秀英's request for 全程代办, takes it (首问负责), records the 委托书 she signed (kept as a sealed PDF with
 * the request), files her intake case as her agent, follows it on the request page while the department accepts and
 * approves it in intake's console, completes the request and records her rating. Every page passes axe-core
 * without serious or critical findings, at 1366 px and on a 390 px phone without sideways scrolling.
 */
class HelpdeskBrowserIT {
    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);
    private static final String MATTER = "人力资源服务许可";
    private static final String PRINCIPAL_ID = "11010519491231002X";
    private static final String AGENT_ID = "370102199003071238";

    @RegisterExtension
    static final DemoInBrowser jinan = DemoInBrowser.shared("jinan");

    @Test
    void aHelperTakesAnElderlyCitizensRequestAtTheWindowActsUnderHerAuthorisationAndRecordsHerRating()
            throws Exception {
        assertThat(waitFor(Duration.ofMinutes(2), () -> count("SELECT COUNT(*) FROM hd_team") >= 1))
                .as("the demo's help-desk teams")
                .isTrue();
        String matter = row("SELECT v.matter_code FROM catalogue_guide_version v JOIN catalogue_matter m"
                        + " ON m.code = v.matter_code AND m.published_version = v.version WHERE v.name = '" + MATTER
                        + "' ORDER BY v.matter_code")
                .get(0);

        Page page = jinan.page();
        page.setViewportSize(1366, 900);
        ConsolePages.login(page, jinan.baseUrl(), "helpdesk.helper", "Demo2026bangbanyuan");
        page.navigate(jinan.baseUrl() + "/console/helpdesk/new");
        ConsolePages.settle(page);
        accessible(page, "登记诉求");
        page.getByLabel("姓名或企业名称").fill("王秀英");
        page.getByLabel("公民身份号码").fill(PRINCIPAL_ID);
        page.getByLabel("联系电话").fill("13800000000");
        page.getByLabel("事项编码").fill(matter);
        choose(page, "帮办类型", "全程代办");
        choose(page, "服务领域", "老年人服务");
        page.getByLabel("诉求内容").fill("八十岁老人行动不便，由子女陪同到窗口，请求全程代办。");
        page.locator("#helpdesk-register").click();
        ConsolePages.settle(page);
        page.waitForURL("**/console/helpdesk/request/**");
        String number = row("SELECT number FROM hd_request WHERE requester_name = '王秀英' AND matter_codes = '" + matter
                        + "' ORDER BY id DESC")
                .get(0);
        assertThat(page.locator("body")).containsText(number, SLOW);
        assertThat(page.locator("body")).containsText("110105********002X");
        accessible(page, "诉求详情");

        page.locator("#helpdesk-take").click();
        ConsolePages.settle(page);
        assertThat(page.locator("body")).containsText("首问负责人 helpdesk.helper", SLOW);

        page.locator("#helpdesk-authorise").click();
        Locator letter = page.getByRole(AriaRole.DIALOG);
        letter.getByLabel("受托人姓名").fill("专班帮办员");
        letter.getByLabel("受托人身份号码").fill(AGENT_ID);
        letter.locator("vaadin-checkbox", new Locator.LocatorOptions().setHasText(matter))
                .click();
        letter.locator("vaadin-checkbox", new Locator.LocatorOptions().setHasText("申请并递交材料"))
                .click();
        letter.locator("vaadin-checkbox", new Locator.LocatorOptions().setHasText("领取办理结果"))
                .click();
        accessible(page, "委托书");
        letter.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("保存委托书"))
                .click();
        ConsolePages.settle(page);
        assertThat(page.locator("[id^='helpdesk-authorisation-']")).containsText("受托人 专班帮办员", SLOW);
        assertThat(page.locator("body")).containsText("授权委托书");
        assertThat(count("SELECT COUNT(*) FROM hd_form f JOIN hd_request r ON r.id = f.request_id WHERE r.number = '"
                        + number + "' AND f.form = 'helpdesk-authorisation'"))
                .as("the 委托书 kept as a sealed form")
                .isEqualTo(1);

        // 代为申请: the helper files her intake case under the 委托书, with the guide's materials as originals.
        page.locator("#helpdesk-file-case").click();
        Locator agency = page.getByRole(AriaRole.DIALOG);
        assertThat(agency).containsText("代为申请办件（全程代办）", SLOW);
        assertThat(agency.locator("#helpdesk-agency-letter input")).hasValue(Pattern.compile("^WT.*"));
        for (Locator material :
                agency.locator("#helpdesk-agency-materials vaadin-checkbox").all()) {
            material.click();
        }
        accessible(page, "代为申请");
        agency.locator("#helpdesk-agency-file").click();
        ConsolePages.settle(page);
        String intakeCase = row("SELECT a.case_number FROM hd_agency_case a JOIN hd_request r ON r.id = a.request_id"
                        + " WHERE r.number = '" + number + "'")
                .get(0);
        Locator linked = page.locator("#helpdesk-case-" + intakeCase);
        assertThat(linked).containsText("已收件", SLOW);
        assertThat(linked).containsText(MATTER);
        assertThat(linked.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(intakeCase)))
                .hasAttribute("href", "console/intake/case/" + intakeCase);
        assertThat(page.locator("body")).containsText("以代理人身份申请 " + matter + "，受理办件 " + intakeCase);
        assertThat(row("SELECT agent_name FROM intake_case WHERE case_number = '" + intakeCase + "'"))
                .containsExactly("专班帮办员");

        // The department accepts and approves it in intake's console; the request page follows its state and clock.
        BrowserContext departmentContext = jinan.browser().newContext();
        Page department = departmentContext.newPage();
        department.setViewportSize(1366, 900);
        ConsolePages.login(department, jinan.baseUrl(), "admin", "Demo2026admin");
        department.navigate(jinan.baseUrl() + "/console/intake/case/" + intakeCase);
        ConsolePages.settle(department);
        for (String step : List.of("accept", "claim")) {
            department.locator("#intake-step-" + step).click();
            ConsolePages.settle(department);
        }
        department.locator("#intake-step-approve").click();
        Locator decision = department.getByRole(AriaRole.DIALOG);
        decision.locator("textarea").fill("经审查，符合人力资源服务许可条件");
        decision.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("准予许可"))
                .click();
        ConsolePages.settle(department);
        assertThat(department.locator(".tb-badge").first()).containsText("准予许可", SLOW);
        departmentContext.close();

        page.reload();
        ConsolePages.settle(page);
        assertThat(linked).containsText("准予许可", SLOW);
        assertThat(linked).containsText("办结时限");

        page.locator("#helpdesk-complete").click();
        Locator result = page.getByRole(AriaRole.DIALOG);
        result.locator("textarea").fill("已代为申请并领取结果，送达老人家中。");
        result.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("办结"))
                .click();
        ConsolePages.settle(page);
        assertThat(page.locator("body")).containsText("满意度评价", SLOW);
        accessible(page, "办结后的诉求");

        page.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText("基本满意"))
                .click();
        page.getByLabel("意见（可不填）").fill("帮办员很耐心");
        page.locator("#helpdesk-rate").click();
        ConsolePages.settle(page);
        assertThat(page.locator("#helpdesk-rating")).containsText("诉求人评价：基本满意 “帮办员很耐心”", SLOW);
        assertThat(row("SELECT g.rating, g.recorded_by FROM hd_rating g JOIN hd_request r ON r.id = g.request_id"
                        + " WHERE r.number = '" + number + "'"))
                .containsExactly("BASIC", "helpdesk.helper");

        page.setViewportSize(390, 844);
        page.reload();
        ConsolePages.settle(page);
        assertThat(page.locator("#helpdesk-rating")).isVisible();
        accessible(page, "诉求详情 390 px");
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1"))
                .as("no sideways scrolling at 390 px")
                .isTrue();
    }

    /** No serious or critical axe-core finding. */
    private static void accessible(Page page, String where) {
        assertThat(Axe.seriousFindings(page, "body")).as(where).isEmpty();
    }

    /** Picks an item of a Vaadin combo box by its label. */
    private static void choose(Page page, String label, String item) {
        page.getByLabel(label).fill(item);
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(item))
                .first()
                .click();
    }

    private static boolean waitFor(Duration timeout, java.util.concurrent.Callable<Boolean> condition)
            throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (condition.call()) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    private static long count(String sql) throws SQLException {
        return Long.parseLong(row(sql).get(0));
    }

    /** The first row of a query, its columns as text. */
    private static List<String> row(String sql) throws SQLException {
        try (Connection c =
                        jinan.instance().service(Database.class).dataSource().getConnection();
                PreparedStatement statement = c.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            assertThat(rows.next()).as(sql).isTrue();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                columns.add(rows.getString(i));
            }
            return columns;
        }
    }
}
