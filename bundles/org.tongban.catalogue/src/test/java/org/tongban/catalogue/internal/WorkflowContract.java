package org.tongban.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.tongban.catalogue.CataloguePermissions.EDIT;
import static org.tongban.catalogue.CataloguePermissions.READ;
import static org.tongban.testing.Jinan.JINAN;
import static org.tongban.testing.Jinan.LIXIA;
import static org.tongban.testing.Jinan.SHIZHONG;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.Attachment;
import org.tongban.catalogue.CatalogueException;
import org.tongban.catalogue.CatalogueNotFoundException;
import org.tongban.catalogue.CatalogueValidationException;
import org.tongban.catalogue.FieldDifference;
import org.tongban.catalogue.GuideAction;
import org.tongban.catalogue.GuideEvent;
import org.tongban.catalogue.GuideLimits;
import org.tongban.catalogue.GuideQuery;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.GuideSummary;
import org.tongban.catalogue.GuideVersion;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterQuery;
import org.tongban.catalogue.ServiceGuide;
import org.tongban.catalogue.ValidationError;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.testing.RecordingAuditLog;

/** The workflow draft → review → published, versions, diff and who may do what. */
abstract class WorkflowContract extends CatalogueTestBase {
    private static final String LIXIA_CODE = "370102-SJJ-XK-001";
    private static final String SHIZHONG_CODE = "370103-SJJ-XK-001";

    private final Matter lixia = TestMatters.licence(LIXIA_CODE, LIXIA, "370102-SJJ");
    private final Matter shizhong = TestMatters.licence(SHIZHONG_CODE, SHIZHONG, "370103-SJJ");

    @BeforeEach
    void departmentsExist() {
        departments();
    }

    @Test
    void aGuideReachesThePortalOnlyOnceReviewedAndPublished() {
        actAsLixiaEditor();
        ServiceGuide draft = editing.saveDraft(lixia, "新建");
        assertThat(draft.version().status()).isEqualTo(GuideStatus.DRAFT);
        assertThat(draft.version().author()).isEqualTo("lixia.clerk");
        assertThat(catalogue.publishedMatter(LIXIA_CODE)).isEmpty();

        assertThat(editing.submit(LIXIA_CODE, null).version().status()).isEqualTo(GuideStatus.REVIEW);
        assertThatThrownBy(() -> editing.publish(LIXIA_CODE, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(catalogue.publishedMatter(LIXIA_CODE)).isEmpty();

        actAsCityPublisher();
        assertThat(editing.publish(LIXIA_CODE, "同意").version().status()).isEqualTo(GuideStatus.PUBLISHED);
        accessControl.logOut();

        assertThat(catalogue.publishedMatter(LIXIA_CODE)).contains(lixia);
        assertThat(catalogue.publishedMatters(MatterQuery.of(LIXIA)).items())
                .extracting(s -> s.code())
                .containsExactly(LIXIA_CODE);
        assertThat(heard).containsExactly("published " + LIXIA_CODE);
        assertThat(auditLog.entries())
                .extracting(RecordingAuditLog.Recorded::action)
                .containsSubsequence("guide.save", "guide.submit", "guide.publish");
        assertThat(steps)
                .as("each step is a transition of the guide version's case on the platform's workflows")
                .containsExactly(
                        "guide/SAVE guide/" + LIXIA_CODE + "/1",
                        "guide/SUBMIT guide/" + LIXIA_CODE + "/1",
                        "guide/PUBLISH guide/" + LIXIA_CODE + "/1");
    }

    @Test
    void editingAPublishedGuideMakesANewVersionWhileThePortalKeepsTheOldOne() {
        publish(lixia);
        actAsLixiaEditor();
        Matter changed = TestMatters.promised(lixia, 3);
        assertThat(editing.saveDraft(changed, "压缩承诺时限").version().version()).isEqualTo(2);

        assertThat(catalogue.publishedMatter(LIXIA_CODE)).contains(lixia);
        assertThat(editing.latest(LIXIA_CODE).orElseThrow().matter()).isEqualTo(changed);
        assertThat(editing.history(LIXIA_CODE))
                .extracting(GuideVersion::version, GuideVersion::status, GuideVersion::comment)
                .containsExactly(tuple(1, GuideStatus.PUBLISHED, null), tuple(2, GuideStatus.DRAFT, "压缩承诺时限"));

        editing.submit(LIXIA_CODE, null);
        actAsCityPublisher();
        editing.publish(LIXIA_CODE, null);

        assertThat(catalogue.publishedMatter(LIXIA_CODE)).contains(changed);
        assertThat(editing.history(LIXIA_CODE))
                .extracting(GuideVersion::status)
                .containsExactly(GuideStatus.SUPERSEDED, GuideStatus.PUBLISHED);
        assertThat(editing.version(LIXIA_CODE, 1).orElseThrow().matter()).isEqualTo(lixia);
    }

    @Test
    void savingUnchangedContentMakesNoNewVersion() {
        actAsLixiaEditor();
        editing.saveDraft(lixia, null);
        ServiceGuide again = editing.saveDraft(lixia, "再次保存");

        assertThat(again.version().version()).isEqualTo(1);
        assertThat(editing.history(LIXIA_CODE)).hasSize(1);
        assertThat(auditLog.entries())
                .filteredOn(e -> e.action().equals("guide.save"))
                .hasSize(1);
    }

    @Test
    void aGuideUnderReviewCannotBeChangedByItsAuthorNorByTheReviewer() {
        actAsLixiaEditor();
        editing.saveDraft(lixia, null);
        editing.submit(LIXIA_CODE, null);
        Matter changed = TestMatters.named(lixia, "食品经营许可（新办，含网络经营）");

        assertThatThrownBy(() -> editing.saveDraft(changed, "审核中再改"))
                .isInstanceOf(CatalogueException.class)
                .hasMessage("事项「" + LIXIA_CODE + "」第1版正在审核中，不能修改；如需修改，请先撤回提交，或待审核人退回后再改");
        actAsCityPublisher();
        assertThatThrownBy(() -> editing.saveDraft(changed, null))
                .as("the reviewer sends back instead of rewriting")
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("正在审核中");

        assertThat(editing.history(LIXIA_CODE))
                .extracting(GuideVersion::version, GuideVersion::status)
                .containsExactly(tuple(1, GuideStatus.REVIEW));
        assertThat(editing.latest(LIXIA_CODE).orElseThrow().matter()).isEqualTo(lixia);
        assertThat(auditLog.entries())
                .filteredOn(e -> e.action().equals("guide.save"))
                .hasSize(1);
        editing.publish(LIXIA_CODE, null);
        assertThat(catalogue.publishedMatter(LIXIA_CODE)).contains(lixia);
    }

    @Test
    void theSubmitterRecallsTheGuideFromReviewAndEditsIt() {
        actAsLixiaEditor();
        editing.saveDraft(lixia, null);
        editing.submit(LIXIA_CODE, "请审核");
        auditLog.clear();
        steps.clear();

        ServiceGuide recalled = editing.recall(LIXIA_CODE, "发现承诺时限写错");

        assertThat(recalled.version().status()).isEqualTo(GuideStatus.DRAFT);
        assertThat(recalled.version().version()).isEqualTo(1);
        assertThat(editing.events(LIXIA_CODE))
                .extracting(GuideEvent::action, GuideEvent::actor, GuideEvent::comment)
                .containsExactly(
                        tuple(GuideAction.SAVED, "lixia.clerk", null),
                        tuple(GuideAction.SUBMITTED, "lixia.clerk", "请审核"),
                        tuple(GuideAction.RECALLED, "lixia.clerk", "发现承诺时限写错"));
        assertThat(auditLog.withAction("guide.recall")).singleElement().satisfies(entry -> {
            assertThat(entry.target()).isEqualTo("guide/" + LIXIA_CODE + "/1");
            assertThat(entry.detail()).isEqualTo("REVIEW → DRAFT：发现承诺时限写错");
        });
        assertThat(steps).containsExactly("guide/RECALL guide/" + LIXIA_CODE + "/1");
        actAsCityPublisher();
        assertThatThrownBy(() -> editing.publish(LIXIA_CODE, null))
                .as("a recalled guide is no longer in the reviewer's queue")
                .hasMessageContaining("只有待审核的指南可以发布");

        actAsLixiaEditor();
        Matter corrected = TestMatters.promised(lixia, 3);
        assertThat(editing.saveDraft(corrected, "改正时限").version().version()).isEqualTo(2);
        assertThat(editing.history(LIXIA_CODE))
                .extracting(GuideVersion::status)
                .containsExactly(GuideStatus.SUPERSEDED, GuideStatus.DRAFT);
        assertThatThrownBy(() -> editing.recall(LIXIA_CODE, null))
                .isInstanceOf(CatalogueException.class)
                .hasMessage("只有待审核的指南可以撤回提交（事项「" + LIXIA_CODE + "」第2版当前为草稿）");
    }

    @Test
    void onlyTheSubmitterMayRecallAndOnlyWithEditRights() {
        actAsLixiaEditor();
        editing.saveDraft(lixia, null);
        editing.submit(LIXIA_CODE, null);
        auditLog.clear();

        accessControl.actAs("lixia.other", LIXIA, READ, EDIT);
        assertThatThrownBy(() -> editing.recall(LIXIA_CODE, null))
                .isInstanceOf(CatalogueException.class)
                .hasMessage("只有提交人（lixia.clerk）可以撤回提交");
        actAsCityPublisher();
        assertThatThrownBy(() -> editing.recall(LIXIA_CODE, null))
                .as("the reviewer sends back, with a reason, instead")
                .hasMessage("只有提交人（lixia.clerk）可以撤回提交");
        actAsShizhongEditor();
        assertThatThrownBy(() -> editing.recall(LIXIA_CODE, null)).isInstanceOf(AccessDeniedException.class);
        accessControl.actAs("lixia.clerk", LIXIA, READ);
        assertThatThrownBy(() -> editing.recall(LIXIA_CODE, null))
                .as("the submitter who lost the edit right")
                .isInstanceOf(AccessDeniedException.class);

        actAsCityPublisher();
        assertThat(editing.latest(LIXIA_CODE).orElseThrow().version().status()).isEqualTo(GuideStatus.REVIEW);
        assertThat(auditLog.withAction("guide.recall")).isEmpty();
    }

    @Test
    void sendBackReturnsTheGuideToDraftWithTheReason() {
        actAsLixiaEditor();
        editing.saveDraft(lixia, null);
        editing.submit(LIXIA_CODE, "请审核");
        actAsCityPublisher();
        assertThatThrownBy(() -> editing.sendBack(LIXIA_CODE, "  "))
                .isInstanceOf(CatalogueException.class)
                .hasMessage("请填写原因");
        assertThat(editing.latest(LIXIA_CODE).orElseThrow().version().status()).isEqualTo(GuideStatus.REVIEW);

        editing.sendBack(LIXIA_CODE, "法定时限依据不足");

        assertThat(editing.latest(LIXIA_CODE).orElseThrow().version().status()).isEqualTo(GuideStatus.DRAFT);
        assertThat(editing.events(LIXIA_CODE))
                .extracting(GuideEvent::action, GuideEvent::actor, GuideEvent::comment)
                .containsExactly(
                        tuple(GuideAction.SAVED, "lixia.clerk", null),
                        tuple(GuideAction.SUBMITTED, "lixia.clerk", "请审核"),
                        tuple(GuideAction.SENT_BACK, "city.clerk", "法定时限依据不足"));
    }

    @Test
    void withdrawTakesTheGuideOutOfThePortal() {
        publish(lixia);
        heard.clear();
        actAsCityPublisher();
        assertThatThrownBy(() -> editing.withdraw(LIXIA_CODE, null)).hasMessage("请填写原因");

        editing.withdraw(LIXIA_CODE, "事项已取消");

        accessControl.logOut();
        assertThat(catalogue.publishedMatter(LIXIA_CODE)).isEmpty();
        assertThat(catalogue.publishedMatters(MatterQuery.of(LIXIA)).total()).isZero();
        assertThat(heard).containsExactly("withdrawn " + LIXIA_CODE);
        actAsCityPublisher();
        assertThat(editing.history(LIXIA_CODE)).extracting(GuideVersion::status).containsExactly(GuideStatus.WITHDRAWN);
        assertThatThrownBy(() -> editing.withdraw(LIXIA_CODE, "再撤一次"))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("没有已发布的指南");
        // Republishing the same content goes through review again, as a new version.
        actAsLixiaEditor();
        assertThat(editing.saveDraft(lixia, "恢复办理").version().version()).isEqualTo(2);
        editing.submit(LIXIA_CODE, null);
        actAsCityPublisher();
        editing.publish(LIXIA_CODE, null);
        assertThat(catalogue.publishedMatter(LIXIA_CODE)).contains(lixia);
    }

    @Test
    void diffListsEveryChangedFieldWithChineseLabels() {
        actAsLixiaEditor();
        editing.saveDraft(lixia, null);
        List<Material> materials = List.of(
                TestMatters.material("食品经营许可申请书", true, 0),
                TestMatters.material("营业执照", true, 0),
                TestMatters.material("房屋租赁合同", false, 2),
                TestMatters.material("健康证明", true, 0));
        editing.saveDraft(
                TestMatters.materials(TestMatters.promised(TestMatters.named(lixia, "食品经营许可"), 3), materials), null);

        assertThat(editing.diff(LIXIA_CODE, 1, 2))
                .containsExactly(
                        new FieldDifference("事项名称", "食品经营许可（新办）", "食品经营许可"),
                        new FieldDifference("承诺时限", "5 个工作日", "3 个工作日"),
                        new FieldDifference("材料「房屋租赁合同」：复印件份数", "1", "2"),
                        new FieldDifference("材料「健康证明」", "", "必要，原件1份，复印件0份，纸质"));
        assertThat(editing.diff(LIXIA_CODE, 2, 2)).isEmpty();
    }

    @Test
    void unknownCodesAndVersionsGiveAClearError() {
        actAsCityPublisher();
        assertThat(editing.latest("370102-NOPE")).isEmpty();
        assertThatThrownBy(() -> editing.submit("370102-NOPE", null))
                .isInstanceOf(CatalogueNotFoundException.class)
                .hasMessage("事项「370102-NOPE」不存在");
        assertThatThrownBy(() -> editing.history("370102-NOPE")).isInstanceOf(CatalogueNotFoundException.class);
        editing.saveDraft(lixia, null);
        assertThatThrownBy(() -> editing.diff(LIXIA_CODE, 1, 9))
                .isInstanceOf(CatalogueNotFoundException.class)
                .hasMessage("事项「" + LIXIA_CODE + "」没有第9版");
        assertThat(catalogue.publishedMatter("370102-NOPE")).isEmpty();
        assertThatThrownBy(() -> catalogue.tailor("LE-NOPE", Map.of()))
                .isInstanceOf(CatalogueNotFoundException.class)
                .hasMessage("一件事「LE-NOPE」不存在");
    }

    @Test
    void anInvalidDraftIsRejectedWithEveryProblemLocatedAndNothingIsWritten() throws Exception {
        Matter bad = lixia.toBuilder()
                .code(LIXIA_CODE)
                .baseCode("SD-XK-00123")
                .name(" ")
                .audiences(List.of())
                .jurisdictionCode(LIXIA)
                .departmentCode("370102-NOPE")
                .limits(GuideLimits.workingDays(5, 8))
                .instant(false)
                .fees(List.of())
                .resultType(null)
                .resultCertificate(null)
                .visits(10)
                .visitReason(null)
                .inPersonOnly(false)
                .crossRegionModes(null)
                .commitmentAllowed(true)
                .materials(List.of(TestMatters.material("营业执照", true, 0), TestMatters.material("营业执照", true, 0)))
                .specialSteps(List.of())
                .build();
        actAsLixiaEditor();

        assertThatThrownBy(() -> editing.saveDraft(bad, null))
                .isInstanceOfSatisfying(CatalogueValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationError::toString)
                        .containsExactly(
                                "name：不能为空",
                                "audiences：至少选择一项（自然人、法人）",
                                "department：部门「370102-NOPE」不存在",
                                "limits.promised：承诺时限（8 个工作日）不能超过法定时限（5 个工作日）",
                                "visits：跑动次数应为0到9之间的整数（当前为10）",
                                "materials[1].name：材料名称「营业执照」重复"));
        assertThat(count("catalogue_matter")).isZero();
        assertThat(auditLog.entries())
                .extracting(RecordingAuditLog.Recorded::action)
                .doesNotContain("guide.save");
    }

    @Test
    void aDistrictEditorWorksOnlyOnTheirOwnDistrict() {
        actAsShizhongEditor();
        editing.saveDraft(shizhong, null);

        actAsLixiaEditor();
        assertThatThrownBy(() -> editing.saveDraft(TestMatters.promised(shizhong, 1), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editing.latest(SHIZHONG_CODE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editing.history(SHIZHONG_CODE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editing.submit(SHIZHONG_CODE, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editing.guides(GuideQuery.of(SHIZHONG))).isInstanceOf(AccessDeniedException.class);
        // Moving a matter of another district into one's own is a change to the other district too.
        assertThatThrownBy(() -> editing.saveDraft(
                        shizhong.toBuilder()
                                .code(SHIZHONG_CODE)
                                .jurisdictionCode(LIXIA)
                                .departmentCode("370102-SJJ")
                                .limits(GuideLimits.workingDays(20, 5))
                                .instant(false)
                                .fees(List.of())
                                .resultType(null)
                                .resultCertificate(null)
                                .visits(0)
                                .visitReason(null)
                                .inPersonOnly(false)
                                .crossRegionModes(null)
                                .commitmentAllowed(true)
                                .specialSteps(List.of())
                                .build(),
                        null))
                .isInstanceOf(AccessDeniedException.class);
        editing.saveDraft(lixia, null);
        assertThat(editing.guides(GuideQuery.of(LIXIA)).items())
                .extracting(g -> g.matter().code())
                .containsExactly(LIXIA_CODE);

        actAsCityPublisher();
        assertThat(editing.guides(GuideQuery.of(JINAN)).items())
                .extracting(g -> g.matter().code(), GuideSummary::status)
                .containsExactly(tuple(LIXIA_CODE, GuideStatus.DRAFT), tuple(SHIZHONG_CODE, GuideStatus.DRAFT));
        editing.saveDraft(TestMatters.promised(shizhong, 2), "市级统一压缩时限");
        editing.submit(SHIZHONG_CODE, null);
        editing.publish(SHIZHONG_CODE, null);
        assertThat(editing.latest(SHIZHONG_CODE).orElseThrow().version().author())
                .isEqualTo("city.clerk");
    }

    @Test
    void thePublicNeverSeesDraftsOrHistory() {
        publish(lixia);
        actAsLixiaEditor();
        editing.saveDraft(TestMatters.named(lixia, "尚未发布的新名称"), null);
        accessControl.logOut();

        assertThat(catalogue.publishedMatter(LIXIA_CODE).orElseThrow().name()).isEqualTo("食品经营许可（新办）");
        assertThat(catalogue
                        .publishedMatters(new MatterQuery(null, null, null, null, "尚未发布", 0, 20))
                        .total())
                .isZero();
        assertThatThrownBy(() -> editing.latest(LIXIA_CODE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editing.version(LIXIA_CODE, 2)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editing.diff(LIXIA_CODE, 1, 2)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void scriptInTextIsStoredAndReturnedExactlyAsTyped() {
        String script = "<script>alert('通办')</script> & \"引号\"";
        Matter withScript = TestMatters.named(lixia, script);
        publish(withScript);

        assertThat(catalogue.publishedMatter(LIXIA_CODE).orElseThrow().name()).isEqualTo(script);
        assertThat(catalogue
                        .publishedMatters(MatterQuery.of(LIXIA))
                        .items()
                        .getFirst()
                        .name())
                .isEqualTo(script);
    }

    @Test
    void attachmentsAreSniffedLimitedAndPublicOnlyOncePublished() {
        actAsLixiaEditor();
        assertThatThrownBy(
                        () -> editing.storeAttachment("表格.pdf", "<html>伪装的PDF</html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("类型不受支持");
        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 5);
        assertThatThrownBy(() -> editing.storeAttachment("大文件.pdf", huge)).hasMessageContaining("超过5MB");

        Attachment form = editing.storeAttachment("申请书.pdf", "%PDF-1.4 申请书".getBytes(StandardCharsets.UTF_8));
        assertThat(form.contentType()).isEqualTo("application/pdf");
        Material withForm = new Material("食品经营许可申请书", true, false, 1, 0, "纸质", null, null, form, null);
        editing.saveDraft(TestMatters.materials(lixia, List.of(withForm)), null);

        assertThat(editing.attachment(form.id())).isPresent();
        assertThat(catalogue.publishedAttachment(form.id())).isEmpty();
        actAsShizhongEditor();
        assertThat(editing.attachment(form.id())).isEmpty();

        actAsLixiaEditor();
        editing.submit(LIXIA_CODE, null);
        actAsCityPublisher();
        editing.publish(LIXIA_CODE, null);
        accessControl.logOut();
        assertThat(catalogue.publishedAttachment(form.id()).orElseThrow().bytes())
                .isEqualTo("%PDF-1.4 申请书".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPublicationAndItsEventCommitTogetherOrNotAtAll() {
        DomainEvents outboxDown = (topic, aggregate, payload) -> {
            throw new IllegalStateException("事件无法写入");
        };
        JdbcCatalogueEditing failing =
                new JdbcCatalogueEditing(database(), accessControl, auditLog, jurisdictions, outboxDown, workflows);
        actAsCityPublisher();
        editing.saveDraft(lixia, null);
        editing.submit(LIXIA_CODE, null);

        assertThatThrownBy(() -> failing.publish(LIXIA_CODE, null)).hasMessageContaining("事件无法写入");

        assertThat(catalogue.publishedMatter(LIXIA_CODE)).isEmpty();
        assertThat(heard).isEmpty();
        editing.publish(LIXIA_CODE, null);
        assertThat(catalogue.publishedMatter(LIXIA_CODE)).isPresent();
        assertThat(heard).containsExactly("published " + LIXIA_CODE);
    }

    private void publish(Matter matter) {
        actAsCityPublisher();
        editing.saveDraft(matter, null);
        editing.submit(matter.code(), null);
        editing.publish(matter.code(), null);
        accessControl.logOut();
    }
}
