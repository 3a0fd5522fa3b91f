package org.tongban.intake.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.intake.ui.internal.DeskCatalogue.FORM;
import static org.tongban.intake.ui.internal.DeskCatalogue.PLEDGE_LICENCE;
import static org.tongban.intake.ui.internal.DeskCatalogue.PREMISES;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.intake.Applicant;
import org.tongban.intake.Channel;
import org.tongban.intake.Inspection;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.MaterialState;
import org.tongban.intake.Submission;
import org.tongban.intake.internal.PledgeVerifications;
import org.tongban.platform.api.security.StaffMember;
import org.tongban.testing.Jinan;
import org.tongban.worktime.ClockState;
import org.tongban.worktime.PauseKind;

/**
 * The case page's dialogs of the back office on intake's real services: 分派, 现场核查 with photos, 中止/恢复, 延期 and
 * the verification of pledges, each offered only to whom the workflow table lets take it, each keeping the clerk's
 * input when the service refuses it, and the list of verifications whose period ended.
 */
abstract class CaseDialogsContract extends ConsoleTestBase {
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void theLeadAssignsToAReviewerOfTheProcessingJurisdictionChosenFromTheList() {
        IntakeCase accepted = acceptedCase();
        assertThat(stepButtons(page(accepted.number()))).as("the window").doesNotContain("分派", "认领", "终止");
        f.asReviewer();
        assertThat(stepButtons(page(accepted.number()))).contains("认领").doesNotContain("分派");

        f.asLead();
        CasePage page = page(accepted.number());
        assertThat(stepButtons(page)).contains("分派", "终止").doesNotContain("认领", "现场核查");
        Dialog dialog = open(page, "assign");
        @SuppressWarnings("unchecked")
        ComboBox<StaffMember> reviewer =
                byId(dialog, ComboBox.class, "intake-assign-reviewer").orElseThrow();
        assertThat(reviewer.getListDataView().getItems().map(StaffMember::username))
                .as("李霞 reviews in 历下区; 市中区's reviewer and the lead himself do not")
                .containsExactly("lixia.reviewer");
        assertThat(reviewer.getItemLabelGenerator()
                        .apply(reviewer.getListDataView().getItem(0)))
                .isEqualTo("李霞（lixia.reviewer）");

        confirm(dialog);
        assertThat(reviewer.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        reviewer.setValue(reviewer.getListDataView().getItem(0));
        confirm(dialog);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(page.shown().intakeCase().state()).isEqualTo("REVIEW");
        assertThat(page.shown().intakeCase().assignee()).isEqualTo("lixia.reviewer");
        assertThat(text(page)).contains("指派给 lixia.reviewer");
    }

    @Test
    void anAssignmentOnACaseAReviewerClaimedMeanwhileShowsTheConflict() {
        IntakeCase accepted = acceptedCase();
        f.asLead();
        CasePage page = page(accepted.number());
        Dialog dialog = open(page, "assign");
        @SuppressWarnings("unchecked")
        ComboBox<StaffMember> reviewer =
                byId(dialog, ComboBox.class, "intake-assign-reviewer").orElseThrow();
        reviewer.setValue(reviewer.getListDataView().getItem(0));

        f.asReviewer();
        f.service.claim(accepted.number(), accepted.version());
        f.asLead();
        confirm(dialog);

        assertThat(page.conflictShown()).isTrue();
        assertThat(text(page)).contains("该办件已被他人处理，您看到的内容已过时。请重新加载后再操作。");
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void anInspectionRecordsTheFindingPhotosAndLinksAndARefusalKeepsWhatWasEntered() {
        CasePage page = claimedByReviewer();
        assertThat(stepButtons(page)).contains("现场核查", "中止", "准予许可", "终止").doesNotContain("延期", "分派");
        Dialog dialog = open(page, "inspect");
        InspectionDialog form = page.inspection();

        confirm(dialog);
        assertThat(form.finding().isInvalid()).as("the finding is required").isTrue();
        form.finding().setValue("现场核查：后厨生熟分区，与平面图一致");
        form.store("后厨.png", PNG);
        form.store("伪装.png", PDF);
        assertThat(form.photos()).extracting(p -> p.name()).containsExactly("后厨.png");
        assertThat(text(dialog)).contains("已上传 后厨.png（16 B）");
        form.links().setValue("javascript:alert(1)");
        confirm(dialog);

        assertThat(dialog.isOpened()).as("the service refused the link").isTrue();
        assertThat(form.finding().getValue()).isEqualTo("现场核查：后厨生熟分区，与平面图一致");
        form.links().setValue("https://video.example.cn/live/88\n");
        confirm(dialog);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(page.shown().inspections()).singleElement().satisfies(i -> {
            assertThat(i.photos()).extracting(Inspection.Photo::name).containsExactly("后厨.png");
            assertThat(i.links()).containsExactly("https://video.example.cn/live/88");
        });
        assertThat(text(page))
                .contains("现场核查：后厨生熟分区，与平面图一致", "核查人 lixia.reviewer", "照片：后厨.png", "https://video.example.cn/live/88");
    }

    @Test
    void aSuspensionOffersTheCitysArticle45StepsPausesTheRealClockAndResumes() {
        CasePage page = claimedByReviewer();
        Dialog dialog = open(page, "suspend");
        @SuppressWarnings("unchecked")
        Select<PauseKind> kind =
                byId(dialog, Select.class, "intake-suspend-kind").orElseThrow();
        assertThat(kind.getListDataView().getItems())
                .containsExactly(
                        PauseKind.HEARING,
                        PauseKind.TENDER,
                        PauseKind.AUCTION,
                        PauseKind.INSPECTION,
                        PauseKind.TESTING,
                        PauseKind.QUARANTINE,
                        PauseKind.APPRAISAL,
                        PauseKind.EXPERT_REVIEW);
        assertThat(kind.getItemLabelGenerator().apply(PauseKind.EXPERT_REVIEW)).isEqualTo("专家评审");

        confirm(dialog);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(kind.isInvalid()).isTrue();
        kind.setValue(PauseKind.EXPERT_REVIEW);
        List<TextArea> areas = all(dialog, TextArea.class);
        areas.get(0).setValue("组织专家评审经营场所布局");
        areas.get(1).setValue("历市监中止〔2026〕3号：因需专家评审，中止审查");
        all(dialog, TextField.class).getFirst().setValue("约10个工作日");
        confirm(dialog);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(page.shown().intakeCase().state()).isEqualTo("SUSPENDED");
        assertThat(page.shown().clock().state()).isEqualTo(ClockState.PAUSED);
        assertThat(stepButtons(page)).contains("恢复", "终止").doesNotContain("中止", "现场核查");

        button(page, "intake-step-resume").click();
        assertThat(page.shown().intakeCase().state()).isEqualTo("REVIEW");
        assertThat(page.shown().clock().state()).isEqualTo(ClockState.RUNNING);
    }

    @Test
    void anExtensionShowsTheMattersCapAndIsRefusedBeyondIt() {
        IntakeCase review = claimedByReviewer().shown().intakeCase();
        f.asLead();
        CasePage page = page(review.number());
        Dialog dialog = open(page, "extend");
        assertThat(text(dialog)).contains("本事项可延期 1 次，每次不超过 10个工作日；已延期 0 次。");
        IntegerField amount =
                byId(dialog, IntegerField.class, "intake-extend-amount").orElseThrow();
        amount.setValue(11);
        all(dialog, TextField.class).getFirst().setValue("局长 张伟");
        all(dialog, TextArea.class).getFirst().setValue("需补充专家论证");
        confirm(dialog);
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo("请填写 1 至 10个工作日");

        amount.setValue(5);
        confirm(dialog);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(page.shown().clock().extension()).isEqualTo(5);

        Dialog again = open(page, "extend");
        assertThat(text(again)).contains("已延期 1 次，次数已用完。");
        all(again, TextField.class).getFirst().setValue("局长 张伟");
        all(again, TextArea.class).getFirst().setValue("再延");
        confirm(again);
        assertThat(again.isOpened())
                .as("the service refuses a second extension")
                .isTrue();
        assertThat(page.shown().clock().extension()).isEqualTo(5);
    }

    @Test
    void theVerifierRecordsEitherFindingAndAnUntruePledgeRevokesTheDecision() {
        IntakeCase untrue = pledged();
        IntakeCase truthful = pledged();
        assertThat(stepButtons(page(untrue.number()))).as("the window").doesNotContain("告知承诺核查");

        f.asReviewer();
        CasePage page = page(untrue.number());
        assertThat(text(page)).contains("告知承诺核查", "待核查");
        Dialog dialog = open(page, "verifyPledge");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> result =
                byId(dialog, RadioButtonGroup.class, "intake-verify-result").orElseThrow();
        confirm(dialog);
        assertThat(result.isInvalid()).isTrue();
        result.setValue(false);
        assertThat(text(dialog)).contains("承诺不实将撤销许可决定");
        all(dialog, TextArea.class).getFirst().setValue("现场核查：经营场所为租赁，租赁合同已于2025年到期");
        confirm(dialog);
        assertThat(page.shown().intakeCase().state()).isEqualTo("REVOKED");
        assertThat(stepButtons(page)).doesNotContain("告知承诺核查");

        CasePage other = page(truthful.number());
        Dialog second = open(other, "verifyPledge");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> secondResult =
                byId(second, RadioButtonGroup.class, "intake-verify-result").orElseThrow();
        secondResult.setValue(true);
        all(second, TextArea.class).getFirst().setValue("核查属实");
        confirm(second);
        assertThat(other.shown().intakeCase().state()).isEqualTo("COMPLETED");
        assertThat(other.shown().pledgeCheck().finding()).isEqualTo("核查属实");
        assertThat(text(other)).contains("已核查");
        assertThat(stepButtons(other)).doesNotContain("告知承诺核查");
    }

    @Test
    void aPledgeWhosePeriodEndedUnverifiedIsListedForTheVerifierOnly() throws Exception {
        IntakeCase lapsed = pledged();
        IntakeCase open = pledged();
        // The scheduler fires the case's timer at the end of the period; here it is handed to the handler at once.
        new PledgeVerifications(f.db, f.audit, (topic, aggregate, payload) -> {}, f.neighbours.notifications)
                .fire(lapsed.number(), Map.of("case", lapsed.number()));

        f.asReviewer();
        VerificationView view = new VerificationView(f.queries, f.jurisdictions, f.access);
        assertThat(view.list().items()).extracting(IntakeCase::number).containsExactly(lapsed.number());
        view.show().setValue(VerificationView.OPEN);
        assertThat(view.list().items())
                .extracting(IntakeCase::number)
                .containsExactlyInAnyOrder(lapsed.number(), open.number());
        assertThat(text(page(lapsed.number()))).contains("核查期限已届满", "通知承办部门");

        f.asWindowClerk();
        assertThat(new VerificationView(f.queries, f.jurisdictions, f.access)
                        .list()
                        .total())
                .isZero();
    }

    /** Every dialog is named for screen readers, labels its fields and fits a 390 px phone. */
    @Test
    void theDialogsAreNamedLabelledAndFitANarrowScreen() {
        CasePage page = claimedByReviewer();
        f.asLead();
        page = page(page.shown().intakeCase().number());
        for (String step : List.of("suspend", "extend", "terminate")) {
            assertUsable(open(page, step));
        }
        f.asReviewer();
        page = page(page.shown().intakeCase().number());
        Dialog inspection = open(page, "inspect");
        assertUsable(inspection);
        assertThat(byId(inspection, com.vaadin.flow.component.upload.Upload.class, "intake-inspect-photos")
                        .orElseThrow()
                        .getElement()
                        .getAttribute("aria-label"))
                .isEqualTo("上传现场核查照片（JPG 或 PNG，可多张）");
    }

    private void assertUsable(Dialog dialog) {
        assertThat(dialog.getHeaderTitle()).isNotBlank();
        assertThat(dialog.getMaxWidth()).isEqualTo("calc(100vw - 1rem)");
        for (Component field : all(dialog, Component.class)) {
            if (field instanceof HasLabel labelled && !(field instanceof com.vaadin.flow.component.button.Button)) {
                assertThat(labelled.getLabel())
                        .as(field.getClass().getSimpleName())
                        .isNotBlank();
            }
        }
        dialog.close();
    }

    private CasePage claimedByReviewer() {
        IntakeCase accepted = acceptedCase();
        f.asReviewer();
        CasePage page = page(accepted.number());
        button(page, "intake-step-claim").click();
        return page;
    }

    /** A 告知承诺 case decided at the window on the spot. */
    private IntakeCase pledged() {
        f.asWindowClerk();
        return f.service.receive(new Submission(
                null,
                PLEDGE_LICENCE,
                Applicant.organisation("济南泉城餐饮管理有限公司", COMPANY_CODE),
                null,
                Channel.WINDOW,
                Jinan.LIXIA,
                null,
                Map.of(),
                Map.of(FORM, MaterialState.SUBMITTED_ORIGINAL, PREMISES, MaterialState.PLEDGED)));
    }

    private Dialog open(CasePage page, String step) {
        button(page, "intake-step-" + step).click();
        roundTrip();
        return all(ui, Dialog.class).stream()
                .filter(Dialog::isOpened)
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no dialog for " + step));
    }

    private static void confirm(Dialog dialog) {
        footerButton(dialog, "intake-dialog-confirm").click();
    }
}
