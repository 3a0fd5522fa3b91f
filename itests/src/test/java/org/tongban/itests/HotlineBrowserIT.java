package org.tongban.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongban.itests.support.ConsolePages;
import org.tongban.itests.support.DemoInBrowser;

/**
 * A 12345 call on Jinan's demo in Chromium: the hotline office takes it at the desk, where the classifier learned from
 * the demo's closed tickets suggests the category and 历下区城市管理局; the unit signs and replies, the office sends the
 * reply back once, the unit replies again, the office approves and the callback closes it with a rating.
 */
class HotlineBrowserIT {
    private static final Pattern NUMBER = Pattern.compile("RX[0-9]+");
    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

    @RegisterExtension
    static final DemoInBrowser jinan = DemoInBrowser.shared("jinan");

    @Test
    void aCallIsDispatchedOnTheSuggestionSentBackOnceAndClosedWithARating() {
        Page office = jinan.page();
        office.setViewportSize(1366, 900);
        ConsolePages.login(office, jinan.baseUrl(), "hotline.office", "Demo2026rexianban");
        office.navigate(jinan.baseUrl() + "/console/hotline/desk");
        ConsolePages.settle(office);
        office.getByLabel("来电人姓名或称呼").fill("李先生");
        office.getByLabel("来电号码").fill("13905318888");
        office.getByLabel("地址").fill("历下区泉城路180号");
        Locator place = office.locator("#hotline-desk-place input");
        place.fill("解放路");
        office.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("解放路"))
                .first()
                .click();
        office.locator("#hotline-desk-description textarea").fill("泉城路180号门前每天晚上有流动摊贩占道经营，人行道被堵住，行人只能走机动车道。");
        office.locator("#hotline-desk-description textarea").press("Tab");
        assertThat(office.locator("#hotline-desk-suggestion")).containsText("建议分类：占道经营", SLOW);
        assertThat(office.locator("#hotline-desk-suggestion")).containsText("历下区城市管理局");
        office.locator("#hotline-desk-dispatch").click();
        ConsolePages.settle(office);
        Locator taken = office.locator("#hotline-desk-result");
        assertThat(taken).containsText("已派单", SLOW);
        Matcher m = NUMBER.matcher(taken.innerText());
        assertThat(m.find()).isTrue();
        String number = m.group();

        asUnit(number, "已清理占道摊贩，并安排城管队员每日巡查。");

        office.navigate(jinan.baseUrl() + "/console/hotline/ticket/" + number);
        ConsolePages.settle(office);
        office.locator("#hotline-step-sendBack").click();
        Locator reason = office.getByRole(AriaRole.DIALOG);
        reason.locator("textarea").fill("答复未说明巡查时段，请补充。");
        reason.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("退回重办"))
                .click();
        ConsolePages.settle(office);
        assertThat(office.locator("body")).containsText("办理中", SLOW);

        asUnit(number, "已清理占道摊贩，每日18时至22时由城管队员在泉城路巡查。");

        office.reload();
        ConsolePages.settle(office);
        office.locator("#hotline-step-approve").click();
        office.locator("#hotline-dialog-confirm").click();
        ConsolePages.settle(office);
        assertThat(office.locator("body")).containsText("已办结待回访", SLOW);
        office.locator("#hotline-step-callback").click();
        office.locator("#hotline-dialog-confirm").click();
        ConsolePages.settle(office);
        assertThat(office.locator("body")).containsText("已评价", SLOW);

        // On a phone the statistics open with this month counted, and the header's logout stays on the screen.
        office.setViewportSize(390, 844);
        office.navigate(jinan.baseUrl() + "/console/hotline/statistics");
        ConsolePages.settle(office);
        assertThat(office.locator("body")).containsText("占道经营", SLOW);
        BoundingBox logout = office.locator(".tb-logout").boundingBox();
        assertThat(logout.x + logout.width).isLessThanOrEqualTo(390);
        assertThat(office.locator(".tb-logout")).hasAttribute("aria-label", "退出登录");
        // ...and the ticket list folds its seven filters, so the first tickets show without scrolling.
        office.navigate(jinan.baseUrl() + "/console/hotline/tickets");
        ConsolePages.settle(office);
        Locator first = office.getByText(NUMBER).first();
        assertThat(first).isVisible();
        assertThat(first.boundingBox().y).isLessThan(844);
    }

    @Test
    void aTestMessageThroughTheDemoGatewayBecomesATicketOnItsChannel() {
        Page office = jinan.page();
        office.setViewportSize(1366, 900);
        ConsolePages.login(office, jinan.baseUrl(), "hotline.office", "Demo2026rexianban");
        office.navigate(jinan.baseUrl() + "/console/hotline/messages");
        ConsolePages.settle(office);
        office.locator("#hotline-message-sender input").fill("13905317777");
        office.locator("#hotline-message-text textarea").fill("经十路历山路路口红绿灯坏了<script>alert(1)</script>，请尽快修。");
        office.locator("#hotline-message-post").click();
        ConsolePages.settle(office);
        Locator list = office.locator("#hotline-messages");
        assertThat(list).containsText("139****7777", SLOW);
        Matcher m = NUMBER.matcher(list.innerText());
        assertThat(m.find()).isTrue();
        String number = m.group();

        office.navigate(jinan.baseUrl() + "/console/hotline/ticket/" + number);
        ConsolePages.settle(office);
        assertThat(office.locator("body")).containsText("短信", SLOW);
        assertThat(office.locator("body")).containsText("<script>alert(1)</script>");
    }

    /** 历下区城市管理局 signs the ticket (when it has not yet) and replies. */
    private void asUnit(String number, String reply) {
        try (BrowserContext context = jinan.browser().newContext()) {
            Page unit = context.newPage();
            ConsolePages.login(unit, jinan.baseUrl(), "lixia.cgj", "Demo2026lxcg");
            unit.navigate(jinan.baseUrl() + "/console/hotline/queue");
            ConsolePages.settle(unit);
            assertThat(unit.locator("body")).containsText(number, SLOW);
            unit.navigate(jinan.baseUrl() + "/console/hotline/unit-ticket/" + number);
            ConsolePages.settle(unit);
            if (unit.locator("#hotline-step-sign").count() > 0) {
                unit.locator("#hotline-step-sign").click();
                ConsolePages.settle(unit);
            }
            unit.locator("#hotline-step-reply").click();
            unit.getByRole(AriaRole.DIALOG).locator("textarea").fill(reply);
            unit.locator("#hotline-dialog-confirm").click();
            ConsolePages.settle(unit);
            assertThat(unit.locator("body")).containsText("待审核", SLOW);
        }
    }
}
