package org.tongban.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.ApproverLevel;
import org.tongban.catalogue.CatalogueDocument;
import org.tongban.catalogue.Extension;
import org.tongban.catalogue.GuideLimits;
import org.tongban.catalogue.ImportResult;
import org.tongban.catalogue.Limit;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterQuery;
import org.tongban.catalogue.ValidationError;
import org.tongban.testing.Jinan;

/** Limits with units: saved, listed, exported and imported, and older files without units. */
abstract class LimitsContract extends CatalogueTestBase {
    private static final String CITY_CODE = "370100-SJJ-XK-001";

    // 居民身份证法 第十二条: 60 日; 行政许可法 第四十二条: extended once by 10 working days by the head of the agency.
    private static final GuideLimits ID_CARD = new GuideLimits(
            Limit.naturalDays(60).withNote("居民身份证法 第十二条"),
            Limit.workingDays(15),
            GuideLimits.ACCEPTANCE_DEFAULT,
            Limit.naturalDays(10),
            new Extension(1, Limit.workingDays(10), ApproverLevel.AGENCY_HEAD));

    @Test
    void limitsKeepTheirUnitsThroughSavePublishListAndExport() throws Exception {
        departments();
        actAsCityPublisher();
        Matter matter = TestMatters.licence(CITY_CODE, Jinan.JINAN, "370100-SJJ").toBuilder()
                .limits(ID_CARD)
                .build();
        editing.saveDraft(matter, null);
        editing.submit(CITY_CODE, null);
        editing.publish(CITY_CODE, null);

        assertThat(catalogue.publishedMatter(CITY_CODE).orElseThrow().limits()).isEqualTo(ID_CARD);
        assertThat(catalogue.publishedMatters(MatterQuery.of(Jinan.JINAN)).items())
                .singleElement()
                .satisfies(s -> assertThat(s.promisedLimit().text()).isEqualTo("15 个工作日"));

        CatalogueDocument exported = exchange.exportDocument(Jinan.JINAN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(exported, out);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"unit\" : \"日\"")
                .contains("\"approver\" : \"本机关负责人\"");
        CatalogueDocument again = json.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(again.matters().getFirst().matter().limits()).isEqualTo(ID_CARD);
        assertThat(again.warnings()).isEmpty();
    }

    @Test
    void anOlderFileWithPlainDaysImportsAsWorkingDaysWithAWarningPerMatter() throws Exception {
        ObjectNode root = testJson();
        root.withArray("matters").forEach(node -> {
            ObjectNode m = (ObjectNode) node;
            ObjectNode limits = (ObjectNode) m.remove("limits");
            m.put("legalLimitDays", limits.get("legal").get("amount").intValue());
            m.put("promisedLimitDays", limits.get("promised").get("amount").intValue());
        });
        actAsCityPublisher();

        ImportResult result = exchange.importDocument(read(root), false);

        assertThat(result.ok()).isTrue();
        assertThat(result.created()).isEqualTo(3);
        assertThat(result.warnings())
                .extracting(ValidationError::toString)
                .containsExactly(
                        "matters[0].legalLimitDays：旧格式的时限没有单位，已按工作日读取（法定 20 个工作日，承诺 5 个工作日），受理时限和送达时限取默认值；请核对单位",
                        "matters[1].legalLimitDays：旧格式的时限没有单位，已按工作日读取（法定 20 个工作日，承诺 3 个工作日），受理时限和送达时限取默认值；请核对单位",
                        "matters[2].legalLimitDays：旧格式的时限没有单位，已按工作日读取（法定 0 个工作日，承诺 0 个工作日），受理时限和送达时限取默认值；请核对单位");
        assertThat(catalogue.publishedMatter(CITY_CODE).orElseThrow().limits())
                .isEqualTo(GuideLimits.workingDays(20, 5));
    }

    @Test
    void aPromisedLimitThatMayOutrunTheLegalOneInAnotherUnitIsRefused() throws Exception {
        ObjectNode root = testJson();
        ObjectNode limits = (ObjectNode) root.withArray("matters").get(0).get("limits");
        ((ObjectNode) limits.get("legal")).put("amount", 15).put("unit", "日");
        ((ObjectNode) limits.get("promised")).put("amount", 7).put("unit", "工作日");
        ((ObjectNode) root.withArray("matters").get(1).get("limits").get("legal"))
                .put("amount", 1)
                .put("unit", "月");
        actAsCityPublisher();

        ImportResult result = exchange.importDocument(read(root), false);

        assertThat(result.errors())
                .extracting(ValidationError::toString)
                .containsExactly("matters[0].limits.promised：承诺时限（7 个工作日）与法定时限（15 日）单位不同，遇节假日时可能超过法定时限；请改用与法定时限相同的单位");
        assertThat(snapshot()).containsOnly(0L);
    }

    @Test
    void anExtensionNeedsACountAnAmountAndAnApprover() throws Exception {
        ObjectNode root = testJson();
        ObjectNode limits = (ObjectNode) root.withArray("matters").get(0).get("limits");
        limits.putObject("extension")
                .put("count", 0)
                .putObject("amount")
                .put("amount", 0)
                .put("unit", "工作日");
        actAsCityPublisher();

        ImportResult result = exchange.check(read(root), false);

        assertThat(result.errors())
                .extracting(ValidationError::toString)
                .containsExactly(
                        "matters[0].limits.extension.count：延期次数应为1到9之间的整数（当前为0）",
                        "matters[0].limits.extension.amount：延期时限不能为0",
                        "matters[0].limits.extension.approver：请选择延期审批层级");
    }

    @Test
    void aLimitWithoutAUnitIsAFormatError() throws Exception {
        ObjectNode root = testJson();
        ((ObjectNode) root.withArray("matters").get(0).get("limits").get("legal")).remove("unit");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(root))
                .isInstanceOfSatisfying(
                        org.tongban.catalogue.CatalogueFormatException.class, e -> assertThat(e.errors())
                                .extracting(ValidationError::toString)
                                .containsExactly("matters[0].limits.legal.unit：缺少时限单位，可选：工作日、工作小时、日、月、小时"));
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
