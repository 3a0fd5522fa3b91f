package org.tongban.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.testing.Jinan.LIXIA;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.intake.CaseView;
import org.tongban.intake.Inspection;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakeException;
import org.tongban.intake.IntakePermissions;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.api.security.StaffMember;
import org.tongban.platform.files.StoredFile;
import org.tongban.platform.files.UploadKind;

/**
 * The back office's steps on the real staff directory and file store: whom a case is handed to, what an inspection
 * keeps, what an extension may still add.
 */
abstract class ReviewStepsContract extends IntakeTestBase {
    /** The signature of a PNG and a few bytes: what the file store recognises a photo by. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    void asLixiaLead() {
        f.access.actAs(
                "lixia.lead",
                LIXIA,
                IntakePermissions.READ,
                IntakePermissions.ASSIGN,
                IntakePermissions.DECIDE,
                IntakePermissions.EXTEND,
                IntakePermissions.PII);
    }

    @Test
    void theLeadHandsACaseOnlyToAReviewerOfItsProcessingJurisdictionFromTheList() {
        IntakeCase accepted = accepted();
        asLixiaLead();

        assertThat(f.queries.reviewers(accepted.number()))
                .as("reviewers of 历下区 and of the city above it; not 市中区's, nor the lead or the window")
                .extracting(StaffMember::username)
                .containsExactlyInAnyOrder("lixia.reviewer", "city.reviewer");
        List<Long> before = rows();
        for (String nobody : List.of("lixia.window", "shizhong.reviewer", "lixia.lead", "no.such.user")) {
            assertThatThrownBy(() -> f.service.assign(accepted.number(), accepted.version(), nobody))
                    .isInstanceOf(IntakeException.class)
                    .hasMessage("「" + nobody + "」在本办件的办理地没有审查权限，不能分派给其审查");
        }
        assertThat(rows()).isEqualTo(before);

        IntakeCase assigned = f.service.assign(accepted.number(), accepted.version(), "lixia.reviewer");
        assertThat(assigned.state()).isEqualTo("REVIEW");
        assertThat(assigned.assignee()).isEqualTo("lixia.reviewer");

        f.access.actAs("lixia.reader", LIXIA, IntakePermissions.READ);
        assertThatThrownBy(() -> f.queries.reviewers(accepted.number())).isInstanceOf(AccessDeniedException.class);
        asShizhongWindow();
        assertThatThrownBy(() -> f.queries.reviewers(accepted.number())).hasMessage("办件不存在或无权查看：" + accepted.number());
    }

    @Test
    void anInspectionKeepsThePhotosTheReviewerUploadedForWhoeverReadsTheCase() {
        IntakeCase review = inReview();
        StoredFile kitchen = f.files.store(UploadKind.PHOTO, "后厨.png", PNG);
        StoredFile scan = f.files.store(UploadKind.MATERIAL, "平面图.pdf", PDF);
        f.access.actAs("lixia.other", LIXIA, IntakePermissions.READ, IntakePermissions.REVIEW);
        StoredFile others = f.files.store(UploadKind.PHOTO, "别人的.png", PNG);
        asLixiaReviewer();
        List<Long> before = rows();

        assertThatThrownBy(() -> f.service.inspect(
                        review.number(), review.version(), Inspection.of("核查", List.of(), List.of(others.id()))))
                .hasMessage("核查照片不存在或不是您上传的：" + others.id());
        assertThatThrownBy(() -> f.service.inspect(
                        review.number(), review.version(), Inspection.of("核查", List.of(), List.of(scan.id()))))
                .hasMessage("「平面图.pdf」不是照片，核查照片只接受 JPG 或 PNG 格式");
        assertThatThrownBy(() -> f.service.inspect(
                        review.number(), review.version(), Inspection.of("核查", List.of(), List.of(424242L))))
                .hasMessage("核查照片不存在或不是您上传的：424242");
        assertThat(rows()).isEqualTo(before);

        IntakeCase inspected = f.service.inspect(
                review.number(),
                review.version(),
                Inspection.of(
                        "现场核查：后厨生熟分区，与平面图一致",
                        List.of("https://video.example.cn/live/88"),
                        List.of(kitchen.id(), kitchen.id())));
        assertThatThrownBy(() -> f.service.inspect(
                        inspected.number(), inspected.version(), Inspection.of("复查", List.of(), List.of(kitchen.id()))))
                .hasMessage("照片「后厨.png」已记入另一次核查");

        asLixiaWindow();
        Inspection shown = f.queries.view(review.number()).inspections().getFirst();
        assertThat(shown.photos()).containsExactly(new Inspection.Photo(kitchen.id(), "后厨.png"));
        assertThat(shown.links()).containsExactly("https://video.example.cn/live/88");
        assertThat(f.queries.inspectionPhoto(review.number(), kitchen.id())).isEqualTo(PNG);
        assertThatThrownBy(() -> f.queries.inspectionPhoto(review.number(), scan.id()))
                .as("a file that is no photo of this case")
                .hasMessage("核查照片不存在或不是您上传的：" + scan.id());
        asShizhongWindow();
        assertThatThrownBy(() -> f.queries.inspectionPhoto(review.number(), kitchen.id()))
                .hasMessage("办件不存在或无权查看：" + review.number());
    }

    @Test
    void theCasePageShowsTheExtensionRuleAndWhatIsLeftOfIt() {
        IntakeCase review = inReview();
        assertThat(f.queries.view(review.number()).extension())
                .isEqualTo(new CaseView.Extension(1, 10, "WORKING_DAYS", 0))
                .satisfies(e -> assertThat(e.left()).isTrue());

        f.service.extend(review.number(), review.version(), 5, "局长 张伟", "需补充专家论证");

        CaseView.Extension after = f.queries.view(review.number()).extension();
        assertThat(after.used()).isOne();
        assertThat(after.left()).isFalse();
    }
}
