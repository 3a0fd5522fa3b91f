package org.tongban.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tongban.itests.support.ConsolePages;
import org.tongban.itests.support.DemoInBrowser;
import org.tongban.itests.support.PublicAccounts;
import org.tongban.platform.api.identity.IdentityNumbers;

/**
 * A citizen applies online for 小餐饮登记 with the health certificate under 容缺, the window accepts, the back office
 * approves and completes, the citizen supplies the certificate online, downloads the e-sealed result and the public
 * verification page accepts it: Jinan's demo in Chromium, each party in its own browser context.
 */
class CitizenOnlineBrowserIT {
    private static final String MATTER = "370102-XSP-XK-009";
    private static final Pattern NUMBER = Pattern.compile("SL[0-9]+");

    @RegisterExtension
    static final DemoInBrowser jinan = DemoInBrowser.shared("jinan");

    @TempDir
    Path temp;

    @Test
    void aCitizenAppliesUnderToleranceSuppliesOnlineAndTheSignedResultVerifies() throws Exception {
        String identifier = identityNumber("37010219900307");
        register(identifier, "Citizen2026pass");
        Page citizen = jinan.page();
        citizen.setViewportSize(390, 844);
        signIn(citizen, identifier, "Citizen2026pass");

        citizen.navigate(jinan.baseUrl() + "/guides/" + MATTER);
        citizen.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("在线申请").setExact(false))
                .first()
                .click();
        citizen.waitForURL("**/apply/" + MATTER + "**");
        ConsolePages.settle(citizen);
        Path pdf = pdf("材料.pdf");
        String number = apply(citizen, pdf);

        accept(number);
        approveAndComplete(number);

        citizen.navigate(jinan.baseUrl() + "/my-cases/" + number);
        ConsolePages.settle(citizen);
        citizen.locator("#my-case-tolerated-upload-0 input[type=file]").setInputFiles(pdf("健康证明.pdf"));
        ConsolePages.settle(citizen);
        assertThat(citizen.locator("#my-case-files"))
                .containsText(
                        "容缺补交",
                        new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                .setTimeout(15_000));

        citizen.reload();
        ConsolePages.settle(citizen);
        Locator result = citizen.locator("#my-case-documents a").last();
        Download download = citizen.waitForDownload(result::click);
        Path signed = temp.resolve("result.pdf");
        download.saveAs(signed);
        assertThat(Files.readAllBytes(signed)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));

        Page anyone = jinan.browser().newContext().newPage();
        anyone.navigate(jinan.baseUrl() + "/verify-document");
        ConsolePages.settle(anyone);
        anyone.locator("#verify-document-upload input[type=file]").setInputFiles(signed);
        assertThat(anyone.locator("#verify-document-result"))
                .containsText(
                        number,
                        new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                .setTimeout(20_000));
        assertThat(anyone.locator("#verify-document-result")).containsText("有效");
        anyone.context().close();
    }

    /** The four steps of the apply page: the situation, the applicant, the materials (the last under 容缺), review. */
    private String apply(Page citizen, Path pdf) {
        for (int i = 0; i < 3 && citizen.locator("#apply-material-0").count() == 0; i++) {
            Locator questions = citizen.locator("[id^=apply-question-] vaadin-radio-button");
            if (questions.count() > 0) {
                questions.first().click();
            }
            citizen.locator("#apply-next").click();
            ConsolePages.settle(citizen);
        }
        assertThat(citizen.locator("#apply-progress")).containsText("申请材料");
        int materials = citizen.locator("[id^=apply-material-name-]").count();
        assertThat(materials).isGreaterThan(1);
        for (int i = 0; i < materials; i++) {
            String name = citizen.locator("#apply-material-name-" + i).innerText();
            if (name.contains("健康证明")) {
                citizen.locator(
                                "#apply-material-" + i + " vaadin-radio-button",
                                new Page.LocatorOptions().setHasText("容缺受理"))
                        .click();
            } else {
                citizen.locator(
                                "#apply-material-" + i + " vaadin-radio-button",
                                new Page.LocatorOptions().setHasText("上传电子材料"))
                        .click();
                ConsolePages.settle(citizen);
                citizen.locator("#apply-upload-" + i + " input[type=file]").setInputFiles(pdf);
                assertThat(citizen.locator("#apply-files-" + i)).containsText("材料.pdf");
            }
        }
        citizen.locator("#apply-pledge").click();
        citizen.locator("#apply-next").click();
        ConsolePages.settle(citizen);
        citizen.locator("#apply-submit").click();
        ConsolePages.settle(citizen);
        Locator result = citizen.locator("#apply-result");
        assertThat(result).containsText("SL");
        Matcher m = NUMBER.matcher(result.innerText());
        assertThat(m.find()).isTrue();
        return m.group();
    }

    private void accept(String number) {
        try (BrowserContext context = jinan.browser().newContext()) {
            Page clerk = context.newPage();
            ConsolePages.login(clerk, jinan.baseUrl(), "lixia.clerk", "Demo2026lixia");
            clerk.navigate(jinan.baseUrl() + "/console/intake/case/" + number);
            ConsolePages.settle(clerk);
            clerk.locator("#intake-step-accept").click();
            ConsolePages.settle(clerk);
            assertThat(clerk.locator(".tb-badge").first()).containsText("已受理");
        }
    }

    private void approveAndComplete(String number) {
        try (BrowserContext context = jinan.browser().newContext()) {
            Page reviewer = context.newPage();
            ConsolePages.login(reviewer, jinan.baseUrl(), "lixia.reviewer", "Demo2026review");
            reviewer.navigate(jinan.baseUrl() + "/console/intake/case/" + number);
            ConsolePages.settle(reviewer);
            reviewer.locator("#intake-step-claim").click();
            ConsolePages.settle(reviewer);
            reviewer.locator("#intake-step-approve").click();
            Locator dialog = reviewer.getByRole(AriaRole.DIALOG);
            dialog.locator("textarea").fill("经审查，符合小餐饮登记条件");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("准予许可"))
                    .click();
            ConsolePages.settle(reviewer);
            reviewer.locator("#intake-step-complete").click();
            ConsolePages.settle(reviewer);
            assertThat(reviewer.locator(".tb-badge").first()).containsText("办结");
        }
    }

    private static void register(String identifier, String password) throws Exception {
        PublicAccounts.registerPerson(jinan.baseUrl(), "王晓燕", identifier, "13905310001", password);
    }

    private static void signIn(Page page, String identifier, String password) {
        page.navigate(jinan.baseUrl() + "/account/sign-in");
        ConsolePages.settle(page);
        page.locator("#account-identifier input").fill(identifier);
        page.locator("#account-password input").fill(password);
        page.locator("#account-sign-in").click();
        ConsolePages.settle(page);
        assertThat(page.locator("#account-error")).not().isVisible();
    }

    /** A citizen identity number with its GB 11643 check digit. */
    private static String identityNumber(String first14) {
        String seventeen = first14 + "123";
        return seventeen + IdentityNumbers.checkCharacter(seventeen);
    }

    /** A small real PDF, as a scan would be. */
    private Path pdf(String name) throws Exception {
        String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n";
        Path file = temp.resolve(name);
        Files.writeString(file, body, StandardCharsets.US_ASCII);
        return file;
    }
}
