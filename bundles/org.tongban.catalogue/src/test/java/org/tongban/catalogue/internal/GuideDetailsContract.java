package org.tongban.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.CatalogueDocument;
import org.tongban.catalogue.ImportResult;
import org.tongban.catalogue.Limit;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.MaterialDetails;
import org.tongban.catalogue.MaterialForm;
import org.tongban.catalogue.MaterialSource;
import org.tongban.catalogue.MaterialType;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.ValidationError;
import org.tongban.catalogue.Waiver;

/** Materials as fields (type, form, source, waivers, tolerant intake) and the visit rules, saved and checked. */
abstract class GuideDetailsContract extends CatalogueTestBase {
    private static final String LIXIA_CODE = "370102-SJJ-XK-001";

    @Test
    void materialDetailsAndVisitRulesSurviveImportAndExport() throws Exception {
        ObjectNode root = testJson();
        ObjectNode matter = (ObjectNode) root.withArray("matters").get(1);
        // 民法典 第一千零七十七条: divorce takes two visits, both spouses in person.
        matter.put("visits", 2).put("visitReason", "冷静期届满后再次到场").put("inPersonOnly", true);
        ObjectNode licence = (ObjectNode) matter.withArray("materials").get(1);
        licence.put("type", "原件").put("source", "政府部门核发").put("acceptanceStandard", "在有效期内");
        licence.putArray("forms").add("纸质").add("电子");
        licence.putArray("waivers").add("电子证照").add("告知承诺");
        actAsCityPublisher();

        ImportResult result = exchange.importDocument(read(root), false);

        assertThat(result.errors()).isEmpty();
        Matter saved = catalogue.publishedMatter(LIXIA_CODE).orElseThrow();
        assertThat(saved.visits()).isEqualTo(2);
        assertThat(saved.visitReason()).isEqualTo("冷静期届满后再次到场");
        assertThat(saved.inPersonOnly()).isTrue();
        assertThat(saved.materials().get(1).details())
                .isEqualTo(new MaterialDetails(
                        MaterialType.ORIGINAL,
                        List.of(MaterialForm.PAPER, MaterialForm.ELECTRONIC),
                        MaterialSource.GOVERNMENT,
                        List.of(Waiver.E_CERTIFICATE, Waiver.PLEDGE),
                        null,
                        null,
                        "在有效期内"));
        Material tolerant = saved.materials().get(3);
        assertThat(tolerant.details().supplyDeadline()).isEqualTo(Limit.workingDays(5));
        CatalogueDocument exported = exchange.exportDocument(LIXIA_CODE.substring(0, 6));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        json.write(exported, out);
        assertThat(json.read(new ByteArrayInputStream(out.toByteArray()))
                        .matters()
                        .getFirst()
                        .matter())
                .isEqualTo(saved);
    }

    @Test
    void detailsThatContradictTheCountsOrTheCertificateAreRefused() throws Exception {
        ObjectNode root = testJson();
        ObjectNode matter = (ObjectNode) root.withArray("matters").get(1);
        matter.put("visits", 2);
        ObjectNode form = (ObjectNode) matter.withArray("materials").get(0);
        form.put("type", "复印件").put("supplyDeadline", "5 个工作日");
        ((ObjectNode) matter.withArray("materials").get(2)).putArray("waivers").add("电子证照");
        actAsCityPublisher();

        ImportResult result = exchange.check(read(root), false);

        assertThat(result.errors())
                .extracting(ValidationError::toString)
                .containsExactly(
                        "matters[1].visitReason：需要跑动2次的，须说明理由",
                        "matters[1].materials[0].type：材料类型「复印件」与份数不符（原件1份，复印件0份，应为「原件」）",
                        "matters[1].materials[0].supplyDeadline：只有可容缺受理的材料才填写补交期限和后果",
                        "matters[1].materials[2].waivers：免提交方式包含“电子证照”，请填写电子证照名称");
    }

    @Test
    void aRequiredMaterialTheCitizenCannotHandInOrThatTheHallLooksUpItselfIsRefused() throws Exception {
        ObjectNode root = testJson();
        ObjectNode matter = (ObjectNode) root.withArray("matters").get(1);
        ObjectNode nothing = (ObjectNode) matter.withArray("materials").get(0);
        nothing.put("required", true).put("originals", 0).put("copies", 0).put("format", "纸质");
        nothing.remove("type");
        nothing.putNull("blankForm");
        ObjectNode lookedUp = (ObjectNode) matter.withArray("materials").get(2);
        lookedUp.put("note", "登记机关内部查询");
        actAsCityPublisher();

        ImportResult result = exchange.check(read(root), false);

        assertThat(result.errors())
                .extracting(ValidationError::toString)
                .contains(
                        "matters[1].materials[0].originals：必需材料的原件和复印件都是0份，申请人不知道要交什么：请填写份数，或选择电子载体，或写明免提交方式",
                        "matters[1].materials[2].waivers：材料由部门内部查询或调取，申请人无需提交：免提交方式应包含“数据共享”");

        nothing.put("format", "电子");
        lookedUp.putArray("waivers").add("数据共享");
        assertThat(exchange.check(read(root), false).errors())
                .as("an electronic material, and one fetched through data sharing, are fine")
                .extracting(ValidationError::location)
                .doesNotContain("matters[1].materials[0].originals", "matters[1].materials[2].waivers");
    }

    @Test
    void aTolerantMaterialOfAnOlderFileGetsTheDefaultDeadlineWithAWarning() throws Exception {
        ObjectNode root = testJson();
        ObjectNode health = (ObjectNode)
                root.withArray("matters").get(1).withArray("materials").get(3);
        health.remove("supplyDeadline");
        health.remove("supplyConsequence");
        actAsCityPublisher();

        ImportResult result = exchange.importDocument(read(root), false);

        assertThat(result.ok()).isTrue();
        assertThat(result.warnings())
                .extracting(ValidationError::location)
                .containsExactly("matters[1].materials[3].supplyDeadline");
        assertThat(catalogue
                        .publishedMatter(LIXIA_CODE)
                        .orElseThrow()
                        .materials()
                        .get(3)
                        .details())
                .extracting(MaterialDetails::supplyDeadline, MaterialDetails::supplyConsequence)
                .containsExactly(MaterialDetails.SUPPLY_DEADLINE_DEFAULT, MaterialDetails.SUPPLY_CONSEQUENCE_DEFAULT);
    }

    @Test
    void aDepartmentKeepsItsCreditCodeAndAMistypedOneIsRefused() {
        actAsCityPublisher();
        // 国家市场监督管理总局, as published in the national enterprise credit information system.
        editing.saveDepartment(new org.tongban.catalogue.Department(
                "370100-SJJ", "济南市市场监督管理局", org.tongban.testing.Jinan.JINAN, null, "11100000MB0143028R"));

        assertThat(catalogue.department("370100-SJJ").orElseThrow().creditCode())
                .isEqualTo("11100000MB0143028R");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> editing.saveDepartment(new org.tongban.catalogue.Department(
                                "370100-SJJ",
                                "济南市市场监督管理局",
                                org.tongban.testing.Jinan.JINAN,
                                null,
                                "11100000MB0143028A")))
                .isInstanceOfSatisfying(
                        org.tongban.catalogue.CatalogueValidationException.class, e -> assertThat(e.errors())
                                .extracting(ValidationError::toString)
                                .containsExactly("creditCode：统一社会信用代码校验位不符（应为「R」），请核对是否抄错"));
    }

    private ObjectNode testJson() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(TEST_CATALOGUE)) {
            return (ObjectNode) JsonCatalogueCodec.MAPPER.readTree(in);
        }
    }

    private CatalogueDocument read(ObjectNode root) throws IOException {
        return json.read(new ByteArrayInputStream(JsonCatalogueCodec.MAPPER.writeValueAsBytes(root)));
    }
}
