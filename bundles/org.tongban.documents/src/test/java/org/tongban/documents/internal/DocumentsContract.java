package org.tongban.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.documents.Documents.ISSUE_PERMISSION;
import static org.tongban.documents.Documents.READ_PERMISSION;
import static org.tongban.testing.Jinan.LIXIA;
import static org.tongban.testing.Jinan.SHIZHONG;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tongban.documents.DocumentException;
import org.tongban.documents.DocumentKind;
import org.tongban.documents.DocumentRequest;
import org.tongban.documents.FormRequest;
import org.tongban.documents.IssuedDocument;
import org.tongban.documents.Verification;
import org.tongban.documents.Verification.Outcome;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestJurisdictions;

/** Issuing and verifying documents, run against each real database by a subclass. */
abstract class DocumentsContract {
    static final String CHANGELOG = "db/documents-changelog.xml";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:30:00Z"), ZoneOffset.UTC);
    static final String TRACKING = "https://zwfw.jinan.gov.cn/track?case={caseNumber}";

    private final TestJurisdictions jurisdictions = new TestJurisdictions();
    private final FakeAccessControl accessControl = new FakeAccessControl(jurisdictions);
    private final RecordingAuditLog auditLog = new RecordingAuditLog();
    private JdbcDocuments documents;

    @TempDir
    Path cityTemplates;

    abstract Database database();

    @BeforeEach
    void emptyTables() {
        database().transactions().required(c -> {
            c.createStatement().executeUpdate("DELETE FROM document_issued");
            c.createStatement().executeUpdate("DELETE FROM document_seal_certificate");
            return null;
        });
        documents = documents(Keys.CITY, null);
        accessControl.actAs("lixia-clerk", LIXIA, ISSUE_PERMISSION, READ_PERMISSION);
    }

    private JdbcDocuments documents(SealKey key, Path templates) {
        DocumentSettings settings = new DocumentSettings(
                TRACKING, "https://zwfw.jinan.gov.cn/verify-document", templates, 60, 6, 2 * 1024 * 1024);
        return new JdbcDocuments(database(), accessControl, auditLog, jurisdictions, settings, key, CLOCK);
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = "FORM", mode = EnumSource.Mode.EXCLUDE)
    void everyKindIsRenderedWithItsChineseFieldsSealedAndVerifies(DocumentKind kind) {
        DocumentRequest request = Requests.of(kind);

        IssuedDocument issued = documents.issue(request);
        byte[] pdf = documents.content(issued.id());

        String text = Pdfs.text(pdf);
        assertThat(text).contains(issued.title(), Requests.CASE, Requests.AUTHORITY, "2026年12月7日");
        request.fields().values().forEach(value -> assertThat(text.replace("\n", ""))
                .contains(value));
        request.items().forEach(item -> assertThat(text.replace("\n", "")).contains(item));
        assertThat(issued.sha256()).isEqualTo(JdbcDocuments.sha256(pdf));
        Verification verification = documents.verify(pdf);
        assertThat(verification.outcome()).isEqualTo(Outcome.VALID);
        assertThat(verification.document()).contains(issued);
        assertThat(verification.signer()).contains("济南市政务服务电子印章（测试）");
        assertThat(auditLog.entries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("documents.issue");
            assertThat(e.detail()).contains(Requests.CASE, issued.sha256());
        });
    }

    @Test
    void aFeaturesOwnFormIsPrintedInItsOrderSealedAndVerifies() {
        java.util.SequencedMap<String, String> lines = new java.util.LinkedHashMap<>();
        lines.put("委托人", "王秀英");
        lines.put("受托人", "李帮办");
        lines.put("委托事项", "城乡居民养老保险待遇申领 {caseNumber}");
        FormRequest form = new FormRequest(
                "helpdesk-authorisation",
                "授权委托书",
                Requests.CASE,
                LIXIA,
                lines,
                List.of("委托人确认上述委托内容真实，受托人在委托权限内代为办理。"),
                List.of(Requests.AUTHORITY));

        IssuedDocument issued = documents.issueForm(form);
        byte[] pdf = documents.content(issued.id());

        assertThat(issued.kind()).isEqualTo(DocumentKind.FORM);
        assertThat(issued.title()).isEqualTo("授权委托书");
        String text = Pdfs.text(pdf).replace("\n", "");
        assertThat(text)
                .contains("授权委托书", "委托人：王秀英", "受托人：李帮办", "{caseNumber}", "委托人确认上述委托内容真实")
                .contains(Requests.AUTHORITY, "2026年12月7日");
        assertThat(text.indexOf("委托人：")).isLessThan(text.indexOf("受托人："));
        assertThat(documents.verify(pdf).outcome()).isEqualTo(Outcome.VALID);
        assertThat(documents.verify(pdf).document()).contains(issued);
        assertThat(auditLog.entries()).singleElement().satisfies(e -> assertThat(e.detail())
                .startsWith("helpdesk-authorisation " + Requests.CASE));
    }

    @Test
    void aMalformedFormIsRefusedInChineseAndAFormNeedsTheIssuePermission() {
        assertThatThrownBy(
                        () -> documents.issueForm(new FormRequest("帮办", "受理单", Requests.CASE, LIXIA, null, null, null)))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("表单代码");
        assertThatThrownBy(() -> documents.issueForm(
                        new FormRequest("helpdesk-acceptance", " ", Requests.CASE, LIXIA, null, null, null)))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("表单标题");
        assertThatThrownBy(() -> documents.issueForm(new FormRequest(
                        "helpdesk-acceptance",
                        "受理单",
                        Requests.CASE,
                        LIXIA,
                        new java.util.LinkedHashMap<>(java.util.Map.of("事项", "养".repeat(501))),
                        null,
                        null)))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("第1行")
                .hasMessageContaining("事项")
                .hasMessageContaining("500")
                .hasMessageNotContaining("line0");
        assertThatThrownBy(() -> documents.issueForm(new FormRequest(
                        "helpdesk-acceptance",
                        "受理单",
                        Requests.CASE,
                        LIXIA,
                        null,
                        List.of("委托人确认。", "养".repeat(2001)),
                        null)))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("第2段")
                .hasMessageNotContaining("para1");
        assertThatThrownBy(() -> documents.issueForm(
                        new FormRequest("helpdesk-acceptance", "受理单", Requests.CASE, LIXIA, null, null, List.of(" "))))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("落款第1行")
                .hasMessageNotContaining("close0");
        assertThatThrownBy(
                        () -> documents.issue(new DocumentRequest(DocumentKind.FORM, Requests.CASE, LIXIA, null, null)))
                .isInstanceOf(DocumentException.class);
        accessControl.logOut();
        assertThatThrownBy(() -> documents.issueForm(
                        new FormRequest("helpdesk-acceptance", "受理单", Requests.CASE, LIXIA, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(auditLog.entries()).isEmpty();
    }

    @Test
    void theCasesApplicantGetsTheCasesOwnDocumentsWithoutAStaffPermissionAndNoOthers() {
        IssuedDocument issued = documents.issue(Requests.of(DocumentKind.ACCEPTANCE));
        byte[] staff = documents.content(issued.id());
        accessControl.logOut();

        assertThat(documents.contentForCase(issued.id(), Requests.CASE)).isEqualTo(staff);
        assertThatThrownBy(() -> documents.contentForCase(issued.id(), "SL370102209912310999"))
                .isInstanceOf(DocumentException.class);
        assertThatThrownBy(() -> documents.contentForCase(issued.id() + 1000, Requests.CASE))
                .isInstanceOf(DocumentException.class);
    }

    @Test
    void theApplicantsOwnPledgeOnlineIsIssuedWithoutAStaffPermissionAndVerifies() {
        accessControl.logOut();

        IssuedDocument pledge = documents.issueForApplicant(Requests.of(DocumentKind.TOLERANCE_PLEDGE));

        assertThat(pledge.issuedBy()).isEqualTo("网上申请");
        assertThat(documents
                        .verify(documents.contentForCase(pledge.id(), Requests.CASE))
                        .outcome())
                .isEqualTo(Outcome.VALID);
        assertThat(auditLog.entries())
                .extracting(RecordingAuditLog.Recorded::action)
                .containsExactly("documents.issue");
        assertThatThrownBy(() -> documents.issue(Requests.of(DocumentKind.TOLERANCE_PLEDGE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSameNoticeIssuedTwiceInOneSecondIsTwoDocumentsThatBothVerify() {
        IssuedDocument first = documents.issue(Requests.of(DocumentKind.ACCEPTANCE));
        IssuedDocument second = documents.issue(Requests.of(DocumentKind.ACCEPTANCE));

        assertThat(second.sha256()).isNotEqualTo(first.sha256());
        assertThat(documents.verify(documents.content(first.id())).document()).contains(first);
        assertThat(documents.verify(documents.content(second.id())).document()).contains(second);
    }

    @Test
    void theQrCodeOpensTheCasesPublicTrackingPage() {
        byte[] pdf = documents.content(
                documents.issue(Requests.of(DocumentKind.ACCEPTANCE)).id());

        assertThat(Pdfs.qrCode(pdf)).isEqualTo("https://zwfw.jinan.gov.cn/track?case=370102-20261207-000042");
    }

    @Test
    void theRefusalStatesTheRightToReviewAndSuitWithTheLegalPeriods() {
        // 行政复议法（2023年修订）第二十条第一款：六十日；行政诉讼法第四十六条第一款：六个月。
        String text = Pdfs.text(documents.content(
                        documents.issue(Requests.of(DocumentKind.REFUSAL)).id()))
                .replace("\n", "");

        assertThat(text).contains("60日内向济南市历下区人民政府申请行政复议").contains("6个月内依法向济南铁路运输法院提起行政诉讼");
    }

    @Test
    void theCorrectionNoticeListsEveryItemOnceNumbered() {
        String text = Pdfs.text(documents.content(
                documents.issue(Requests.of(DocumentKind.CORRECTION)).id()));

        assertThat(text).contains("一次性告知", "1. 营业执照复印件", "2. 食品安全管理制度文本", "3. 经营场所平面布局图");
    }

    @Test
    void aChangedByteMakesVerificationFail() {
        byte[] pdf = documents.content(
                documents.issue(Requests.of(DocumentKind.RESULT)).id());
        byte[] tampered = pdf.clone();
        // One bit inside the first stream (page text, font data): the file still opens, its content has changed.
        int index = indexOf(pdf, "stream") + 20;
        tampered[index] ^= 0x01;

        assertThat(documents.verify(tampered).outcome()).isEqualTo(Outcome.SIGNATURE_INVALID);
        assertThat(documents.verify(tampered).document()).isEmpty();
    }

    @Test
    void bytesAddedAfterSigningAreRefused() {
        byte[] pdf = documents.content(
                documents.issue(Requests.of(DocumentKind.RESULT)).id());
        byte[] note = "\n% 有效期延长至2099年\n".getBytes(StandardCharsets.UTF_8);
        byte[] extended = Arrays.copyOf(pdf, pdf.length + note.length);
        System.arraycopy(note, 0, extended, pdf.length, note.length);

        assertThat(documents.verify(extended).outcome()).isEqualTo(Outcome.NOT_WHOLE_FILE);
    }

    @Test
    void aDocumentSignedWithAnotherKeyIsForeign() {
        byte[] foreign = PdfSealer.seal(Pdfs.unsignedPdf("准予行政许可决定书"), Keys.FOREIGN, CLOCK.instant(), "伪造");

        Verification verification = documents.verify(foreign);

        assertThat(verification.outcome()).isEqualTo(Outcome.FOREIGN_SIGNER);
        assertThat(verification.signer()).contains("某市政务服务电子印章");
    }

    @Test
    void aFileSealedWithTheCityKeyButNeverIssuedIsNotRegistered() {
        byte[] sealed = PdfSealer.seal(Pdfs.unsignedPdf("准予行政许可决定书"), Keys.CITY, CLOCK.instant(), "测试");

        assertThat(documents.verify(sealed).outcome()).isEqualTo(Outcome.NOT_REGISTERED);
    }

    @Test
    void unsignedAndNonPdfFilesGetTheirOwnReasons() {
        assertThat(documents.verify(Pdfs.unsignedPdf("通知")).outcome()).isEqualTo(Outcome.UNSIGNED);
        assertThat(documents
                        .verify("<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8))
                        .outcome())
                .isEqualTo(Outcome.NOT_PDF);
        assertThat(documents.verify(new byte[0]).outcome()).isEqualTo(Outcome.NOT_PDF);
        assertThat(documents.verify(new byte[3 * 1024 * 1024]).outcome()).isEqualTo(Outcome.TOO_LARGE);
    }

    @Test
    void documentsSealedBeforeAKeyChangeStillVerify() {
        byte[] before = documents.content(
                documents.issue(Requests.of(DocumentKind.RESULT)).id());

        JdbcDocuments afterChange = documents(Keys.NEXT_CITY, null);

        assertThat(afterChange.verify(before).outcome()).isEqualTo(Outcome.VALID);
        byte[] after = afterChange.content(
                afterChange.issue(Requests.of(DocumentKind.ACCEPTANCE)).id());
        assertThat(afterChange.verify(after).signer()).contains("济南市政务服务电子印章（新）");
        assertThat(afterChange.verify(after).outcome()).isEqualTo(Outcome.VALID);
    }

    @Test
    void whatUsersTypedIsPrintedLiterallyNeverInterpreted() {
        Map<String, String> fields =
                new HashMap<>(Requests.of(DocumentKind.ACCEPTANCE).fields());
        fields.put("applicant", "<script>alert(1)</script>{caseNumber}\u0000张三\u202e");

        IssuedDocument issued =
                documents.issue(new DocumentRequest(DocumentKind.ACCEPTANCE, Requests.CASE, LIXIA, fields, List.of()));

        String text = Pdfs.text(documents.content(issued.id()));
        assertThat(text).contains("<script>alert(1)</script>{caseNumber}张三").doesNotContain("\u202e");
    }

    @Test
    void aMissingRequiredFieldOrAnUnknownOneIsRefusedAndNothingIsWritten() {
        Map<String, String> fields =
                new HashMap<>(Requests.of(DocumentKind.CORRECTION).fields());
        fields.remove("supplyBy");
        assertThatThrownBy(() -> documents.issue(
                        new DocumentRequest(DocumentKind.CORRECTION, Requests.CASE, LIXIA, fields, List.of("营业执照"))))
                .isInstanceOfSatisfying(
                        DocumentException.class, e -> assertThat(e.key()).isEqualTo("documents.error.fieldMissing"))
                .hasMessageContaining("supplyBy");
        fields.put("supplyBy", "2026年12月14日");
        fields.put("stamp", "假印章");
        assertThatThrownBy(() -> documents.issue(
                        new DocumentRequest(DocumentKind.CORRECTION, Requests.CASE, LIXIA, fields, List.of("营业执照"))))
                .isInstanceOfSatisfying(
                        DocumentException.class, e -> assertThat(e.key()).isEqualTo("documents.error.unknownField"));
        assertThatThrownBy(() -> documents.issue(new DocumentRequest(
                        DocumentKind.CORRECTION,
                        Requests.CASE,
                        LIXIA,
                        Requests.of(DocumentKind.CORRECTION).fields(),
                        List.of())))
                .isInstanceOfSatisfying(
                        DocumentException.class, e -> assertThat(e.key()).isEqualTo("documents.error.itemsMissing"));
        assertNothingIssued();
    }

    @Test
    void aClerkOfAnotherDistrictMayNotIssueThereOrReadItsDocuments() {
        IssuedDocument lixia = documents.issue(Requests.of(DocumentKind.ACCEPTANCE));
        auditLog.clear();
        accessControl.actAs("shizhong-clerk", SHIZHONG, ISSUE_PERMISSION, READ_PERMISSION);

        assertThatThrownBy(() -> documents.issue(Requests.of(DocumentKind.ACCEPTANCE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.content(lixia.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(auditLog.entries()).isEmpty();
    }

    @Test
    void aCityTemplateReplacesTheShippedOneWithoutCode() throws Exception {
        Files.writeString(
                cityTemplates.resolve("acceptance.json"),
                """
                {"title": "受理回执", "paragraphs": ["{applicant}的{matter}申请已于{receivedOn}受理。"],
                 "closing": ["{authority}"],
                 "fields": [{"name": "applicant", "required": true, "maxLength": 50},
                            {"name": "matter", "required": true, "maxLength": 100},
                            {"name": "receivedOn", "required": true, "maxLength": 20},
                            {"name": "authority", "required": true, "maxLength": 50}]}
                """);
        Map<String, String> fields =
                new HashMap<>(Requests.of(DocumentKind.ACCEPTANCE).fields());
        fields.remove("promisedDays");
        fields.remove("window");

        IssuedDocument issued = documents(Keys.CITY, cityTemplates)
                .issue(new DocumentRequest(DocumentKind.ACCEPTANCE, Requests.CASE, LIXIA, fields, List.of()));

        assertThat(issued.title()).isEqualTo("受理回执");
        assertThat(Pdfs.text(documents.content(issued.id())).replace("\n", ""))
                .contains("济南泉城餐饮管理有限公司的食品经营许可（新办）申请已于2026年12月7日受理。");
    }

    private void assertNothingIssued() {
        long rows = database().transactions().read(c -> {
            try (var result = c.createStatement().executeQuery("SELECT COUNT(*) FROM document_issued")) {
                result.next();
                return result.getLong(1);
            }
        });
        assertThat(rows).isZero();
        assertThat(auditLog.entries()).isEmpty();
    }

    private static int indexOf(byte[] haystack, String needle) {
        String text = new String(haystack, StandardCharsets.ISO_8859_1);
        int index = text.indexOf(needle);
        assertThat(index).as("the PDF contains %s", needle).isPositive();
        return index;
    }
}
