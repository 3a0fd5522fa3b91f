package org.tongban.helpdesk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.helpdesk.internal.HelpdeskFixture.BUSINESS;
import static org.tongban.helpdesk.internal.HelpdeskFixture.ZHANGDIAN;
import static org.tongban.helpdesk.internal.HelpdeskFixture.ZIBO;
import static org.tongban.helpdesk.internal.HelpdeskFixture.ZICHUAN;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.documents.DocumentKind;
import org.tongban.documents.Verification;
import org.tongban.helpdesk.HelpForm;
import org.tongban.helpdesk.HelpRequest;
import org.tongban.helpdesk.HelpdeskException;
import org.tongban.helpdesk.NewAuthorisation;
import org.tongban.helpdesk.Power;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.testing.TestDatabase;

/** The standards' forms (DB14/T 2233-2020; DB3205/T 1077-2023), each sealed at its step and verified, on each database. */
abstract class FormsContract {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    HelpdeskFixture f;

    abstract TestDatabase open();

    @BeforeEach
    void setUp() {
        f = new HelpdeskFixture(open());
        f.standardTeams();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private HelpRequest registered() {
        f.asHelper("zb.a", ZIBO);
        HelpRequest r = f.service.register(HelpdeskFixture.elderlyRequest(ZICHUAN));
        f.asHelper("zc.a", ZICHUAN);
        return r;
    }

    @Test
    void everyStepIssuesItsSignedFormKeptWithTheRequestAndVerified() {
        HelpRequest r = registered();
        HelpRequest taken = f.service.take(r.id(), r.version());
        f.service.authorise(
                r.id(),
                new NewAuthorisation(
                        "zc.a",
                        "网格员甲",
                        AuthorisationContract.HELPER_ID,
                        List.of(BUSINESS),
                        Set.of(Power.APPLY, Power.COLLECT),
                        TODAY,
                        TODAY.plusDays(30)));
        HelpRequest suspended = f.service.suspend(r.id(), taken.version(), "等待申请人补办身份证");
        HelpRequest resumed = f.service.resume(r.id(), suspended.version());
        f.service.complete(r.id(), resumed.version(), "设立登记已办结，营业执照已送达");

        List<HelpForm> forms = f.service.forms(r.id());
        assertThat(forms)
                .extracting(HelpForm::step, HelpForm::title)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("take", "帮办代办受理单"),
                        org.assertj.core.groups.Tuple.tuple("authorise", "授权委托书"),
                        org.assertj.core.groups.Tuple.tuple("suspend", "帮办代办中止告知单"),
                        org.assertj.core.groups.Tuple.tuple("resume", "帮办代办恢复告知单"),
                        org.assertj.core.groups.Tuple.tuple("complete", "帮办代办办结单"));
        for (HelpForm form : forms) {
            byte[] pdf = f.service.formContent(r.id(), form.documentId());
            Verification v = f.documents.verify(pdf);
            assertThat(v.outcome()).as(form.title()).isEqualTo(Verification.Outcome.VALID);
            assertThat(v.document().orElseThrow().kind()).isEqualTo(DocumentKind.FORM);
            assertThat(v.document().orElseThrow().caseNumber()).isEqualTo(r.number());
            assertThat(v.document().orElseThrow().sha256()).isEqualTo(form.sha256());
            assertThat(text(pdf)).contains(form.title(), r.number(), "王秀英", "淄川区帮办代办服务");
        }
        assertThat(text(f.service.formContent(r.id(), forms.get(0).documentId())))
                .contains("首问负责人：zc.a", "办理时限：20个工作日");
        assertThat(text(f.service.formContent(r.id(), forms.get(1).documentId())))
                .contains("受托人：网格员甲", "民法典", "申请并提交材料");
        assertThat(text(f.service.formContent(r.id(), forms.get(2).documentId())))
                .contains("中止原因：等待申请人补办身份证", "不计入办理时限");
        assertThat(text(f.service.formContent(r.id(), forms.get(4).documentId())))
                .contains("办理结果：设立登记已办结");
        assertThat(f.audit.withAction("documents.issue")).hasSize(5);
    }

    @Test
    void terminationIssuesItsFormAndAChangedCopyFailsVerification() {
        HelpRequest r = registered();
        HelpRequest taken = f.service.take(r.id(), r.version());
        f.service.terminate(r.id(), taken.version(), "申请人撤回诉求");

        HelpForm termination = f.service.forms(r.id()).getLast();
        assertThat(termination.title()).isEqualTo("帮办代办终止告知单");
        byte[] pdf = f.service.formContent(r.id(), termination.documentId());
        assertThat(text(pdf)).contains("终止原因：申请人撤回诉求");
        byte[] changed = pdf.clone();
        changed[changed.length / 3] ^= 1;
        assertThat(f.documents.verify(changed).outcome()).isNotEqualTo(Verification.Outcome.VALID);
    }

    @Test
    void aStepWithoutThePermissionToIssueItsFormChangesNothing() {
        HelpRequest r = registered();
        f.access.actAs(
                "zc.a",
                ZICHUAN,
                org.tongban.helpdesk.HelpdeskPermissions.READ,
                org.tongban.helpdesk.HelpdeskPermissions.HANDLE,
                org.tongban.worktime.ClockService.CLOCK_PERMISSION,
                org.tongban.worktime.CalendarService.READ_PERMISSION);

        assertThatThrownBy(() -> f.service.take(r.id(), r.version())).isInstanceOf(AccessDeniedException.class);

        assertThat(f.service.find(r.id()).orElseThrow().state()).isEqualTo(r.state());
        assertThat(f.service.forms(r.id())).isEmpty();
    }

    @Test
    void aFormIsOnlyHandedOutWithItsOwnRequestAndInItsArea() {
        HelpRequest r = registered();
        f.service.take(r.id(), r.version());
        f.asHelper("zb.a", ZIBO);
        HelpRequest other = f.service.register(HelpdeskFixture.enterpriseRequest(ZICHUAN));
        f.asHelper("zc.a", ZICHUAN);
        long document = f.service.forms(r.id()).getFirst().documentId();

        assertThatThrownBy(() -> f.service.formContent(other.id(), document))
                .isInstanceOf(HelpdeskException.class)
                .hasMessageContaining("该表单不属于此诉求");
        f.asHelper("zd.a", ZHANGDIAN);
        assertThatThrownBy(() -> f.service.formContent(r.id(), document)).isInstanceOf(HelpdeskException.class);
    }

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace("\n", "").replace("\r", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
