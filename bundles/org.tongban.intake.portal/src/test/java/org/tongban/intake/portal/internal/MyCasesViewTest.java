package org.tongban.intake.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tongban.intake.Applicant;
import org.tongban.intake.Channel;
import org.tongban.intake.CitizenCases;
import org.tongban.intake.IntakeCase;
import org.tongban.platform.accounts.ui.CitizenSession;
import org.tongban.testing.ui.Components;
import org.tongban.testing.ui.UiTestSupport;

/** 我的办件 for the citizen of the session, and a sign-in link for anyone else. */
class MyCasesViewTest extends UiTestSupport {
    MyCasesViewTest() {
        super("i18n/intake-portal");
    }

    private static final IntakeCase CASE = new IntakeCase(
            "SL370102202603020001",
            "370102-SJJ-XK-001",
            "食品经营许可（新办）",
            3,
            "370102-SJJ",
            Applicant.organisation("济南泉城餐饮管理有限公司", "9137**********5L67"),
            null,
            Channel.WINDOW,
            "370102",
            "370102",
            Map.of(),
            List.of(),
            "ACCEPTED",
            2,
            null,
            null,
            false,
            Instant.parse("2026-03-02T02:00:00Z"));

    /** The service's contract as the headless bundle's tests check it: account 7 has one case with one notice. */
    private final CitizenCases citizens = new CitizenCases() {
        @Override
        public List<IntakeCase> cases(long accountId, int limit) {
            return accountId == 7 ? List.of(CASE) : List.of();
        }

        @Override
        public Optional<CitizenCase> find(long accountId, String number) {
            return accountId == 7 && CASE.number().equals(number)
                    ? Optional.of(new CitizenCase(
                            CASE,
                            List.of(new CaseDocument(
                                    41, "ACCEPTANCE", "受理通知书", Instant.parse("2026-03-02T02:10:00Z")))))
                    : Optional.empty();
        }

        @Override
        public byte[] document(long accountId, String number, long documentId) {
            return new byte[] {'%', 'P', 'D', 'F'};
        }
    };

    @Test
    void theSignedInCitizenSeesTheirCasesAndTheDocumentsToDownload() {
        CitizenSession.signIn(new CitizenSession.Citizen(7, "济南泉城餐饮管理有限公司"));

        MyCasesView view = new MyCasesView(citizens, new FakeIntake());

        assertThat(Components.text(view))
                .contains("食品经营许可（新办）", "办件编号：SL370102202603020001", "当前状态：已受理", "收件时间：2026-03-02 10:00");
        assertThat(Components.all(view, Anchor.class))
                .extracting(Components::text)
                .containsExactly("食品经营许可（新办）", "受理通知书（2026-03-02 10:10）");
        assertThat(Components.all(view, Anchor.class).getFirst().getHref()).isEqualTo("my-cases/SL370102202603020001");
    }

    @Test
    void theApplicationsInProgressAreListedToResumeOrDelete() {
        CitizenSession.signIn(new CitizenSession.Citizen(FakeIntake.ACCOUNT, "济南泉城餐饮管理有限公司"));
        FakeIntake online = new FakeIntake();
        online.saveDraft(
                FakeIntake.ACCOUNT,
                new org.tongban.intake.ApplicationForm(
                        org.tongban.intake.DraftSubject.lifeEvent("LE-CANYIN"), "", null, null, false, false, 1));

        MyCasesView view = new MyCasesView(citizens, online);

        assertThat(Components.text(view)).contains("未提交的申请", "继续填写：LE-CANYIN（保存于 2026-03-02 10:00）");
        assertThat(Components.all(view, Anchor.class))
                .extracting(Anchor::getHref)
                .contains("apply/life-event/LE-CANYIN");
        Components.all(view, com.vaadin.flow.component.button.Button.class)
                .getFirst()
                .click();
        assertThat(online.drafts(FakeIntake.ACCOUNT)).isEmpty();
        assertThat(Components.text(view)).doesNotContain("未提交的申请");
    }

    @Test
    void aVisitorWhoIsNotSignedInIsAskedToSignIn() {
        CitizenSession.signOut();

        MyCasesView view = new MyCasesView(citizens, new FakeIntake());

        assertThat(Components.text(view)).contains("请先登录").doesNotContain("SL370102202603020001");
        assertThat(Components.all(view, Anchor.class).getFirst().getHref()).isEqualTo(MyCasesView.SIGN_IN);
    }

    @Test
    void anotherCitizenSeesNoneOfThem() {
        CitizenSession.signIn(new CitizenSession.Citizen(8, "李明"));

        assertThat(Components.text(new MyCasesView(citizens, new FakeIntake())))
                .contains("您还没有办件。")
                .doesNotContain("SL370102");
    }
}
