package org.tongban.catalogue.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.CatalogueDocument;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.Limit;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.ValidationError;

class XlsxRoundTripTest {

    @Test
    void demoCatalogueSurvivesJsonToExcelAndBack() throws Exception {
        CatalogueDocument demo = DemoCatalogue.document();
        byte[] workbook = Workbooks.write(demo);

        CatalogueDocument back = new XlsxCatalogueCodec().read(new ByteArrayInputStream(workbook));

        assertThat(back.departments()).isEqualTo(demo.departments());
        assertThat(back.matters()).isEqualTo(demo.matters());
        assertThat(back.faqs()).isEqualTo(demo.faqs());
        assertThat(back.lifeEvents()).isEqualTo(demo.lifeEvents());
        assertThat(back.attachments()).hasSameSizeAs(demo.attachments());
        demo.attachments()
                .forEach((id, bytes) -> assertThat(back.attachments().get(id)).isEqualTo(bytes));
        assertThat(DemoCatalogue.json(back)).isEqualTo(DemoCatalogue.json(demo));
    }

    @Test
    void demoCatalogueIsLargeEnoughToShowEveryFeature() throws Exception {
        CatalogueDocument demo = DemoCatalogue.document();
        assertThat(demo.matters()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(demo.departments()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(demo.faqs()).hasSizeGreaterThanOrEqualTo(200);
        assertThat(demo.lifeEvents()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(demo.matters()).allSatisfy(m -> assertThat(m.status()).isEqualTo(GuideStatus.PUBLISHED));
        assertThat(demo.matters().stream().map(m -> m.matter().type()).distinct())
                .hasSize(7);
        assertThat(demo.matters())
                .allSatisfy(m -> assertThat(m.matter().limits().promised()).isNotNull());
        Map<String, Long> levels = demo.matters().stream()
                .map(m -> m.matter())
                .collect(java.util.stream.Collectors.groupingBy(
                        Matter::baseCode,
                        java.util.stream.Collectors.mapping(
                                m -> m.jurisdictionCode().equals("370100") ? "city" : "district",
                                java.util.stream.Collectors.collectingAndThen(
                                        java.util.stream.Collectors.toSet(), s -> (long) s.size()))));
        assertThat(levels.values().stream().filter(n -> n == 2)).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void aDepartmentsCreditCodeSurvivesTheWorkbook() throws Exception {
        // 国家市场监督管理总局's unified social credit code, as published.
        CatalogueDocument document = new CatalogueDocument(
                java.util.List.of(new org.tongban.catalogue.Department(
                        "370100-SJJ", "济南市市场监督管理局", "370100", null, "11100000MB0143028R")),
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(),
                null);

        CatalogueDocument back = new XlsxCatalogueCodec().read(new ByteArrayInputStream(Workbooks.write(document)));

        assertThat(back.departments()).isEqualTo(document.departments());
    }

    @Test
    void readDocumentNamesSheetRowAndColumnForTheImporter() throws Exception {
        CatalogueDocument back = new XlsxCatalogueCodec().read(new ByteArrayInputStream(Workbooks.demo()));

        assertThat(back.origins())
                .containsEntry("matters[0]", "事项 工作表 第 2 行")
                .containsEntry("matters[0].limits.legal", "事项 工作表 第 2 行 “法定时限”")
                .containsEntry("matters[0].materials[1].name", "材料 工作表 第 3 行 “材料名称”")
                .containsEntry("faqs[4].answer", "常见问题 工作表 第 6 行 “回答”")
                .containsEntry("lifeEvents[0].questions[0].options[1].label", "情形 工作表 第 3 行 “选项”");
    }

    @Test
    void valuesTypedAsNumbersInExcelReadLikeText() throws Exception {
        byte[] workbook = Workbooks.edit(Workbooks.demo(), wb -> {
            Workbooks.setNumber(wb, "事项", 1, "行政区划", 370100);
            Workbooks.setNumber(wb, "事项", 1, "法定时限", 3);
            Workbooks.setNumber(wb, "材料", 1, "原件份数", 2.0);
        });

        CatalogueDocument back = new XlsxCatalogueCodec().read(new ByteArrayInputStream(workbook));

        Matter first = back.matters().getFirst().matter();
        assertThat(first.jurisdictionCode()).isEqualTo("370100");
        // A plain number is how limits were written before they had units: working days, with a warning.
        assertThat(first.limits().legal()).isEqualTo(Limit.workingDays(3));
        assertThat(back.warnings())
                .extracting(ValidationError::toString)
                .containsExactly("事项 工作表 第 2 行 “法定时限”：时限只填了数字，已按工作日读取（法定 3 个工作日，承诺 1 个工作日）；请核对单位");
        assertThat(first.materials().getFirst().originals()).isEqualTo(2);
    }

    @Test
    void aWorkbookWrittenBeforeTheImplementingBodyColumnsReadsWithAWarningPerMatter() throws Exception {
        byte[] workbook = Workbooks.edit(Workbooks.demo(), wb -> {
            for (String header : java.util.List.of(
                    "国家基本编码", "国家实施编码", "实施主体", "实施主体信用代码", "权力来源", "下放或委托机关", "联办机构", "咨询其他渠道", "投诉电话")) {
                Workbooks.dropColumn(wb, "事项", header);
            }
            Workbooks.dropColumn(wb, "办理步骤", "环节时限");
            wb.removeSheetAt(wb.getSheetIndex("中介服务"));
        });

        CatalogueDocument back = new XlsxCatalogueCodec().read(new ByteArrayInputStream(workbook));

        assertThat(back.warnings()).hasSize(back.matters().size());
        assertThat(back.warnings().getFirst().toString())
                .isEqualTo("事项 工作表 第 2 行 “部门”：旧格式没有实施主体，已按“承办机构即实施主体、权力来源为法定本级、无联办机构”读取；请核对");
        Matter first = back.matters().getFirst().matter();
        assertThat(first.authority()).isEqualTo(org.tongban.catalogue.MatterAuthority.HANDLING_DEPARTMENT);
        assertThat(first.consultation().phone()).isEqualTo("0531-66603100（示例）");
        assertThat(first.complaint().phone()).isNull();
        assertThat(first.complaint().other()).isEqualTo("济南市行政审批服务局监督电话 0531-66603100（示例）");
    }

    @Test
    void theImplementingBodyAndIntermediariesAreOnTheirColumnsAndSheet() throws Exception {
        byte[] workbook = Workbooks.demo();
        CatalogueDocument back = new XlsxCatalogueCodec().read(new ByteArrayInputStream(workbook));

        Matter eia = back.matters().stream()
                .map(m -> m.matter())
                .filter(m -> m.code().equals("370100-XSP-XK-015"))
                .findFirst()
                .orElseThrow();
        assertThat(eia.nationalCodes().implementationCode())
                .hasSize(31)
                .endsWith(eia.nationalCodes().baseCode());
        assertThat(eia.intermediaries()).extracting(i -> i.name()).containsExactly("环境影响评价报告表编制");
        assertThat(eia.steps().stream().filter(s -> s.limit() != null)).hasSize(3);
        assertThat(back.warnings()).isEmpty();
    }
}
