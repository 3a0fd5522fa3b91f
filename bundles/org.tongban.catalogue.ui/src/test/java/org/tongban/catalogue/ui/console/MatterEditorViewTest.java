package org.tongban.catalogue.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.CatalogueLimits;
import org.tongban.catalogue.GuideLimits;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.Limit;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.ValidationError;
import org.tongban.catalogue.ui.fixtures.Samples;
import org.tongban.catalogue.ui.fixtures.Views;
import org.tongban.testing.FakeAccessControl;

/** The guide editor as clerks of different permissions use it. */
class MatterEditorViewTest extends ConsoleTestSupport {
    private static final String CODE = "370102-SJJ-XK-001";

    private MatterEditorView editor(FakeEditing editing, FakeAccessControl access) {
        MatterEditorView view = new MatterEditorView(services(editing, access));
        ui.add(view);
        view.open(CODE);
        return view;
    }

    private static boolean has(MatterEditorView view, String id) {
        return byId(view, Button.class, id).isPresent();
    }

    private static void click(MatterEditorView view, String id) {
        byId(view, Button.class, id).orElseThrow().click();
    }

    @Test
    void anEditorSeesEveryFieldAndMaySaveAndSubmitADraftButNotPublish() {
        FakeAccessControl clerk = lixiaEditor();
        MatterEditorView view = editor(new FakeEditing(clerk).with(Samples.foodLicence(), GuideStatus.DRAFT), clerk);

        assertThat(byId(view, TextField.class, "catalogue-name").orElseThrow().getValue())
                .isEqualTo("食品经营许可（新办）");
        assertThat(byId(view, IntegerField.class, "catalogue-promised-limit")
                        .orElseThrow()
                        .getValue())
                .isEqualTo(5);
        assertThat(byId(view, TextField.class, "catalogue-code").orElseThrow().isReadOnly())
                .isTrue();
        assertThat(has(view, "catalogue-save")).isTrue();
        assertThat(has(view, "catalogue-submit")).isTrue();
        assertThat(has(view, "catalogue-publish")).isFalse();
        assertThat(has(view, "catalogue-withdraw")).isFalse();
        assertThat(has(view, "catalogue-history")).isTrue();
    }

    @Test
    void savingAChangeMakesANewDraftVersionWithTheComment() {
        FakeAccessControl clerk = lixiaEditor();
        FakeEditing editing = new FakeEditing(clerk).with(Samples.foodLicence(), GuideStatus.PUBLISHED);
        MatterEditorView view = editor(editing, clerk);

        byId(view, IntegerField.class, "catalogue-promised-limit").orElseThrow().setValue(3);
        byId(view, TextField.class, "catalogue-comment").orElseThrow().setValue("压缩承诺时限");
        click(view, "catalogue-save");

        Matter saved = editing.latest(CODE).orElseThrow().matter();
        assertThat(saved.limits().promised()).isEqualTo(Limit.workingDays(3));
        assertThat(saved.materials()).isEqualTo(Samples.foodLicence().materials());
        assertThat(editing.history(CODE))
                .extracting(v -> v.version(), v -> v.status(), v -> v.author(), v -> v.comment())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, GuideStatus.PUBLISHED, "system", null),
                        org.assertj.core.groups.Tuple.tuple(2, GuideStatus.DRAFT, "lixia.clerk", "压缩承诺时限"));
        // The new draft can be submitted, and the published version below it can still be withdrawn by a publisher.
        assertThat(has(view, "catalogue-submit")).isTrue();
    }

    @Test
    void theServicesErrorsAreListedAndMarkTheirFieldsAndNothingIsSaved() {
        FakeAccessControl clerk = lixiaEditor();
        FakeEditing editing = new FakeEditing(clerk).with(Samples.foodLicence(), GuideStatus.DRAFT);
        MatterEditorView view = editor(editing, clerk);
        TextField name = byId(view, TextField.class, "catalogue-name").orElseThrow();

        name.setValue("");
        byId(view, IntegerField.class, "catalogue-promised-limit").orElseThrow().setValue(30);
        click(view, "catalogue-save");

        @SuppressWarnings("unchecked")
        Grid<ValidationError> errors =
                byId(view, Grid.class, "catalogue-errors").orElseThrow();
        assertThat(errors.isVisible()).isTrue();
        assertThat(errors.getListDataView().getItems())
                .extracting(ValidationError::location, ValidationError::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("name", "不能为空"),
                        org.assertj.core.groups.Tuple.tuple("limits.promised", "不能大于法定时限"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("不能为空");
        assertThat(editing.history(CODE)).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void limitsAreSavedWithTheUnitAndNoteChosenAndAnExtensionRule() {
        FakeAccessControl clerk = lixiaEditor();
        FakeEditing editing = new FakeEditing(clerk).with(Samples.foodLicence(), GuideStatus.DRAFT);
        MatterEditorView view = editor(editing, clerk);

        // 居民身份证法 第十二条: 60 日; extended once by 10 working days, approved by the head of the agency.
        byId(view, IntegerField.class, "catalogue-legal-limit").orElseThrow().setValue(60);
        byId(view, com.vaadin.flow.component.select.Select.class, "catalogue-legal-unit")
                .orElseThrow()
                .setValue(Limit.Unit.NATURAL_DAYS);
        byId(view, TextField.class, "catalogue-legal-note").orElseThrow().setValue("居民身份证法 第十二条");
        byId(view, IntegerField.class, "catalogue-extension-count")
                .orElseThrow()
                .setValue(1);
        byId(view, IntegerField.class, "catalogue-extension-limit")
                .orElseThrow()
                .setValue(10);
        byId(view, com.vaadin.flow.component.select.Select.class, "catalogue-extension-approver")
                .orElseThrow()
                .setValue(org.tongban.catalogue.ApproverLevel.AGENCY_HEAD);
        click(view, "catalogue-save");

        GuideLimits saved = editing.latest(CODE).orElseThrow().matter().limits();
        assertThat(saved.legal()).isEqualTo(Limit.naturalDays(60).withNote("居民身份证法 第十二条"));
        assertThat(saved.promised()).isEqualTo(Limit.workingDays(5));
        assertThat(saved.extension())
                .isEqualTo(new org.tongban.catalogue.Extension(
                        1, Limit.workingDays(10), org.tongban.catalogue.ApproverLevel.AGENCY_HEAD));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClerkRecordsTheImplementingBodyPowerSourceNationalCodesAndChannels() {
        FakeAccessControl clerk = lixiaEditor();
        FakeEditing editing = new FakeEditing(clerk).with(Samples.foodLicence(), GuideStatus.DRAFT);
        MatterEditorView view = editor(editing, clerk);

        byId(view, TextField.class, "catalogue-body").orElseThrow().setValue("济南市历下区人民政府");
        byId(view, TextField.class, "catalogue-body-credit-code")
                .orElseThrow()
                .setValue(Samples.GOVERNMENT_CREDIT_CODE);
        byId(view, com.vaadin.flow.component.select.Select.class, "catalogue-power-source")
                .orElseThrow()
                .setValue(org.tongban.catalogue.PowerSource.DELEGATED);
        byId(view, TextField.class, "catalogue-granting-body").orElseThrow().setValue("济南市人民政府");
        // A city department is not in the district clerk's list: the clerk types its code.
        var joint = byId(
                        view,
                        com.vaadin.flow.component.combobox.MultiSelectComboBox.class,
                        "catalogue-joint-departments")
                .orElseThrow();
        ComponentUtil.fireEvent(
                joint,
                new com.vaadin.flow.component.combobox.ComboBoxBase.CustomValueSetEvent<>(joint, true, " 370100-SJJ "));
        byId(view, TextField.class, "catalogue-national-base-code")
                .orElseThrow()
                .setValue("000123004000");
        byId(view, TextField.class, "catalogue-national-code")
                .orElseThrow()
                .setValue(Samples.GOVERNMENT_CREDIT_CODE + "4000123004000");
        byId(view, TextField.class, "catalogue-consultation-other")
                .orElseThrow()
                .setValue("一楼咨询台");
        byId(view, TextField.class, "catalogue-complaint-phone").orElseThrow().setValue("12345");
        click(view, "catalogue-save");

        Matter saved = editing.latest(CODE).orElseThrow().matter();
        assertThat(saved.authority())
                .isEqualTo(new org.tongban.catalogue.MatterAuthority(
                        "济南市历下区人民政府",
                        Samples.GOVERNMENT_CREDIT_CODE,
                        org.tongban.catalogue.PowerSource.DELEGATED,
                        "济南市人民政府",
                        List.of("370100-SJJ")));
        assertThat(saved.nationalCodes().implementationCode())
                .isEqualTo(Samples.GOVERNMENT_CREDIT_CODE + "4000123004000");
        assertThat(saved.consultation()).isEqualTo(new org.tongban.catalogue.ContactChannel("0531-86000001", "一楼咨询台"));
        assertThat(saved.complaint()).isEqualTo(new org.tongban.catalogue.ContactChannel("12345", "12345 政务服务便民热线"));
        assertThat(saved.departmentCode()).isEqualTo("370102-SJJ");
    }

    @Test
    void anErrorOnTheImplementingBodyMarksItsField() {
        FakeAccessControl clerk = lixiaEditor();
        FakeEditing editing = new FakeEditing(clerk).with(Samples.foodLicence(), GuideStatus.DRAFT);
        MatterEditorView view = editor(editing, clerk);
        AuthorityForm authority = new AuthorityForm(view, java.util.Map.of("370100-SJJ", "济南市市场监督管理局"));

        assertThat(authority.showError(new ValidationError("authority.grantingBody", "权力来源为委托的，须填写委托机关")))
                .isTrue();
        assertThat(authority.showError(new ValidationError("authority.jointDepartments[0]", "部门「X」不存在")))
                .isTrue();
        assertThat(authority.showError(new ValidationError("name", "不能为空"))).isFalse();

        assertThat(authority.grantingBody.isInvalid()).isTrue();
        assertThat(authority.grantingBody.getErrorMessage()).isEqualTo("权力来源为委托的，须填写委托机关");
        assertThat(authority.jointDepartments.isInvalid()).isTrue();
        authority.clearErrors();
        assertThat(authority.grantingBody.isInvalid()).isFalse();
    }

    @Test
    void anEmptyTimeLimitIsReportedBeforeAskingTheService() {
        FakeAccessControl clerk = lixiaEditor();
        FakeEditing editing = new FakeEditing(clerk).with(Samples.foodLicence(), GuideStatus.DRAFT);
        MatterEditorView view = editor(editing, clerk);
        IntegerField legal =
                byId(view, IntegerField.class, "catalogue-legal-limit").orElseThrow();

        legal.clear();
        click(view, "catalogue-save");

        assertThat(legal.isInvalid()).isTrue();
        assertThat(editing.history(CODE)).hasSize(1);
    }

    @Test
    void unsavedChangesBlockSubmittingSoNothingIsSilentlyLeftOut() {
        FakeAccessControl clerk = lixiaEditor();
        FakeEditing editing = new FakeEditing(clerk).with(Samples.foodLicence(), GuideStatus.DRAFT);
        MatterEditorView view = editor(editing, clerk);

        byId(view, TextField.class, "catalogue-name").orElseThrow().setValue("食品经营许可（变更）");
        click(view, "catalogue-submit");
        assertThat(editing.latest(CODE).orElseThrow().version().status()).isEqualTo(GuideStatus.DRAFT);

        click(view, "catalogue-save");
        click(view, "catalogue-submit");
        assertThat(editing.latest(CODE).orElseThrow().version().status()).isEqualTo(GuideStatus.REVIEW);
        assertThat(editing.latest(CODE).orElseThrow().matter().name()).isEqualTo("食品经营许可（变更）");
    }

    @Test
    void aMaterialAddedInItsDialogWithABlankFormIsSavedWithTheGuide() {
        FakeAccessControl clerk = lixiaEditor();
        FakeEditing editing = new FakeEditing(clerk).with(Samples.foodLicence(), GuideStatus.DRAFT);
        MatterEditorView view = editor(editing, clerk);

        click(view, "catalogue-materials-add");
        roundTrip();
        FormDialog dialog = all(ui, FormDialog.class).getFirst();
        byId(dialog, TextField.class, "catalogue-material-name").orElseThrow().setValue("房屋租赁合同");
        byId(dialog, Checkbox.class, "catalogue-material-tolerant")
                .orElseThrow()
                .setValue(true);
        byId(dialog, AttachmentField.class, "catalogue-material-blank-form")
                .orElseThrow()
                .store("租赁合同范本.pdf", "%PDF-1.4 范本".getBytes(StandardCharsets.UTF_8));
        byId(dialog, TextField.class, "catalogue-material-supply-deadline")
                .orElseThrow()
                .setValue("5 个工作日");
        byId(dialog, TextField.class, "catalogue-material-supply-consequence")
                .orElseThrow()
                .setValue("逾期未补交的，不予办结");
        byId(dialog, com.vaadin.flow.component.select.Select.class, "catalogue-material-source")
                .orElseThrow()
                .setValue(org.tongban.catalogue.MaterialSource.INTERMEDIARY);
        footerButton(dialog, "catalogue-dialog-ok").click();
        click(view, "catalogue-save");

        Material added = editing.latest(CODE).orElseThrow().matter().materials().getLast();
        assertThat(added.name()).isEqualTo("房屋租赁合同");
        assertThat(added.tolerant()).isTrue();
        assertThat(added.blankForm().fileName()).isEqualTo("租赁合同范本.pdf");
        assertThat(added.details().supplyDeadline()).isEqualTo(Limit.workingDays(5));
        assertThat(added.details().supplyConsequence()).isEqualTo("逾期未补交的，不予办结");
        assertThat(added.details().source()).isEqualTo(org.tongban.catalogue.MaterialSource.INTERMEDIARY);
        assertThat(editing.attachment(added.blankForm().id())).isPresent();
    }

    @Test
    void anIntermediaryServiceAndAStepLimitAreAddedInTheirDialogs() {
        FakeAccessControl clerk = lixiaEditor();
        FakeEditing editing = new FakeEditing(clerk).with(Samples.foodLicence(), GuideStatus.DRAFT);
        MatterEditorView view = editor(editing, clerk);

        click(view, "catalogue-intermediaries-add");
        roundTrip();
        FormDialog dialog = all(ui, FormDialog.class).getFirst();
        byId(dialog, TextField.class, "catalogue-intermediary-name")
                .orElseThrow()
                .setValue("施工图设计文件审查");
        byId(dialog, Checkbox.class, "catalogue-intermediary-statutory")
                .orElseThrow()
                .setValue(true);
        footerButton(dialog, "catalogue-dialog-ok").click();
        // A statutory service without its legal basis stays in the dialog, its field marked.
        TextArea basis =
                byId(dialog, TextArea.class, "catalogue-intermediary-basis").orElseThrow();
        assertThat(basis.isInvalid()).isTrue();
        basis.setValue("《建设工程质量管理条例》第十一条");
        footerButton(dialog, "catalogue-dialog-ok").click();

        click(view, "catalogue-steps-add");
        roundTrip();
        FormDialog step = all(ui, FormDialog.class).getLast();
        // The dialog's first text field is the step's name.
        Views.find(step, TextField.class).getFirst().setValue("审查");
        byId(step, IntegerField.class, "catalogue-step-limit").orElseThrow().setValue(3);
        footerButton(step, "catalogue-dialog-ok").click();
        click(view, "catalogue-save");

        Matter saved = editing.latest(CODE).orElseThrow().matter();
        assertThat(saved.intermediaries())
                .containsExactly(new org.tongban.catalogue.IntermediaryService("施工图设计文件审查", "《建设工程质量管理条例》第十一条", true));
        assertThat(saved.steps().getLast()).isEqualTo(new org.tongban.catalogue.Step("审查", null, Limit.workingDays(3)));
    }

    @Test
    void aRefusedAttachmentLeavesTheMaterialWithoutFile() {
        FakeAccessControl clerk = lixiaEditor();
        FakeEditing editing = new FakeEditing(clerk);
        AttachmentField field = new AttachmentField(editing, "catalogue-material-sample", "填写样本");

        field.store("扫描件.pdf", new byte[CatalogueLimits.MAX_ATTACHMENT_BYTES + 1]);

        assertThat(field.getValue()).isNull();
    }

    @Test
    void aPublisherApprovesAGuideUnderReviewAfterConfirming() {
        FakeAccessControl publisher = cityPublisher();
        FakeEditing editing = new FakeEditing(publisher).with(Samples.foodLicence(), GuideStatus.REVIEW);
        MatterEditorView view = editor(editing, publisher);
        assertThat(has(view, "catalogue-send-back")).isTrue();

        click(view, "catalogue-publish");
        roundTrip();
        assertThat(editing.latest(CODE).orElseThrow().version().status()).isEqualTo(GuideStatus.REVIEW);
        ConfirmDialog confirm = all(ui, ConfirmDialog.class).getFirst();
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));

        assertThat(editing.latest(CODE).orElseThrow().version().status()).isEqualTo(GuideStatus.PUBLISHED);
        assertThat(has(view, "catalogue-publish")).isFalse();
        assertThat(has(view, "catalogue-withdraw")).isTrue();
    }

    @Test
    void sendingBackNeedsAReason() {
        FakeAccessControl publisher = cityPublisher();
        FakeEditing editing = new FakeEditing(publisher).with(Samples.foodLicence(), GuideStatus.REVIEW);
        MatterEditorView view = editor(editing, publisher);

        click(view, "catalogue-send-back");
        roundTrip();
        FormDialog dialog = all(ui, FormDialog.class).getFirst();
        Button ok = footerButton(dialog, "catalogue-dialog-ok");
        ok.click();
        assertThat(editing.latest(CODE).orElseThrow().version().status()).isEqualTo(GuideStatus.REVIEW);

        byId(dialog, TextArea.class, "catalogue-reason").orElseThrow().setValue("材料清单缺少营业执照");
        ok.click();
        assertThat(editing.latest(CODE).orElseThrow().version().status()).isEqualTo(GuideStatus.DRAFT);
        assertThat(editing.events(CODE).getLast().comment()).isEqualTo("材料清单缺少营业执照");
    }

    @Test
    void aReaderSeesTheGuideReadOnlyWithoutButtons() {
        FakeAccessControl reader =
                new FakeAccessControl(jurisdictions).actAs("auditor", "370100").grant("catalogue:read");
        MatterEditorView view = editor(new FakeEditing(reader).with(Samples.foodLicence(), GuideStatus.DRAFT), reader);

        assertThat(byId(view, TextField.class, "catalogue-name").orElseThrow().isReadOnly())
                .isTrue();
        assertThat(has(view, "catalogue-save")).isFalse();
        assertThat(has(view, "catalogue-submit")).isFalse();
        assertThat(shown(byId(view, Button.class, "catalogue-materials-add").orElseThrow()))
                .isFalse();
    }

    @Test
    void aMatterOfAnotherDistrictIsNotFoundAndNotDisclosed() {
        FakeAccessControl shizhong = new FakeAccessControl(jurisdictions)
                .actAs("shizhong.clerk", "370103")
                .grant("catalogue:read")
                .grant("catalogue:edit");
        MatterEditorView view =
                editor(new FakeEditing(shizhong).with(Samples.foodLicence(), GuideStatus.DRAFT), shizhong);

        assertThat(Views.text(view)).contains("catalogue.console.notFound").doesNotContain("食品经营许可");
        assertThat(has(view, "catalogue-save")).isFalse();
    }

    @Test
    void markupInTheGuideIsShownAsText() {
        FakeAccessControl clerk = lixiaEditor();
        Matter hostile = withName(Samples.foodLicence(), "<img src=x onerror=alert(1)>许可");
        MatterEditorView view = editor(new FakeEditing(clerk).with(hostile, GuideStatus.DRAFT), clerk);

        H1 title = all(view, H1.class).getFirst();
        assertThat(title.getText()).isEqualTo("<img src=x onerror=alert(1)>许可");
        Views.assertOnlyText(title);
    }

    @Test
    void aNewMatterIsCreatedInTheClerksDistrict() {
        FakeAccessControl clerk = lixiaEditor();
        FakeEditing editing = new FakeEditing(clerk);
        MatterEditorView view = new MatterEditorView(services(editing, clerk));
        view.open(MatterEditorView.NEW);
        assertThat(has(view, "catalogue-submit")).isFalse();

        byId(view, TextField.class, "catalogue-code").orElseThrow().setValue("370102-SJJ-XK-009");
        byId(view, TextField.class, "catalogue-name").orElseThrow().setValue("食品小作坊登记");
        byId(view, IntegerField.class, "catalogue-legal-limit").orElseThrow().setValue(20);
        byId(view, IntegerField.class, "catalogue-promised-limit").orElseThrow().setValue(10);
        click(view, "catalogue-save");

        Matter saved = editing.latest("370102-SJJ-XK-009").orElseThrow().matter();
        assertThat(saved.jurisdictionCode()).isEqualTo("370102");
        assertThat(saved.limits().legal()).isEqualTo(Limit.workingDays(20));
        assertThat(saved.limits().acceptance()).isEqualTo(GuideLimits.ACCEPTANCE_DEFAULT);
        assertThat(has(view, "catalogue-submit")).isTrue();
    }

    private static Matter withName(Matter m, String name) {
        return m.toBuilder()
                .name(name)
                .resultType(null)
                .resultCertificate(null)
                .visitReason(null)
                .inPersonOnly(false)
                .crossRegionModes(null)
                .build();
    }
}
