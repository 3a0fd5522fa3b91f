package org.tongban.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongban.itests.support.Axe;
import org.tongban.itests.support.ConsolePages;
import org.tongban.itests.support.DemoInBrowser;

/**
 * The intake console in a real Chromium against the Jinan distribution in demo mode: the city's window clerk
 * receives a 人力资源服务许可 with the premises proof missing under 容缺 at a desktop's width and the administrator,
 * as reviewer, approves it; a 补正 round trip at a phone's width. axe-core finds nothing serious on the intake pages.
 */
class IntakeBrowserIT {
    private static final String MATTER = "人力资源服务许可";
    private static final String COMPANY = "91370102MA3C4K5L67";
    private static final Pattern NUMBER = Pattern.compile("SL[0-9]+");
    /** The root of each intake page; the console's shell around it is not what this test is about. */
    private static final String PAGE = ".tb-intake-page";

    @RegisterExtension
    static final DemoInBrowser jinan = DemoInBrowser.shared("jinan");

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void newVisitor() {
        context = jinan.context();
        page = jinan.page();
    }

    @Test
    void theWindowReceivesUnderToleranceAndTheReviewerApproves() {
        page.setViewportSize(1366, 900);
        ConsolePages.login(page, jinan.baseUrl(), "city.clerk", "Demo2026city");
        String number = receive(page, 3, "容缺（限期补交）", "容缺受理");
        assertThat(page.locator("#intake-desk-result")).containsText("已受理");
        assertThat(Axe.seriousFindings(page, PAGE)).isEmpty();

        BrowserContext reviewerContext = jinan.browser().newContext();
        Page reviewer = reviewerContext.newPage();
        reviewer.setViewportSize(1366, 900);
        ConsolePages.login(reviewer, jinan.baseUrl(), "admin", "Demo2026admin");
        reviewer.navigate(jinan.baseUrl() + "/console/intake/case/" + number);
        assertThat(reviewer.getByText("容缺材料未补齐，结果暂缓出件")).isVisible();
        assertThat(reviewer.getByText("9137**********5L67")).isVisible();
        assertThat(Axe.seriousFindings(reviewer, PAGE)).isEmpty();
        reviewer.locator("#intake-step-claim").click();
        ConsolePages.settle(reviewer);
        reviewer.locator("#intake-step-approve").click();
        Locator dialog = reviewer.getByRole(AriaRole.DIALOG);
        dialog.locator("textarea").fill("经审查，符合人力资源服务许可条件");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("准予许可"))
                .click();
        ConsolePages.settle(reviewer);

        assertThat(reviewer.locator(".tb-badge").first()).containsText("准予许可");
        assertThat(reviewer.getByText("经审查，符合人力资源服务许可条件")).isVisible();
        reviewerContext.close();
    }

    @Test
    void aCorrectionRoundTripFitsAPhone() {
        ConsolePages.login(page, jinan.baseUrl(), "city.clerk", "Demo2026city");
        page.setViewportSize(390, 844);
        String number = receive(page, 4, "缺少（需补正）", "一次性告知补正");
        assertThat(page.locator("#intake-desk-result")).containsText("待补正");
        assertNoSideways(page);

        page.navigate(jinan.baseUrl() + "/console/intake/case/" + number);
        assertThat(page.getByText("补正告知内容")).isVisible();
        assertThat(Axe.seriousFindings(page, PAGE)).isEmpty();
        assertNoSideways(page);
        page.locator("#intake-step-supplement").click();
        ConsolePages.settle(page);
        page.locator("#intake-step-accept").click();
        ConsolePages.settle(page);
        assertThat(page.locator(".tb-badge").first()).containsText("已受理");

        page.navigate(jinan.baseUrl() + "/console/intake/statistics");
        page.locator("#intake-stats-run").click();
        ConsolePages.settle(page);
        assertThat(page.locator("#intake-stats-rates")).isVisible();
        assertThat(Axe.seriousFindings(page, PAGE)).isEmpty();
    }

    /**
     * Walks the desk's wizard for {@value #MATTER} with a company as applicant, sets the state of the given material (counted from 1) and
     * submits the decision; returns the new case's number.
     */
    private String receive(Page page, int material, String state, String decision) {
        page.navigate(jinan.baseUrl() + "/console/intake/desk");
        assertThat(page.locator("#intake-desk-progress")).hasText("第 1 步，共 5 步：选择事项");
        assertThat(Axe.seriousFindings(page, PAGE)).isEmpty();
        page.locator("#intake-desk-matter input").fill(MATTER);
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(MATTER))
                .first()
                .click();
        page.locator("#intake-desk-next").click();
        ConsolePages.settle(page);
        page.locator("#intake-desk-next").click();
        ConsolePages.settle(page);
        assertThat(page.locator("#intake-desk-progress")).hasText("第 3 步，共 5 步：申请人");
        page.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText("法人或其他组织"))
                .click();
        page.getByLabel("单位名称").fill("济南泉城人力资源服务有限公司");
        page.locator("#intake-desk-identifier input").fill("91370102MA3C4K5L68");
        page.locator("#intake-desk-identifier input").press("Tab");
        assertThat(page.locator("#intake-desk-identifier")).containsText("统一社会信用代码校验位不符");
        page.locator("#intake-desk-identifier input").fill(COMPANY);
        page.locator("#intake-desk-identifier input").press("Tab");
        ConsolePages.settle(page);
        page.locator("#intake-desk-next").click();
        ConsolePages.settle(page);
        assertThat(page.locator("#intake-desk-progress")).hasText("第 4 步，共 5 步：材料核验");
        page.locator("#intake-material-" + (material - 1)).click();
        page.locator("vaadin-select-item:visible", new Page.LocatorOptions().setHasText(state))
                .click();
        ConsolePages.settle(page);
        page.locator("#intake-desk-next").click();
        ConsolePages.settle(page);
        assertThat(page.locator("vaadin-radio-button[checked]")).containsText(decision);
        page.locator("#intake-desk-submit").click();
        ConsolePages.settle(page);
        Locator created = page.locator("#intake-desk-result");
        assertThat(created).containsText("已生成办件");
        Matcher m = NUMBER.matcher(created.innerText());
        assertThat(m.find()).isTrue();
        return m.group();
    }

    private static void assertNoSideways(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
    }
}
