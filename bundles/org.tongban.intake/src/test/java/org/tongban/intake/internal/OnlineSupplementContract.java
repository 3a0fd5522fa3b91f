package org.tongban.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.intake.internal.TestCatalogue.APPLICATION_FORM;
import static org.tongban.intake.internal.TestCatalogue.FLOOR_PLAN;
import static org.tongban.intake.internal.TestCatalogue.FOOD_LICENCE;
import static org.tongban.testing.Jinan.LIXIA;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.intake.CaseFile;
import org.tongban.intake.ChecklistItem;
import org.tongban.intake.DraftSubject;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakeStates;
import org.tongban.intake.SupplementNotice;
import org.tongban.platform.files.FileRefusedException;
import org.tongban.platform.workflow.HistoryEntry;
import org.tongban.testing.MutableClock;

/**
 * 补正 and 容缺 online: the applicant reads the one-time notice of a case received online, uploads a file per item and
 * hands it in until 24:00 of the notice's last day (10 working days from the notice, Jinan's default; the law sets no
 * period), after which only the window helps; a tolerated material is supplied with its file before its deadline. Nobody
 * else's account reaches the case.
 */
abstract class OnlineSupplementContract extends OnlineTestBase {
    static final String BLURRED = "营业执照副本复印件不清晰，请重新上传";
    static final String LEGAL_PERSON = "补充法定代表人身份证明";

    IntakeCase waiting;

    @BeforeEach
    void aCaseWaitingForSupplement() {
        f.service.upload(company.id(), DraftSubject.matter(FOOD_LICENCE), APPLICATION_FORM, "申请书.pdf", pdf());
        IntakeCase received = f.service.submit(company.id(), online("apply-0100", foodForm()));
        asLixiaWindow();
        waiting = f.service.requestSupplement(received.number(), received.version(), List.of(BLURRED, LEGAL_PERSON));
        f.access.logOut();
        f.audit.clear();
    }

    @Test
    void theApplicantAnswersEveryItemWithAFileAndTheCaseIsBackForAcceptance() {
        SupplementNotice notice =
                f.service.supplementNotice(company.id(), waiting.number()).orElseThrow();
        assertThat(notice.items()).containsExactly(BLURRED, LEGAL_PERSON);
        assertThat(notice.supplyBy()).as("Monday 2 March + 10 working days").isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(notice.open()).isTrue();

        f.service.upload(company.id(), DraftSubject.supplement(waiting.number()), BLURRED, "营业执照.png", png());
        f.service.upload(company.id(), DraftSubject.supplement(waiting.number()), LEGAL_PERSON, "身份证明.pdf", pdf());
        assertThat(f.service
                        .supplementNotice(company.id(), waiting.number())
                        .orElseThrow()
                        .uploaded())
                .extracting(CaseFile::material)
                .containsExactly(BLURRED, LEGAL_PERSON);

        IntakeCase back = f.service.supplement(company.id(), waiting.number());

        assertThat(back.state()).isEqualTo(IntakeStates.RECEIVED);
        assertThat(f.service.draft(company.id(), DraftSubject.supplement(waiting.number())))
                .isEmpty();
        asLixiaWindow();
        assertThat(f.service.list(waiting.number()))
                .filteredOn(file -> file.purpose() == CaseFile.Purpose.SUPPLEMENT)
                .extracting(CaseFile::material)
                .containsExactly(BLURRED, LEGAL_PERSON);
        assertThat(f.workflows.history(IntakeWorkflow.DEFINITION, waiting.number()))
                .extracting(HistoryEntry::action)
                .containsExactly("receive", "requestSupplement", "supplement");
        assertThat(f.topics()).contains("intake/SUPPLEMENT");
        IntakeCase accepted = f.service.accept(back.number(), back.version());
        assertThat(accepted.state()).isEqualTo(IntakeStates.ACCEPTED);
    }

    @Test
    void anItemWithoutFileIsRefusedAndNothingMoves() {
        f.service.upload(company.id(), DraftSubject.supplement(waiting.number()), BLURRED, "营业执照.png", png());

        assertThatThrownBy(() -> f.service.supplement(company.id(), waiting.number()))
                .hasMessage("补正事项「" + LEGAL_PERSON + "」还没有上传材料");
        assertThatThrownBy(() -> f.service.upload(
                        company.id(), DraftSubject.supplement(waiting.number()), "另一项", "x.pdf", pdf()))
                .hasMessage("补正告知中没有这一项：另一项");

        assertThat(f.service
                        .supplementNotice(company.id(), waiting.number())
                        .orElseThrow()
                        .uploaded())
                .hasSize(1);
        asLixiaWindow();
        assertThat(f.queries.find(waiting.number()).orElseThrow().state()).isEqualTo(IntakeStates.SUPPLEMENT);
    }

    @Test
    void theSupplementIsAcceptedUntil24OClockOfItsLastDayAndRefusedFromMidnightOn() {
        f.service.upload(company.id(), DraftSubject.supplement(waiting.number()), BLURRED, "营业执照.png", png());
        f.service.upload(company.id(), DraftSubject.supplement(waiting.number()), LEGAL_PERSON, "身份证明.pdf", pdf());

        f.time.set(MutableClock.beijing("2026-03-17T00:00"));
        assertThat(f.service
                        .supplementNotice(company.id(), waiting.number())
                        .orElseThrow()
                        .open())
                .isFalse();
        assertThatThrownBy(() -> f.service.supplement(company.id(), waiting.number()))
                .hasMessage("补正期限已于2026年3月16日24时届满，不能在网上提交，请联系受理窗口");
        assertThatThrownBy(() -> f.service.upload(
                        company.id(), DraftSubject.supplement(waiting.number()), BLURRED, "重传.png", png()))
                .hasMessage("补正期限已于2026年3月16日24时届满，不能在网上提交，请联系受理窗口");

        f.time.set(MutableClock.beijing("2026-03-16T23:59"));
        assertThat(f.service.supplement(company.id(), waiting.number()).state()).isEqualTo(IntakeStates.RECEIVED);
    }

    @Test
    void anotherAccountReachesNeitherTheNoticeNorTheCaseNorItsFiles() {
        f.service.upload(company.id(), DraftSubject.supplement(waiting.number()), BLURRED, "营业执照.png", png());
        String notFound = "办件不存在或无权查看：" + waiting.number();

        assertThat(f.service.supplementNotice(person.id(), waiting.number())).isEmpty();
        assertThatThrownBy(() -> f.service.upload(
                        person.id(), DraftSubject.supplement(waiting.number()), BLURRED, "x.png", png()))
                .hasMessage(notFound);
        assertThatThrownBy(() -> f.service.supplement(person.id(), waiting.number()))
                .hasMessage(notFound);
        assertThatThrownBy(() -> f.service.supplyTolerated(person.id(), waiting.number(), FLOOR_PLAN, "x.pdf", pdf()))
                .hasMessage(notFound);
        assertThat(f.service.applicantList(person.id(), waiting.number())).isEmpty();
        long file = f.service
                .applicantList(company.id(), waiting.number())
                .getFirst()
                .fileId();
        assertThatThrownBy(() -> f.service.applicantDownload(person.id(), waiting.number(), file))
                .hasMessage(notFound);
        assertThat(f.service
                        .applicantDownload(company.id(), waiting.number(), file)
                        .content())
                .isEqualTo(pdf());
    }

    @Test
    void aToleratedMaterialIsSuppliedOnlineWithItsFileBeforeItsDeadline() {
        assertThatThrownBy(
                        () -> f.service.supplyTolerated(company.id(), waiting.number(), FLOOR_PLAN, "平面图.png", html()))
                .isInstanceOf(FileRefusedException.class);
        assertThatThrownBy(() ->
                        f.service.supplyTolerated(company.id(), waiting.number(), APPLICATION_FORM, "申请书.pdf", pdf()))
                .hasMessage("「" + APPLICATION_FORM + "」不是待补交的容缺材料");
        assertThat(f.timers.due(Receiving.TOLERANCE_TIMER, waiting.number())).isPresent();

        IntakeCase supplied = f.service.supplyTolerated(company.id(), waiting.number(), FLOOR_PLAN, "平面图.pdf", pdf());

        assertThat(supplied.checklist())
                .filteredOn(i -> i.name().equals(FLOOR_PLAN))
                .singleElement()
                .extracting(ChecklistItem::suppliedAt)
                .isNotNull();
        assertThat(supplied.resultHeld()).isFalse();
        assertThat(f.timers.due(Receiving.TOLERANCE_TIMER, waiting.number())).isEmpty();
        assertThat(f.topics()).contains("intake/SUPPLIED");
        assertThat(f.service.applicantList(company.id(), waiting.number()))
                .filteredOn(file -> file.purpose() == CaseFile.Purpose.TOLERATED)
                .extracting(CaseFile::material, CaseFile::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FLOOR_PLAN, "平面图.pdf"));
        assertThat(f.audit.entries())
                .extracting(org.tongban.testing.RecordingAuditLog.Recorded::action)
                .contains("files.store", "intake.supplyTolerated");
    }

    @Test
    void aToleratedMaterialPastItsDeadlineIsForTheWindow() {
        // 容缺: 5 working days from receipt on Monday 2 March, closing time on Monday 9 March.
        f.time.set(MutableClock.beijing("2026-03-09T17:31"));

        assertThatThrownBy(
                        () -> f.service.supplyTolerated(company.id(), waiting.number(), FLOOR_PLAN, "平面图.pdf", pdf()))
                .hasMessage("「" + FLOOR_PLAN + "」的容缺补交期限已过，请联系受理窗口");
        assertThat(count("intake_case_file")).isOne();
        asLixiaWindow();
        assertThat(f.queries.find(waiting.number()).orElseThrow().resultHeld()).isTrue();
        assertThat(LIXIA).isEqualTo(waiting.processingJurisdiction());
    }
}
