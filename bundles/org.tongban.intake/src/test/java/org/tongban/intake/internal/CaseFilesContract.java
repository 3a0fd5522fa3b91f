package org.tongban.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.intake.internal.TestCatalogue.APPLICATION_FORM;
import static org.tongban.intake.internal.TestCatalogue.FLOOR_PLAN;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.intake.CaseFile;
import org.tongban.intake.CaseFiles;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.Submission;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.files.StoredFile;
import org.tongban.platform.files.UploadKind;
import org.tongban.testing.ApiCalls;

/**
 * The window desk's scans go with the case in its receipt's transaction; a clerk who may read the case downloads them
 * (audited), as an attachment of their own type, and so does the case's applicant; nobody else.
 */
abstract class CaseFilesContract extends OnlineTestBase {

    private IntakeCase receivedWith(String key, Map<String, List<Long>> scans) {
        Submission s = food(key, Map.of());
        return f.service.receive(new Submission(
                s.clientKey(),
                s.matterCode(),
                s.applicant(),
                s.agent(),
                s.channel(),
                s.receivingJurisdiction(),
                s.processingJurisdiction(),
                s.answers(),
                s.materials(),
                scans));
    }

    @Test
    void theWindowsScansAreLinkedToTheCaseAndItsClerksDownloadThemAudited() {
        asLixiaWindow();
        StoredFile form = f.neighbours.files.store(UploadKind.MATERIAL, "申请书.pdf", pdf());
        StoredFile plan = f.neighbours.files.store(UploadKind.MATERIAL, "平面图.png", png());

        IntakeCase received =
                receivedWith("desk-0001", Map.of(APPLICATION_FORM, List.of(form.id()), FLOOR_PLAN, List.of(plan.id())));

        assertThat(f.service.list(received.number()))
                .extracting(CaseFile::material, CaseFile::purpose, CaseFile::mediaType)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(APPLICATION_FORM, CaseFile.Purpose.SCAN, "application/pdf"),
                        org.assertj.core.groups.Tuple.tuple(FLOOR_PLAN, CaseFile.Purpose.SCAN, "image/png"));
        f.audit.clear();
        CaseFiles.Download download = f.service.download(received.number(), form.id());
        assertThat(download.content()).isEqualTo(pdf());
        assertThat(download.file().name()).isEqualTo("申请书.pdf");
        assertThat(f.audit.entries()).singleElement().satisfies(e -> assertThat(e.action())
                .isEqualTo("intake.fileRead"));
        // A retry of the same submission is the same case, its scans linked once.
        assertThat(receivedWith(
                                "desk-0001",
                                Map.of(APPLICATION_FORM, List.of(form.id()), FLOOR_PLAN, List.of(plan.id())))
                        .number())
                .isEqualTo(received.number());
        assertThat(count("intake_case_file")).isEqualTo(2);
    }

    @Test
    void anotherClerksFileAFileACaseUsesAndAnUnknownMaterialAreRefusedWithNothingWritten() {
        asShizhongWindow();
        StoredFile foreign = f.neighbours.files.store(UploadKind.MATERIAL, "别人的.pdf", pdf());
        asLixiaWindow();
        StoredFile own = f.neighbours.files.store(UploadKind.MATERIAL, "申请书.pdf", pdf());
        receivedWith("desk-0002", Map.of(APPLICATION_FORM, List.of(own.id())));
        List<Long> before = rows();

        assertThatThrownBy(() -> receivedWith("desk-0003", Map.of(APPLICATION_FORM, List.of(foreign.id()))))
                .hasMessage("文件不存在或不属于本次申请：" + foreign.id());
        assertThatThrownBy(() -> receivedWith("desk-0004", Map.of(APPLICATION_FORM, List.of(own.id()))))
                .hasMessage("文件 " + own.id() + " 已用于其他办件，请重新上传");
        assertThatThrownBy(() -> receivedWith("desk-0005", Map.of("身份证", List.of(own.id()))))
                .hasMessage("「身份证」不是该事项的申请材料");

        assertThat(rows()).isEqualTo(before);
        assertThat(count("intake_case_file")).isOne();
    }

    @Test
    void aClerkOfAnotherDistrictAndAnotherApplicantGetNothingTheApplicantGetsTheirOwn() {
        asLixiaWindow();
        StoredFile form = f.neighbours.files.store(UploadKind.MATERIAL, "申请书.pdf", pdf());
        IntakeCase received = receivedWith("desk-0006", Map.of(APPLICATION_FORM, List.of(form.id())));
        String notFound = "办件不存在或无权查看：" + received.number();

        asShizhongWindow();
        assertThatThrownBy(() -> f.service.list(received.number())).hasMessage(notFound);
        assertThatThrownBy(() -> f.service.download(received.number(), form.id()))
                .hasMessage(notFound);
        f.access.logOut();

        assertThat(f.service
                        .applicantDownload(company.id(), received.number(), form.id())
                        .content())
                .isEqualTo(pdf());
        assertThatThrownBy(() -> f.service.applicantDownload(person.id(), received.number(), form.id()))
                .hasMessage(notFound);
        assertThatThrownBy(() -> f.service.applicantDownload(company.id(), received.number(), form.id() + 1000))
                .hasMessage(notFound);
    }

    @Test
    void theClerksRouteHandsAFileOutAsANosniffAttachmentOfItsOwnType() {
        asLixiaWindow();
        StoredFile form = f.neighbours.files.store(UploadKind.MATERIAL, "申请书.pdf", pdf());
        IntakeCase received = receivedWith("desk-0007", Map.of(APPLICATION_FORM, List.of(form.id())));
        CaseFilesRoute route = new CaseFilesRoute(f.service);
        String[] paths = {CaseFilesRoute.FILES, CaseFilesRoute.FILE};
        CurrentUser clerk = f.access.currentUser().orElseThrow();

        ApiCalls.Reply list = ApiCalls.call(
                route, paths, "GET", "v1/intake/cases/" + received.number() + "/files", null, clerk, Locale.CHINA);
        assertThat(list.json().get("files").get(0).get("name").asText()).isEqualTo("申请书.pdf");

        ApiCalls.Reply file = ApiCalls.call(
                route,
                paths,
                "GET",
                "v1/intake/cases/" + received.number() + "/files/" + form.id(),
                null,
                clerk,
                Locale.CHINA);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.headers())
                .containsEntry("X-Content-Type-Options", "nosniff")
                .hasEntrySatisfying("Content-Disposition", v -> assertThat(v).startsWith("attachment;"));
        assertThat(file.bytes()).isEqualTo(pdf());

        asShizhongWindow();
        assertThat(ApiCalls.call(
                                route,
                                paths,
                                "GET",
                                "v1/intake/cases/" + received.number() + "/files/" + form.id(),
                                null,
                                f.access.currentUser().orElseThrow(),
                                Locale.CHINA)
                        .status())
                .isEqualTo(404);
    }
}
