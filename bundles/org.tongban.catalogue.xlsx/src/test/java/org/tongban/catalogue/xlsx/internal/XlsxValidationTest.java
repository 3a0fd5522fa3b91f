package org.tongban.catalogue.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.CatalogueFormatException;
import org.tongban.catalogue.ValidationError;

class XlsxValidationTest {

    private static List<String> errorsAfter(Consumer<XSSFWorkbook> change) throws Exception {
        byte[] workbook = Workbooks.edit(Workbooks.demo(), change);
        CatalogueFormatException e = catchThrowableOfType(CatalogueFormatException.class, () -> new XlsxCatalogueCodec()
                .read(new ByteArrayInputStream(workbook)));
        assertThat(e).as("the workbook must be refused").isNotNull();
        return e.errors().stream().map(ValidationError::toString).toList();
    }

    @Test
    void limitOutOfRangeIsLocatedBySheetRowAndColumn() throws Exception {
        assertThat(errorsAfter(wb -> Workbooks.set(wb, "事项", 11, "法定时限", "5000")))
                .containsExactly("事项 工作表 第 12 行 “法定时限”：数量必须是 0-3650（当前为「5000」）");
    }

    @Test
    void anExtensionNeedsItsCountAndABadApproverIsNamed() throws Exception {
        assertThat(errorsAfter(wb -> {
                    Workbooks.set(wb, "事项", 1, "延期时限", "10 个工作日");
                    Workbooks.set(wb, "事项", 2, "延期次数", "1");
                    Workbooks.set(wb, "事项", 2, "延期时限", "10 个工作日");
                    Workbooks.set(wb, "事项", 2, "延期审批", "科长");
                }))
                .containsExactly(
                        "事项 工作表 第 2 行 “延期次数”：填写了延期时限或审批层级，请同时填写延期次数（1-9）",
                        "事项 工作表 第 3 行 “延期审批”：「科长」不是有效的延期审批层级，可选：本机关负责人、上级机关、本级人民政府");
    }

    @Test
    void everyBadCellIsReportedNotOnlyTheFirst() throws Exception {
        List<String> errors = errorsAfter(wb -> {
            Workbooks.set(wb, "事项", 1, "承诺时限", "三天");
            Workbooks.set(wb, "事项", 2, "事项类型", "行政审批");
            Workbooks.set(wb, "事项", 3, "即办件", "可以");
            Workbooks.set(wb, "事项", 4, "跑动次数", "10");
            Workbooks.set(wb, "特别程序", 1, "类型", "抽查");
        });

        assertThat(errors)
                .hasSize(5)
                .contains("事项 工作表 第 2 行 “承诺时限”：「三天」不是有效的时限，应为数量加单位，例如“20 个工作日”“60 日”“3 个月”“24 小时”，可在括号中加说明")
                .contains("事项 工作表 第 4 行 “即办件”：应填写“是”或“否”（当前为「可以」）")
                .contains("事项 工作表 第 5 行 “跑动次数”：必须是 0-9 的整数（当前为「10」）");
        assertThat(errors).anyMatch(e -> e.startsWith("事项 工作表 第 3 行 “事项类型”：「行政审批」不是有效的事项类型") && e.contains("行政许可"));
        assertThat(errors).anyMatch(e -> e.startsWith("特别程序 工作表 第 2 行 “类型”：「抽查」"));
    }

    @Test
    void unknownSheetsAndColumnsAreRefusedLikeUnknownKeys() throws Exception {
        List<String> errors = errorsAfter(wb -> {
            wb.createSheet("草稿箱");
            wb.getSheet("收费").getRow(0).createCell(10).setCellValue("优惠政策");
        });

        assertThat(errors).anyMatch(e -> e.startsWith("工作表「草稿箱」：不是目录的工作表"));
        assertThat(errors).anyMatch(e -> e.startsWith("收费 工作表 第 1 行：未知的列「优惠政策」"));
    }

    @Test
    void missingKeyColumnIsNamed() throws Exception {
        assertThat(errorsAfter(wb -> wb.getSheet("材料").getRow(0).getCell(0).setCellValue("事项名称")))
                .anyMatch(e -> e.equals("材料 工作表 第 1 行：缺少列「事项编码」"));
    }

    @Test
    void partRowsMustBelongToAMatterOfTheWorkbook() throws Exception {
        assertThat(errorsAfter(wb -> Workbooks.set(wb, "办理步骤", 3, "事项编码", "370100-XSP-XK-999")))
                .containsExactly("办理步骤 工作表 第 4 行 “事项编码”：事项「370100-XSP-XK-999」不在“事项”工作表中");
    }

    @Test
    void materialReferencesOfSituationsNeedCodeAndName() throws Exception {
        assertThat(errorsAfter(wb -> Workbooks.set(wb, "情形", 3, "增加材料", "房屋租赁合同")))
                .containsExactly("情形 工作表 第 4 行 “增加材料”：每行应为“事项编码：材料名称”（当前为「房屋租赁合同」）");
    }

    @Test
    void attachmentNumbersMustExist() throws Exception {
        assertThat(errorsAfter(wb -> Workbooks.set(wb, "材料", 1, "空白表格", "F999")))
                .containsExactly("材料 工作表 第 2 行 “空白表格”：附件「F999」不在“附件”工作表中");
    }

    @Test
    void statusIsDraftOrPublished() throws Exception {
        assertThat(errorsAfter(wb -> Workbooks.set(wb, "事项", 1, "状态", "published")))
                .containsExactly("事项 工作表 第 2 行 “状态”：「published」不是有效的状态，可选：草稿、已发布");
    }
}
