package org.tongban.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.intake.internal.TestCatalogue.APPLICATION_FORM;
import static org.tongban.intake.internal.TestCatalogue.BUSINESS_LICENCE;
import static org.tongban.intake.internal.TestCatalogue.CERTIFICATE_PROOF;
import static org.tongban.intake.internal.TestCatalogue.FLOOR_PLAN;
import static org.tongban.intake.internal.TestCatalogue.FOOD_CERTIFICATE;
import static org.tongban.intake.internal.TestCatalogue.PLEDGE_LICENCE;
import static org.tongban.testing.Jinan.LIXIA;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.tongban.credit.CreditRecord;
import org.tongban.credit.CreditRecords;
import org.tongban.credit.CreditType;
import org.tongban.documents.LibraryCertificate;
import org.tongban.documents.Verification;
import org.tongban.intake.Applicant;
import org.tongban.intake.Channel;
import org.tongban.intake.Delivery;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.MaterialState;
import org.tongban.intake.Rejection;
import org.tongban.intake.Submission;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.Registration;
import org.tongban.platform.api.identity.ApplicantKind;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.notify.InboxMessage;
import org.tongban.testing.MutableClock;

/**
 * What the applicant gets from a case's steps: sealed documents that verify, notices in their inbox, the result in the
 * certificate library, and the credit records of a broken or false pledge, each in the step's transaction.
 */
abstract class CaseOutputsContract extends IntakeTestBase {

    @Test
    void aToleratedCaseIssuesEachDocumentAtItsStepAndTheResultEntersTheLibrary() throws Exception {
        asLixiaWindow();
        IntakeCase received = f.service.receive(food(null, Map.of(FLOOR_PLAN, MaterialState.TOLERATED)));
        assertThat(kinds(received.number())).containsExactly("TOLERANCE_PLEDGE");
        assertThat(text(received.number(), "TOLERANCE_PLEDGE"))
                .contains("容缺受理承诺书", "经营场所平面布局图", "2026年3月9日", "济南市历下区市场监督管理局");

        IntakeCase accepted = f.service.accept(received.number(), received.version());
        assertThat(text(received.number(), "ACCEPTANCE")).contains("受理通知书", "食品经营许可（新办）", "10个工作日");

        asLixiaReviewer();
        IntakeCase review = f.service.claim(accepted.number(), accepted.version());
        IntakeCase approved = f.service.approve(review.number(), review.version(), null);
        IntakeCase completed = f.service.complete(approved.number(), approved.version());
        byte[] result = content(received.number(), "RESULT");
        Verification verified = f.neighbours.documents.verify(result);
        assertThat(verified.outcome()).isEqualTo(Verification.Outcome.VALID);
        assertThat(verified.document().orElseThrow().caseNumber()).isEqualTo(received.number());
        assertThat(text(received.number(), "RESULT")).contains("准予行政许可决定书", FOOD_CERTIFICATE);
        assertThat(certificates(COMPANY, FOOD_CERTIFICATE, "SL-LATER"))
                .extracting(LibraryCertificate::caseNumber)
                .containsExactly(received.number());

        asLixiaWindow();
        IntakeCase supplied = f.service.supplyTolerated(completed.number(), FLOOR_PLAN);
        f.service.deliver(supplied.number(), supplied.version(), Delivery.mail("SF1234567890"));
        assertThat(kinds(received.number()))
                .containsExactly("TOLERANCE_PLEDGE", "ACCEPTANCE", "RESULT", "SERVICE_RECEIPT");
        assertThat(text(received.number(), "SERVICE_RECEIPT")).contains("送达回证", "SF1234567890");

        assertThat(inbox(COMPANY))
                .extracting(InboxMessage::subject)
                .containsExactly("办件结果已送达", "办件已办结，待补交容缺材料", "办件已准予许可", "办件已受理", "办件已收件");
        assertThat(inbox(COMPANY).getLast().text()).contains(received.number());
    }

    @Test
    void theNoticeOfAResultCarriesTheNextStepAnotherFeatureOffersAndStaysPlainWithoutOne() {
        f.service.setFinishedCaseLink(number -> java.util.Optional.of("/my-ratings/" + number));
        asLixiaWindow();
        IntakeCase received = f.service.receive(food());
        IntakeCase accepted = f.service.accept(received.number(), received.version());
        asLixiaReviewer();
        IntakeCase review = f.service.claim(accepted.number(), accepted.version());
        IntakeCase approved = f.service.approve(review.number(), review.version(), null);
        f.service.complete(approved.number(), approved.version());
        InboxMessage done = inbox(COMPANY).getFirst();
        assertThat(done.subject()).isEqualTo("办件已办结");
        assertThat(done.text())
                .contains(received.number(), "可在“我的办件”中下载", "请对本次服务作出评价：/my-ratings/" + received.number());

        f.service.setFinishedCaseLink(number -> {
            throw new IllegalStateException("the rating feature is stopping");
        });
        asLixiaWindow();
        IntakeCase second = f.service.receive(food());
        IntakeCase secondAccepted = f.service.accept(second.number(), second.version());
        asLixiaReviewer();
        IntakeCase secondReview = f.service.claim(secondAccepted.number(), secondAccepted.version());
        f.service.deny(secondReview.number(), secondReview.version(), "现场核查不符合条件");
        InboxMessage denied = inbox(COMPANY).getFirst();
        assertThat(denied.subject()).isEqualTo("办件不予许可");
        assertThat(denied.text()).as("a failing link leaves it out").doesNotContain("/my-ratings/");
    }

    @Test
    void anApplicantWithAPublicAccountReadsTheNoticesInTheAccountsInbox() {
        PublicAccount account = f.neighbours.accounts.register(new Registration(
                ApplicantKind.ORGANISATION,
                COMPANY.name(),
                COMPANY.identifier(),
                "王芳",
                "13800138000",
                "Quan-Cheng-2026!".toCharArray()));
        asLixiaWindow();
        IntakeCase received = f.service.receive(food());
        f.service.accept(received.number(), received.version());

        assertThat(f.neighbours.notifications.inbox(account.recipient(), Locale.SIMPLIFIED_CHINESE, 20))
                .extracting(InboxMessage::subject)
                .startsWith("办件已受理", "办件已收件");
        assertThat(inbox(COMPANY)).isEmpty();
    }

    @Test
    void aRejectionNamesWhereToSeekReviewOrSueAndTheApplicantIsTold() throws Exception {
        asLixiaWindow();
        IntakeCase received = f.service.receive(food());
        f.service.reject(
                received.number(),
                received.version(),
                new Rejection("申请事项不属于本机关职权范围", "《中华人民共和国行政许可法》第三十二条第一款第（二）项", "可申请行政复议或提起行政诉讼"));

        // 行政复议法 第二十四条 (the government of the level), 行政诉讼法 第十八条 (the court where the body sits).
        assertThat(text(received.number(), "REFUSAL")).contains("不予受理决定书", "申请事项不属于本机关职权范围", "历下区人民政府", "历下区人民法院");
        assertThat(inbox(COMPANY).getFirst().text()).contains("不予受理", "申请事项不属于本机关职权范围");
    }

    @Test
    void aSupplementNoticeListsEveryItemAndTheDayToSupplyThemByMidnight() throws Exception {
        asLixiaWindow();
        IntakeCase received = f.service.receive(food());
        f.service.requestSupplement(received.number(), received.version(), List.of("营业执照经营范围须含餐饮服务", "平面布局图须标明面积"));

        // Settings.SUPPLEMENT_DAYS_DEFAULT: 行政许可法 第三十二条 sets no period for the applicant; the city's default
        // is 10 working days, here from Monday 2 March 2026 to Monday 16 March, until 24:00.
        assertThat(Settings.DEFAULTS.supplementWorkingDays()).isEqualTo(10);
        assertThat(text(received.number(), "CORRECTION"))
                .contains("补正材料通知书", "营业执照经营范围须含餐饮服务", "平面布局图须标明面积", "2026年3月16日24时");
        assertThat(f.db.count("intake_supplement WHERE supply_by = DATE '2026-03-16'"))
                .isOne();
        assertThat(inbox(COMPANY).getFirst().text()).contains("2026年3月16日24时");
    }

    @Test
    void aPassedToleranceDeadlineRecordsTheBrokenPledgeAndBarsTheApplicantFromToleranceAfterwards() throws Exception {
        asLixiaWindow();
        IntakeCase received = f.service.receive(food(null, Map.of(FLOOR_PLAN, MaterialState.TOLERATED)));
        f.service.accept(received.number(), received.version());
        f.access.logOut();
        f.time.set(MutableClock.beijing("2026-03-09T17:30"));
        assertThat(f.fireTimers()).isOne();

        CreditRecord record = records(COMPANY).getFirst();
        assertThat(record.type()).isEqualTo(CreditType.BROKEN_PLEDGE);
        assertThat(record.source()).isEqualTo(received.number());
        assertThat(record.recordedBy()).isEqualTo("system");
        assertThat(inbox(COMPANY).getFirst().text()).contains("逾期未补交", "已记入信用记录");

        f.standing = new CreditStanding(f.neighbours.credit);
        f.restart();
        asLixiaWindow();
        List<Long> before = rows();
        assertThatThrownBy(() -> f.service.receive(food(null, Map.of(FLOOR_PLAN, MaterialState.TOLERATED))))
                .hasMessageStartingWith("该申请人不能适用容缺受理：申请人有尚在有效期内的信用记录");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aFalsePledgeRevokesTheCertificateRecordsAFalseCommitmentAndTellsTheApplicant() throws Exception {
        asLixiaWindow();
        IntakeCase decided = f.service.receive(new Submission(
                null,
                PLEDGE_LICENCE,
                COMPANY,
                null,
                Channel.ONLINE,
                LIXIA,
                null,
                Map.of(),
                Map.of(APPLICATION_FORM, MaterialState.SUBMITTED_ORIGINAL, CERTIFICATE_PROOF, MaterialState.PLEDGED)));
        assertThat(kinds(decided.number())).containsExactly("NOTIFICATION_PLEDGE", "ACCEPTANCE", "RESULT");
        assertThat(text(decided.number(), "NOTIFICATION_PLEDGE")).contains("告知承诺书", CERTIFICATE_PROOF, "30日");
        assertThat(certificates(COMPANY, FOOD_CERTIFICATE, "SL-LATER")).hasSize(1);

        asLixiaReviewer();
        f.service.verifyPledge(decided.number(), decided.version(), false, "现场核查：经营场所租赁合同已到期");

        assertThat(records(COMPANY))
                .singleElement()
                .extracting(CreditRecord::type, CreditRecord::source)
                .containsExactly(CreditType.FALSE_COMMITMENT, decided.number());
        assertThat(certificates(COMPANY, FOOD_CERTIFICATE, "SL-AFTER")).isEmpty();
        assertThat(inbox(COMPANY).getFirst().subject()).isEqualTo("告知承诺不实，许可已撤销");
    }

    @Test
    void aReusedMaterialNeedsTheApplicantsCertificateInTheLibraryAndRecordsTheConsent() {
        asLixiaWindow();
        f.service.receive(food());
        assertThat(f.db.count("certificate_consent")).isOne();

        Applicant newcomer = Applicant.organisation("济南新开餐饮有限公司", "91350100M000100Y43");
        Submission without = new Submission(
                null,
                TestCatalogue.FOOD_LICENCE,
                newcomer,
                null,
                Channel.WINDOW,
                LIXIA,
                null,
                Map.of(),
                Map.of(
                        APPLICATION_FORM, MaterialState.SUBMITTED_ORIGINAL,
                        BUSINESS_LICENCE, MaterialState.REUSED,
                        FLOOR_PLAN, MaterialState.SUBMITTED_COPY));
        List<Long> before = rows();
        assertThatThrownBy(() -> f.service.receive(without)).hasMessage("证照库中没有申请人有效的「营业执照」，请提交「营业执照」");
        assertThat(rows()).isEqualTo(before);
        assertThat(f.db.count("certificate_consent")).isOne();
        assertThat(f.db.count("document_issued")).isZero();
    }

    private List<String> kinds(String number) {
        return f.db.transactions()
                .read(c -> Jdbc.list(
                        c,
                        "SELECT kind FROM intake_document WHERE case_number = ? ORDER BY document_id",
                        r -> r.getString(1),
                        number));
    }

    private byte[] content(String number, String kind) {
        long id = f.db.transactions().read(c -> Jdbc.one(
                        c,
                        "SELECT document_id FROM intake_document WHERE case_number = ? AND kind = ?",
                        r -> r.getLong(1),
                        number,
                        kind)
                .orElseThrow());
        return f.neighbours.documents.content(id); // as the clerk acting now, who may read Lixia's documents
    }

    /** The document's text as PDFBox extracts it (the renderer writes it with the embedded Chinese font). */
    private String text(String number, String kind) throws IOException {
        try (PDDocument document = Loader.loadPDF(content(number, kind))) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    private List<InboxMessage> inbox(Applicant applicant) {
        return f.neighbours.notifications.inbox(applicant.identifier(), Locale.SIMPLIFIED_CHINESE, 20);
    }

    private List<CreditRecord> records(Applicant applicant) {
        f.access.actAs("lixia.credit", LIXIA, CreditRecords.READ_PERMISSION);
        return f.neighbours.credit.records(applicant.identifier());
    }

    /** The applicant's valid certificates of a type, as a later case with the applicant's consent would find them. */
    private List<LibraryCertificate> certificates(Applicant applicant, String type, String laterCase) {
        f.access.actAs("lixia.later", LIXIA, org.tongban.documents.CertificateLibrary.USE_PERMISSION);
        f.neighbours.library.recordConsent(applicant.identifier(), laterCase, LIXIA, "窗口签字同意");
        return f.neighbours.library.validForCase(
                applicant.identifier(), type, laterCase, LIXIA, LocalDate.of(2026, 3, 2));
    }
}
