package org.tongban.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongban.itests.support.Axe;
import org.tongban.itests.support.ConsolePages;
import org.tongban.itests.support.DemoInBrowser;
import org.tongban.itests.support.PublicAccounts;
import org.tongban.platform.api.identity.IdentityNumbers;

/**
 * A citizen on a 390 px phone in Jinan's demo: signs in, files a 求助 through the portal, follows it under 我的诉求 and
 * reads a public answer of the 12345 knowledge base. Every page passes axe-core without serious or critical findings
 * and never scrolls sideways.
 */
class HotlinePortalBrowserIT {
    private static final Pattern NUMBER = Pattern.compile("RX[0-9]+");
    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);
    private static final String PASSWORD = "Bu4nzheng-2026";
    private static final String DESCRIPTION = "经十路88号小区门口的路灯已经坏了一周，晚上回家很黑，老人孩子出行不安全，请尽快修复。";

    @RegisterExtension
    static final DemoInBrowser jinan = DemoInBrowser.shared("jinan");

    @Test
    void aCitizenFilesOnAPhoneFollowsTheTicketAndReadsAPublicAnswer() throws Exception {
        String identifier = identityNumber();
        register(identifier);
        Page page = jinan.page();
        page.setViewportSize(390, 844);
        page.navigate(jinan.baseUrl() + "/account/sign-in?next=hotline");
        ConsolePages.settle(page);
        page.locator("#account-identifier input").fill(identifier);
        page.locator("#account-password input").fill(PASSWORD);
        page.locator("#account-sign-in").click();
        ConsolePages.settle(page);
        assertThat(page).hasURL(Pattern.compile(".*/hotline$"));
        assertThat(page.locator("#hotline-submit")).isVisible();
        pageIsUsable(page, "/hotline");

        page.locator("#hotline-type").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("求助"))
                .first()
                .click();
        page.locator("#hotline-address input").fill("历下区经十路88号");
        page.locator("#hotline-place input").fill("解放路");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("解放路"))
                .first()
                .click();
        page.locator("#hotline-description textarea").fill(DESCRIPTION);
        assertThat(page.locator("#hotline-description")).containsText(DESCRIPTION.length() + "");
        page.locator("#hotline-submit").click();
        ConsolePages.settle(page);
        Locator result = page.locator("#hotline-result");
        assertThat(result).containsText("诉求已提交", SLOW);
        Matcher m = NUMBER.matcher(result.innerText());
        assertThat(m.find()).as(result.innerText()).isTrue();
        String number = m.group();
        pageIsUsable(page, "/hotline after filing");

        page.navigate(jinan.baseUrl() + "/my-tickets");
        ConsolePages.settle(page);
        Locator mine = page.locator("#my-tickets .my-ticket", new Page.LocatorOptions().setHasText(number));
        assertThat(mine).hasCount(1);
        assertThat(mine).containsText("求助");
        pageIsUsable(page, "/my-tickets");

        page.navigate(jinan.baseUrl() + "/my-tickets/" + number);
        ConsolePages.settle(page);
        assertThat(page.locator("#my-ticket")).containsText(number, SLOW);
        assertThat(page.locator("#my-ticket")).containsText("路灯已经坏了一周");
        pageIsUsable(page, "/my-tickets/" + number);

        // The knowledge base answers a colloquial question with the public article, never an agents-only one.
        page.navigate(jinan.baseUrl() + "/hotline/knowledge?q=" + java.net.URLEncoder.encode("供暖温度", "UTF-8"));
        assertThat(page.locator("#hotline-knowledge")).containsText("供暖期与室温标准");
        assertThat(page.locator("#hotline-knowledge")).not().containsText("暖气不热的受理口径");
        pageIsUsable(page, "/hotline/knowledge");
        page.locator("#hotline-knowledge a", new Page.LocatorOptions().setHasText("供暖期与室温标准"))
                .click();
        assertThat(page.locator("#hotline-article h1")).hasText("供暖期与室温标准");
        assertThat(page.locator("#hotline-article")).containsText("不低于18℃");
        pageIsUsable(page, "/hotline/knowledge/<id>");
    }

    /** No serious or critical axe-core finding, and nothing wider than the phone. */
    private static void pageIsUsable(Page page, String where) {
        assertThat(Axe.seriousFindings(page, "body")).as(where).isEmpty();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue())
                .as(where + " scrolls sideways")
                .isLessThanOrEqualTo(0);
    }

    private static void register(String identifier) throws Exception {
        PublicAccounts.registerPerson(jinan.baseUrl(), "赵晓梅", identifier, "13905312345", PASSWORD);
    }

    /** A fresh citizen identity number with its GB 11643 check digit, so reruns on the shared demo do not collide. */
    private static String identityNumber() {
        String seventeen = "37010219880512"
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        return seventeen + IdentityNumbers.checkCharacter(seventeen);
    }
}
