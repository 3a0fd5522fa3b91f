package org.tongban.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.intake.internal.TestCatalogue.APPLICATION_FORM;
import static org.tongban.intake.internal.TestCatalogue.BUSINESS_LICENCE;
import static org.tongban.intake.internal.TestCatalogue.CERTIFICATE;
import static org.tongban.intake.internal.TestCatalogue.FIRE_PLAN;
import static org.tongban.intake.internal.TestCatalogue.FLOOR_PLAN;
import static org.tongban.intake.internal.TestCatalogue.FOOD_LICENCE;
import static org.tongban.intake.internal.TestCatalogue.LIFE_EVENT;
import static org.tongban.testing.Jinan.LIXIA;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.intake.ApplicationForm;
import org.tongban.intake.CaseFile;
import org.tongban.intake.CaseGroup;
import org.tongban.intake.Channel;
import org.tongban.intake.Draft;
import org.tongban.intake.DraftSubject;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakeException;
import org.tongban.intake.IntakeStates;
import org.tongban.intake.MaterialState;
import org.tongban.intake.OnlineApplications;
import org.tongban.platform.files.FileRefusedException;

/**
 * A signed-in citizen applies online (网上申请): drafts per account and matter, uploads checked by the file store and
 * kept with the draft, one submission with a 容缺 material and 免提交 from the certificate library creating one case in
 * 收件 with its files, the refusals that leave nothing written, and a life event's linked cases.
 */
abstract class OnlineApplicationsContract extends OnlineTestBase {

    @Test
    void aDraftKeepsTheFormAndTheUploadsAndResumesForItsAccountOnly() {
        f.service.saveDraft(company.id(), foodForm());
        CaseFile uploaded =
                f.service.upload(company.id(), DraftSubject.matter(FOOD_LICENCE), APPLICATION_FORM, "申请书.pdf", pdf());

        Draft draft =
                f.service.draft(company.id(), DraftSubject.matter(FOOD_LICENCE)).orElseThrow();
        assertThat(draft.title()).isEqualTo("食品经营许可（新办）");
        assertThat(draft.form().materials()).containsEntry(FLOOR_PLAN, MaterialState.TOLERATED);
        assertThat(draft.form().step()).isEqualTo(3);
        assertThat(draft.files())
                .extracting(CaseFile::material, CaseFile::name, CaseFile::mediaType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(APPLICATION_FORM, "申请书.pdf", "application/pdf"));
        assertThat(uploaded.sha256()).hasSize(64);
        assertThat(f.service.drafts(company.id())).extracting(Draft::id).containsExactly(draft.id());

        assertThat(f.service.draft(person.id(), DraftSubject.matter(FOOD_LICENCE)))
                .isEmpty();
        assertThat(f.service.drafts(person.id())).isEmpty();
        f.service.deleteDraft(person.id(), DraftSubject.matter(FOOD_LICENCE));
        assertThatThrownBy(
                        () -> f.service.removeUpload(person.id(), DraftSubject.matter(FOOD_LICENCE), uploaded.fileId()))
                .isInstanceOf(IntakeException.class);
        assertThat(f.service.draft(company.id(), DraftSubject.matter(FOOD_LICENCE)))
                .isPresent();

        f.service.deleteDraft(company.id(), DraftSubject.matter(FOOD_LICENCE));
        assertThat(f.service.drafts(company.id())).isEmpty();
        assertThat(count("intake_draft_file")).isZero();
    }

    @Test
    void anUploadTheFileStoreRefusesIsNotKeptAndAnUnknownMaterialOrOfflineMatterIsRefused() {
        assertThatThrownBy(() -> f.service.upload(
                        company.id(), DraftSubject.matter(FOOD_LICENCE), APPLICATION_FORM, "申请书.png", html()))
                .isInstanceOf(FileRefusedException.class)
                .hasMessageContaining("只接受 PDF、JPEG、PNG 或 OFD");
        assertThatThrownBy(() ->
                        f.service.upload(company.id(), DraftSubject.matter(FOOD_LICENCE), "身份证", "身份证.pdf", pdf()))
                .hasMessage("「身份证」不是该事项的申请材料");
        assertThatThrownBy(() -> f.service.saveDraft(
                        person.id(),
                        new ApplicationForm(DraftSubject.matter(CERTIFICATE), "李明", null, null, false, false, 0)))
                .hasMessage("事项「" + CERTIFICATE + "」不能在网上申请，请到窗口办理");

        assertThat(count("intake_draft")).isZero();
        assertThat(count("platform_file")).isZero();
    }

    @Test
    void oneSubmissionCreatesTheCaseInReceivedWithItsFilesThePledgeAndTheConsentAndDeletesTheDraft() {
        CaseFile form =
                f.service.upload(company.id(), DraftSubject.matter(FOOD_LICENCE), APPLICATION_FORM, "申请书.pdf", pdf());

        IntakeCase received = f.service.submit(company.id(), online("apply-0001", foodForm()));

        assertThat(received.state()).isEqualTo(IntakeStates.RECEIVED);
        assertThat(received.channel()).isEqualTo(Channel.ONLINE);
        assertThat(received.receivingJurisdiction()).isEqualTo(LIXIA);
        assertThat(received.applicant().identifier()).isEqualTo("9137**********5L67");
        assertThat(received.checklist())
                .filteredOn(i -> i.state() == MaterialState.TOLERATED)
                .singleElement()
                .satisfies(i -> assertThat(i.supplyDue()).isNotNull());
        assertThat(f.service.draft(company.id(), DraftSubject.matter(FOOD_LICENCE)))
                .isEmpty();
        f.access.actAs("lixia.window", LIXIA, "intake:read");
        assertThat(f.service.list(received.number()))
                .extracting(CaseFile::fileId, CaseFile::purpose, CaseFile::material)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        form.fileId(), CaseFile.Purpose.APPLICATION, APPLICATION_FORM));
        // The 容缺 pledge the applicant ticked is a sealed document of the case, issued without a clerk.
        assertThat(strings(
                        "SELECT issued_by FROM document_issued WHERE case_number = ? AND kind = 'TOLERANCE_PLEDGE'",
                        received.number()))
                .containsExactly("网上申请");
        assertThat(f.audit.entries())
                .extracting(org.tongban.testing.RecordingAuditLog.Recorded::action)
                .contains("certificates.consent", "certificates.lookup", "intake.receive", "intake.applyOnline");
        // 行政许可法 第三十二条: five working days to ask for 补正, else accepted with the matter's limit.
        assertThat(strings(
                        "SELECT payload FROM test_timer WHERE name = 'workflow-timeout' AND id = ?",
                        "intake/" + received.number() + "/RECEIVED"))
                .singleElement()
                .asString()
                .contains("detail.limit=10", "detail.unit=WORKING_DAYS");
    }

    @Test
    void aDoubleClickWithTheSameKeyIsOneCaseAndAnotherFormUnderTheKeyIsRefused() {
        f.service.upload(company.id(), DraftSubject.matter(FOOD_LICENCE), APPLICATION_FORM, "申请书.pdf", pdf());

        IntakeCase first = f.service.submit(company.id(), online("apply-0002", foodForm()));
        IntakeCase second = f.service.submit(company.id(), online("apply-0002", foodForm()));

        assertThat(second.number()).isEqualTo(first.number());
        assertThat(count("intake_case")).isOne();
        assertThatThrownBy(() -> f.service.submit(
                        company.id(), online("apply-0002", foodForm(Map.of(FLOOR_PLAN, MaterialState.SUBMITTED_COPY)))))
                .hasMessage("该提交标识已用于另一份申请，请勿重复使用");
        // Another account's same key is its own: nothing of the company's case comes back to it.
        assertThatThrownBy(() -> f.service.submit(person.id(), online("apply-0002", foodForm())))
                .hasMessage("「" + APPLICATION_FORM + "」选择了上传，但还没有上传文件");
    }

    @Test
    void aRefusedSubmissionWritesNothingAndKeepsTheDraft() {
        f.service.saveDraft(company.id(), foodForm());
        List<Long> before = rows();

        assertThatThrownBy(() -> f.service.submit(company.id(), online("apply-0003", foodForm())))
                .as("the form said uploaded, but nothing was")
                .hasMessage("「" + APPLICATION_FORM + "」选择了上传，但还没有上传文件");
        ApplicationForm unsigned = new ApplicationForm(
                DraftSubject.matter(FOOD_LICENCE),
                COMPANY.name(),
                Map.of(),
                foodForm().materials(),
                true,
                false,
                3);
        assertThatThrownBy(() -> f.service.submit(company.id(), online("apply-0004", unsigned)))
                .hasMessage("「" + FLOOR_PLAN + "」选择了容缺受理或告知承诺，请先勾选同意签署承诺书");
        ApplicationForm noConsent = new ApplicationForm(
                DraftSubject.matter(FOOD_LICENCE),
                COMPANY.name(),
                Map.of(),
                foodForm().materials(),
                false,
                true,
                3);
        assertThatThrownBy(() -> f.service.submit(company.id(), online("apply-0005", noConsent)))
                .hasMessage("「" + BUSINESS_LICENCE + "」选择了免提交，请先勾选同意调取本人电子证照");
        assertThatThrownBy(() -> f.service.submit(
                        company.id(),
                        online("apply-0006", foodForm(Map.of(APPLICATION_FORM, MaterialState.TOLERATED)))))
                .hasMessage("「" + APPLICATION_FORM + "」不属于可容缺受理的材料");
        assertThatThrownBy(() -> f.service.submit(
                        company.id(), online("apply-0007", foodForm(Map.of(APPLICATION_FORM, MaterialState.MISSING)))))
                .hasMessage("请为「" + APPLICATION_FORM + "」上传文件，或选择可用的其他提交方式");

        assertThat(rows()).isEqualTo(before);
        assertThat(f.service.draft(company.id(), DraftSubject.matter(FOOD_LICENCE)))
                .isPresent();
    }

    @Test
    void anAccountNoLongerKnownMustSignInAgain() {
        assertThatThrownBy(() -> f.service.submit(999_999L, online("apply-0008", foodForm())))
                .hasMessage("登录已失效，请重新登录");
        assertThatThrownBy(() -> f.service.saveDraft(999_999L, foodForm())).hasMessage("登录已失效，请重新登录");
    }

    @Test
    void anAccountKeepsAtMostTwentyDraftsAndADraftAtMostThirtyFiles() {
        for (int i = 0; i < OnlineApplications.MAX_FILES; i++) {
            f.service.upload(
                    company.id(), DraftSubject.matter(FOOD_LICENCE), APPLICATION_FORM, "第" + i + "页.png", png());
        }
        assertThatThrownBy(() -> f.service.upload(
                        company.id(), DraftSubject.matter(FOOD_LICENCE), APPLICATION_FORM, "多余.png", png()))
                .hasMessage("一份申请最多上传30个文件");
        assertThat(OnlineApplications.MAX_DRAFTS).isEqualTo(20);
    }

    @Test
    void aLifeEventOnlineIsOneSubmissionOfLinkedCasesSharingTheFileOfTheMaterialBothNeed() {
        DraftSubject event = DraftSubject.lifeEvent(LIFE_EVENT);
        f.service.upload(company.id(), event, APPLICATION_FORM, "申请书.pdf", pdf());
        f.service.upload(company.id(), event, FIRE_PLAN, "消防安全制度.pdf", pdf());
        ApplicationForm form = new ApplicationForm(
                event,
                COMPANY.name(),
                Map.of(),
                Map.of(
                        APPLICATION_FORM, MaterialState.SUBMITTED_COPY,
                        BUSINESS_LICENCE, MaterialState.REUSED,
                        FLOOR_PLAN, MaterialState.TOLERATED,
                        FIRE_PLAN, MaterialState.SUBMITTED_COPY),
                true,
                true,
                4);

        CaseGroup group = f.service.submitLifeEvent(company.id(), online("event-0001", form));

        assertThat(group.cases()).hasSize(2).allSatisfy(k -> {
            assertThat(k.state()).isEqualTo(IntakeStates.RECEIVED);
            assertThat(k.groupId()).isEqualTo(group.groupId());
            assertThat(k.channel()).isEqualTo(Channel.ONLINE);
        });
        f.access.actAs("lixia.window", LIXIA, "intake:read");
        assertThat(group.cases())
                .extracting(k -> f.service.list(k.number()).stream()
                        .map(CaseFile::material)
                        .toList())
                .containsExactlyInAnyOrder(List.of(APPLICATION_FORM), List.of(FIRE_PLAN));
        assertThat(f.service.draft(company.id(), event)).isEmpty();
        assertThat(f.service
                        .submitLifeEvent(company.id(), online("event-0001", form))
                        .groupId())
                .isEqualTo(group.groupId());
    }
}
