package org.tongban.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.tongban.testing.Jinan.JINAN;
import static org.tongban.testing.Jinan.LIXIA;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.CatalogueDocument;
import org.tongban.catalogue.CatalogueFormatException;
import org.tongban.catalogue.DocumentMatter;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.GuideVersion;
import org.tongban.catalogue.ImportResult;
import org.tongban.catalogue.Limit;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.ValidationError;
import org.tongban.testing.RecordingAuditLog;

/** Import and export: every rule of the exchange format, all or nothing, and idempotent re-imports. */
abstract class ImportContract extends CatalogueTestBase {
    private static final String CITY_CODE = "370100-SJJ-XK-001";
    private static final String LIXIA_CODE = "370102-SJJ-XK-001";
    private static final String SHIZHONG_CODE = "370103-MZJ-QR-001";

    @Test
    void importsTheWholeFilePublishedAsItSays() throws Exception {
        ImportResult result = importTestCatalogue();

        assertThat(result.errors()).isEmpty();
        assertThat(result)
                .extracting(
                        ImportResult::created,
                        ImportResult::updated,
                        ImportResult::unchanged,
                        ImportResult::departmentsChanged,
                        ImportResult::faqsChanged,
                        ImportResult::lifeEventsChanged)
                .containsExactly(3, 0, 0, 3, 2, 1);
        Matter city = catalogue.publishedMatter(CITY_CODE).orElseThrow();
        assertThat(city.materials().getFirst().blankForm().contentType()).isEqualTo("application/pdf");
        assertThat(catalogue.publishedAttachment(
                        city.materials().getFirst().blankForm().id()))
                .isPresent();
        assertThat(catalogue.faqs(LIXIA_CODE)).extracting(f -> f.code()).containsExactly("FAQ-0001");
        assertThat(catalogue.lifeEvent("LE-CANYIN").orElseThrow().questions()).hasSize(1);
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws Exception {
        importTestCatalogue();
        List<Long> before = snapshot();
        actAsCityPublisher();

        ImportResult again = exchange.importDocument(testDocument(), false);

        assertThat(again)
                .extracting(
                        ImportResult::created,
                        ImportResult::updated,
                        ImportResult::unchanged,
                        ImportResult::changedAnything)
                .containsExactly(0, 0, 3, false);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(auditLog.entries()).isEmpty();
        assertThat(heard).isEmpty();
    }

    @Test
    void aMatterThatChangedGetsANewVersion() throws Exception {
        importTestCatalogue();
        CatalogueDocument changed = replaceMatter(testDocument(), 1, m -> TestMatters.promised(m, 2));
        actAsCityPublisher();

        ImportResult result = exchange.importDocument(changed, false);

        assertThat(result)
                .extracting(ImportResult::updated, ImportResult::unchanged)
                .containsExactly(1, 2);
        assertThat(editing.history(LIXIA_CODE))
                .extracting(GuideVersion::version, GuideVersion::status)
                .containsExactly(tuple(1, GuideStatus.SUPERSEDED), tuple(2, GuideStatus.PUBLISHED));
        assertThat(catalogue.publishedMatter(LIXIA_CODE).orElseThrow().limits().promised())
                .isEqualTo(Limit.workingDays(2));
        assertThat(heard).containsExactly("published " + LIXIA_CODE);
        assertThat(auditLog.entries())
                .extracting(RecordingAuditLog.Recorded::action, RecordingAuditLog.Recorded::target)
                .containsExactly(
                        tuple("guide.supersede", "guide/" + LIXIA_CODE + "/1"),
                        tuple("guide.import", "guide/" + LIXIA_CODE + "/2"),
                        tuple("guide.publish", "guide/" + LIXIA_CODE + "/2"),
                        tuple("catalogue.import", "matter/" + LIXIA_CODE),
                        tuple("catalogue.import", "catalogue"));
    }

    @Test
    void aFileWithoutImplementingBodiesImportsWithTheDepartmentAsBodyAndAWarningPerMatter() throws Exception {
        ObjectNode root = testJson();
        root.withArray("matters").forEach(m -> ((ObjectNode) m).remove("authority"));
        actAsCityPublisher();

        ImportResult result = exchange.importDocument(read(root), false);

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings())
                .extracting(ValidationError::location)
                .containsExactly("matters[0].authority", "matters[1].authority", "matters[2].authority");
        assertThat(catalogue.publishedMatter(CITY_CODE).orElseThrow().authority())
                .isEqualTo(org.tongban.catalogue.MatterAuthority.HANDLING_DEPARTMENT);
        // Imported again, now with the authority written out, nothing changes: the default is the same content.
        assertThat(exchange.importDocument(read(testJson()), false).unchanged()).isEqualTo(3);
    }

    @Test
    void aFileWithOneBadRowChangesNothing() throws Exception {
        importTestCatalogue();
        List<Long> before = snapshot();
        CatalogueDocument document = testDocument();
        document = replaceMatter(document, 0, m -> TestMatters.named(m, "食品经营许可（新办，已修订）"));
        document = replaceMatter(document, 2, m -> TestMatters.promised(m, 30));
        actAsCityPublisher();

        ImportResult result = exchange.importDocument(document, false);

        assertThat(result.errors())
                .extracting(ValidationError::toString)
                .containsExactly("matters[2].limits.promised：承诺时限（30 个工作日）不能超过法定时限（0 个工作日）");
        assertThat(result.created() + result.updated()).isZero();
        assertThat(snapshot()).isEqualTo(before);
        assertThat(catalogue.publishedMatter(CITY_CODE).orElseThrow().name()).isEqualTo("食品经营许可（新办）");
        assertThat(auditLog.entries()).isEmpty();
    }

    @Test
    void everyContentRuleIsReportedWithItsLocation() throws Exception {
        ObjectNode root = testJson();
        ObjectNode department = (ObjectNode) root.withArray("departments").get(1);
        department.put("code", "370100-SJJ");
        ObjectNode matter = (ObjectNode) root.withArray("matters").get(0);
        matter.put("name", "长".repeat(201));
        matter.put("legalBasis", "依".repeat(20_001));
        ((ObjectNode) matter.get("limits").get("legal")).put("amount", 3651);
        matter.put("visits", 10);
        matter.put("department", "370100-NOPE");
        ObjectNode material = (ObjectNode) matter.withArray("materials").get(0);
        material.put("name", "");
        material.putObject("blankForm")
                .put("fileName", "表格.exe")
                .put("contentType", "application/pdf")
                .put("base64", Base64.getEncoder().encodeToString("MZ not a pdf".getBytes(StandardCharsets.US_ASCII)));
        ObjectNode sample = ((ObjectNode) matter.withArray("materials").get(1)).putObject("sample");
        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        huge[0] = (byte) 0x89;
        System.arraycopy("PNG\r\n\u001a\n".getBytes(StandardCharsets.ISO_8859_1), 0, huge, 1, 7);
        sample.put("fileName", "样表.png")
                .put("contentType", "image/png")
                .put("base64", Base64.getEncoder().encodeToString(huge));
        ((ObjectNode) root.withArray("matters").get(2)).put("code", LIXIA_CODE);
        ((ArrayNode) root.withArray("faqs").get(1).withArray("matters")).add("370100-NOPE");
        ObjectNode option = (ObjectNode) root.withArray("lifeEvents")
                .get(0)
                .withArray("questions")
                .get(0)
                .withArray("options")
                .get(0);
        ((ObjectNode) option.withArray("addMaterials").get(0)).put("material", "不存在的材料");
        actAsCityPublisher();

        ImportResult result = exchange.importDocument(read(root), false);

        assertThat(result.errors())
                .extracting(ValidationError::toString)
                .containsExactly(
                        "departments[1].code：编码「370100-SJJ」重复（与departments[0]相同）",
                        "matters[0].name：不能超过200个字（当前201个字）",
                        "matters[0].department：部门「370100-NOPE」不存在",
                        "matters[0].legalBasis：不能超过20000个字（当前20001个字）",
                        "matters[0].limits.legal.amount：法定时限应为0到3650之间的整数（当前为3651）",
                        "matters[0].visits：跑动次数应为0到9之间的整数（当前为10）",
                        "matters[0].materials[0].name：不能为空",
                        "matters[0].materials[0].blankForm：附件「表格.exe」的类型不受支持，只接受 PDF、DOC、DOCX、XLS、XLSX、JPG、PNG",
                        "matters[0].materials[1].sample：附件「样表.png」超过5MB（5120 KB）",
                        // Consequences are reported too: the department and the matter left out are missing.
                        "matters[1].department：部门「370102-SJJ」不存在",
                        "matters[2].code：编码「370102-SJJ-XK-001」重复（与matters[1]相同）",
                        "faqs[1].matters[0]：事项「370103-MZJ-QR-001」不存在",
                        "faqs[1].matters[1]：事项「370100-NOPE」不存在",
                        "lifeEvents[0].questions[0].options[0].addMaterials[0].material：事项「370100-SJJ-XK-001」没有名为「不存在的材料」的材料");
        assertThat(snapshot()).containsOnly(0L);
    }

    @Test
    void theFormatItselfIsCheckedWhenReading() {
        String text =
                """
                {"format": "tongban-catalogue/2", "matters": [{"code": "A-1", "nmae": "拼错的字段", "type": "行政审批",
                 "legalLimitDays": "二十", "audiences": ["个人"], "status": "approved",
                 "materials": [{"name": "x", "required": "是", "originals": 1, "copies": 0,
                                "blankForm": {"fileName": "a.pdf", "contentType": "application/pdf", "base64": "不是base64"}}]}],
                 "extra": 1}
                """;

        assertThatThrownBy(() -> json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(CatalogueFormatException.class, e -> assertThat(e.errors())
                        .extracting(ValidationError::toString)
                        .contains(
                                "extra：未知的字段",
                                "format：应为 \"tongban-catalogue/1\"（当前为 \"tongban-catalogue/2\"）",
                                "matters[0].nmae：未知的字段",
                                "matters[0].type：「行政审批」不是有效的事项类型，可选：行政许可、行政确认、行政给付、行政裁决、其他行政权力、公共服务、行政奖励、行政备案",
                                "matters[0].audiences[0]：「个人」不是有效的服务对象，可选：自然人、法人",
                                "matters[0].legalLimitDays：应为整数",
                                "matters[0].promisedLimitDays：缺少此项（应为整数）",
                                "matters[0].materials[0].required：应为 true 或 false",
                                "matters[0].materials[0].blankForm.base64：不是有效的 Base64 内容",
                                "matters[0].status：「approved」不是有效的状态，可选：draft、published"));
    }

    @Test
    void malformedJsonNamesTheLineAndColumn() {
        byte[] broken = "{\n  \"format\": \"tongban-catalogue/1\",\n  \"matters\": [ { \"code\": } ]\n}"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> exchange.read(exchange.codec("JSON").orElseThrow(), new ByteArrayInputStream(broken)))
                .isInstanceOfSatisfying(
                        CatalogueFormatException.class,
                        e -> assertThat(e.errors().getFirst().location()).isEqualTo("第3行第26列"));
    }

    @Test
    void anEditorMayImportOnlyForTheirDistrictAndPublishOnlyWithThePermission() throws Exception {
        actAsLixiaEditor();

        ImportResult result = exchange.importDocument(testDocument(), false);

        assertThat(result.errors())
                .extracting(ValidationError::toString)
                .contains(
                        "departments[0].jurisdiction：无权编辑「济南市（370100）」的事项目录（需要 catalogue:edit 权限）",
                        "matters[1].jurisdiction：无权发布「历下区（370102）」的事项目录（需要 catalogue:publish 权限）",
                        "matters[2].jurisdiction：无权编辑「市中区（370103）」的事项目录（需要 catalogue:edit 权限）")
                .doesNotContain("matters[1].jurisdiction：无权编辑「历下区（370102）」的事项目录（需要 catalogue:edit 权限）");
        assertThat(snapshot()).containsOnly(0L);

        accessControl.logOut();
        assertThat(exchange.importDocument(testDocument(), false).ok()).isFalse();
        assertThat(snapshot()).containsOnly(0L);
    }

    @Test
    void errorsAreLocatedInTheSourceFileWhenTheCodecKnowsWhereAnElementCameFrom() throws Exception {
        CatalogueDocument document = replaceMatter(testDocument(), 2, m -> TestMatters.promised(m, 30));
        CatalogueDocument fromSheet = new CatalogueDocument(
                document.departments(),
                document.matters(),
                document.faqs(),
                document.lifeEvents(),
                document.attachments(),
                Map.of("matters[2]", "事项表第4行"));
        actAsCityPublisher();

        assertThat(exchange.check(fromSheet, false).errors())
                .extracting(ValidationError::toString)
                .containsExactly("事项表第4行.limits.promised：承诺时限（30 个工作日）不能超过法定时限（0 个工作日）");
    }

    @Test
    void checkCountsWithoutWriting() throws Exception {
        actAsCityPublisher();

        ImportResult dryRun = exchange.check(testDocument(), true);

        assertThat(dryRun)
                .extracting(ImportResult::created, ImportResult::faqsChanged)
                .containsExactly(3, 2);
        assertThat(snapshot()).containsOnly(0L);
    }

    @Test
    void anExportImportsBackWithoutChangesAndKeepsScriptTextAsTyped() throws Exception {
        importTestCatalogue();
        actAsLixiaEditor();
        Matter draft =
                TestMatters.named(catalogue.publishedMatter(LIXIA_CODE).orElseThrow(), "<script>alert(1)</script>许可");
        editing.saveDraft(draft, null);
        List<Long> before = snapshot();

        actAsCityPublisher();
        CatalogueDocument exported = exchange.exportDocument(JINAN);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        json.write(exported, file);
        CatalogueDocument reread = json.read(new ByteArrayInputStream(file.toByteArray()));

        assertThat(reread.matters())
                .extracting(m -> m.matter().code(), DocumentMatter::status)
                .containsExactly(
                        tuple(CITY_CODE, GuideStatus.PUBLISHED),
                        tuple(LIXIA_CODE, GuideStatus.DRAFT),
                        tuple(SHIZHONG_CODE, GuideStatus.PUBLISHED));
        assertThat(reread.matters().get(1).matter()).isEqualTo(draft);
        assertThat(reread.matters().get(1).matter().materials().get(3).note())
                .isEqualTo("<script>alert('x')</script> 从业人员健康证明");
        ImportResult result = exchange.importDocument(reread, false);
        assertThat(result.changedAnything()).isFalse();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void thePublicExportHoldsPublishedGuidesOnly() throws Exception {
        importTestCatalogue();
        actAsLixiaEditor();
        editing.saveDraft(
                TestMatters.named(catalogue.publishedMatter(LIXIA_CODE).orElseThrow(), "草稿名称"), null);
        accessControl.logOut();

        CatalogueDocument exported = exchange.exportDocument(LIXIA);

        assertThat(exported.matters()).extracting(m -> m.matter().name()).containsExactly("食品经营许可（新办）");
        assertThat(exported.departments()).extracting(d -> d.code()).containsExactly("370102-SJJ");
    }

    @Test
    void demoDataIsLoadedOnceIntoAnEmptyCatalogueAsTheSystem() throws Exception {
        CatalogueContext context = new CatalogueContext(
                database(), accessControl, auditLog, jurisdictions, CatalogueEvents.NONE, workflows);
        try (InputStream in = getClass().getResourceAsStream(TEST_CATALOGUE)) {
            assertThat(DemoCatalogueLoader.load(context, in, "test")
                            .orElseThrow()
                            .created())
                    .isEqualTo(3);
        }
        assertThat(catalogue.publishedMatter(SHIZHONG_CODE)).isPresent();
        assertThat(auditLog.entries())
                .extracting(RecordingAuditLog.Recorded::action)
                .contains("catalogue.import");
        actAsCityPublisher();
        assertThat(editing.latest(SHIZHONG_CODE).orElseThrow().version().author())
                .isEqualTo("system");
        List<Long> loaded = snapshot();
        try (InputStream in = getClass().getResourceAsStream(TEST_CATALOGUE)) {
            assertThat(DemoCatalogueLoader.load(context, in, "test")).isEmpty();
        }
        assertThat(snapshot()).isEqualTo(loaded);
    }

    private ObjectNode testJson() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(TEST_CATALOGUE)) {
            return (ObjectNode) JsonCatalogueCodec.MAPPER.readTree(in);
        }
    }

    private CatalogueDocument read(ObjectNode root) throws IOException {
        return json.read(new ByteArrayInputStream(JsonCatalogueCodec.MAPPER.writeValueAsBytes(root)));
    }

    private static CatalogueDocument replaceMatter(
            CatalogueDocument document, int index, UnaryOperator<Matter> change) {
        List<DocumentMatter> matters = new ArrayList<>(document.matters());
        DocumentMatter old = matters.get(index);
        matters.set(index, new DocumentMatter(change.apply(old.matter()), old.status()));
        return new CatalogueDocument(
                document.departments(), matters, document.faqs(), document.lifeEvents(), document.attachments());
    }
}
