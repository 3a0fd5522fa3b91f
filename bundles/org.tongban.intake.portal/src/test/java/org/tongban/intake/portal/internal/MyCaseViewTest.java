package org.tongban.intake.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.Router;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.intake.CaseFile;
import org.tongban.intake.ChecklistItem;
import org.tongban.intake.IntakeStates;
import org.tongban.intake.MaterialState;
import org.tongban.platform.accounts.ui.CitizenSession;
import org.tongban.testing.ui.Routes;
import org.tongban.testing.ui.UiTestSupport;

/** One case of 我的办件: its files, a 补正 answered item by item until its day, a 容缺 material supplied, nobody else's. */
class MyCaseViewTest extends UiTestSupport {
    private static final String NUMBER = "SL370102202603020001";
    private static final String BLURRED = "营业执照副本复印件不清晰，请重新上传";
    private static final String LEGAL_PERSON = "补充法定代表人身份证明";

    MyCaseViewTest() {
        super("i18n/intake-portal");
    }

    private final FakeIntake intake = new FakeIntake();

    private MyCaseView open(long account) {
        MyCaseView view = new MyCaseView(intake, intake, intake);
        view.show(account, NUMBER);
        return view;
    }

    private static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    }

    @Test
    void aCaseWaitingForSupplementTakesAFilePerItemAndIsHandedInBeforeItsDay() {
        intake.waitingForSupplement(NUMBER, true, BLURRED, LEGAL_PERSON);
        MyCaseView view = open(FakeIntake.ACCOUNT);
        Div section = byId(view, Div.class, "my-case-supplement").orElseThrow();
        assertThat(text(section)).contains(BLURRED, LEGAL_PERSON, "并在 2026年3月16日24时前提交补正");
        assertThat(byId(view, Upload.class, "my-case-supplement-upload-1")
                        .orElseThrow()
                        .getElement()
                        .getAttribute("aria-label"))
                .isEqualTo("上传「" + LEGAL_PERSON + "」");

        SupplementSection supplement = all(view, SupplementSection.class).getFirst();
        supplement.upload(BLURRED, "营业执照.png", png());
        supplement = all(view, SupplementSection.class).getFirst();
        assertThat(text(byId(view, com.vaadin.flow.component.html.UnorderedList.class, "my-case-supplement-files-0")
                        .orElseThrow()))
                .contains("营业执照.png");
        supplement.submit();
        assertThat(text(byId(view, Span.class, "my-case-supplement-status").orElseThrow()))
                .isEqualTo("补正事项「" + LEGAL_PERSON + "」还没有上传材料");

        supplement.upload(LEGAL_PERSON, "证明.png", png());
        all(view, SupplementSection.class).getFirst().submit();

        assertThat(text(view)).contains("当前状态：已收件").doesNotContain("提交补正");
    }

    @Test
    void afterTheNoticesDayOnlyTheWindowHelps() {
        intake.waitingForSupplement(NUMBER, false, BLURRED);

        MyCaseView view = open(FakeIntake.ACCOUNT);

        assertThat(text(byId(view, Div.class, "my-case-supplement").orElseThrow()))
                .contains("补正期限已于 2026年3月16日24时届满，不能在网上提交，请联系受理窗口。");
        assertThat(byId(view, Button.class, "my-case-supplement-submit")).isEmpty();
        assertThat(all(view, Upload.class)).isEmpty();
    }

    @Test
    void aToleratedMaterialIsSuppliedWithItsFileAndTheFilesOfTheCaseDownload() {
        intake.cases.put(
                NUMBER,
                FakeIntake.intakeCase(
                        NUMBER,
                        "食品经营许可（新办）",
                        IntakeStates.ACCEPTED,
                        List.of(new ChecklistItem(
                                "经营场所平面布局图", MaterialState.TOLERATED, Instant.parse("2026-03-09T09:30:00Z"), null))));
        intake.caseFiles.put(
                NUMBER,
                List.of(new CaseFile(
                        41,
                        "食品经营许可申请书",
                        CaseFile.Purpose.APPLICATION,
                        "申请书.pdf",
                        "application/pdf",
                        2048,
                        "0".repeat(64),
                        FakeIntake.RECEIVED)));

        MyCaseView view = open(FakeIntake.ACCOUNT);

        assertThat(text(byId(view, Div.class, "my-case-tolerated").orElseThrow()))
                .contains("经营场所平面布局图", "请在 2026-03-09 17:30 前补交");
        all(view, ToleratedSection.class)
                .getFirst()
                .supply("经营场所平面布局图", "平面图.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        assertThat(intake.supplied).containsExactly(NUMBER + " 经营场所平面布局图 平面图.pdf");
        assertThat(all(byId(view, Div.class, "my-case-files").orElseThrow(), Anchor.class))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.getText()).isEqualTo("食品经营许可申请书：申请书.pdf（2.0 KB，网上上传）");
                    assertThat(a.getElement().hasAttribute("download")).isTrue();
                });
        assertThat(FileLinks.mediaType(intake.applicantDownload(FakeIntake.ACCOUNT, NUMBER, 41)))
                .isEqualTo("application/pdf");
    }

    @Test
    void anotherCitizenLearnsNothingAndAVisitorIsSentToSignIn() {
        intake.waitingForSupplement(NUMBER, true, BLURRED);

        assertThat(text(open(8))).contains("办件不存在或不是您的办件。").doesNotContain(BLURRED);

        CitizenSession.signOut();
        MyCaseView view = new MyCaseView(intake, intake, intake);
        BeforeEnterEvent event = new BeforeEnterEvent(
                new Router(Routes.registry()),
                NavigationTrigger.PAGE_LOAD,
                new Location("my-cases/" + NUMBER),
                MyCaseView.class,
                new RouteParameters("number", NUMBER),
                ui,
                List.of());
        view.beforeEnter(event);
        assertThat(byId(view, Anchor.class, "sign-in-first").orElseThrow().getHref())
                .isEqualTo("/account/sign-in?next=my-cases%2F" + NUMBER);
        assertThat(text(view)).doesNotContain(BLURRED);
    }
}
