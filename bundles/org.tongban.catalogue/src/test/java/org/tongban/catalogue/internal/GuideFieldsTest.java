package org.tongban.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.ContactChannel;
import org.tongban.catalogue.FieldDifference;
import org.tongban.catalogue.IntermediaryService;
import org.tongban.catalogue.Limit;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterAuthority;
import org.tongban.catalogue.NationalCodes;
import org.tongban.catalogue.PowerSource;
import org.tongban.catalogue.Step;

/** The 实施清单 elements in the diff of two versions and in the consistency report's comparison. */
class GuideFieldsTest {
    private final Matter before = TestMatters.licence("370100-ZRZY-CJ-001", "370100", "370100-ZRZY");

    @Test
    void everyNewElementShowsAsADifference() {
        Matter after = before.toBuilder()
                .nationalCodes(new NationalCodes("000123004000", null))
                .authority(new MatterAuthority(
                        "济南市人民政府", "11100000MB0143028R", PowerSource.STATUTORY, null, List.of("370100-ZJJ")))
                .intermediaries(List.of(new IntermediaryService("环境影响评价报告表编制", null, false)))
                .consultation(new ContactChannel("0531-12345678", "一楼咨询台"))
                .complaint(new ContactChannel("12345", null))
                .steps(List.of(new Step("申请", "提交申请材料", Limit.workingDays(1))))
                .build();

        assertThat(GuideFields.diff(before, after))
                .extracting(FieldDifference::field)
                .contains("国家基本编码", "实施主体", "实施主体统一社会信用代码", "联办机构", "中介服务", "咨询渠道", "监督投诉渠道", "办理流程第1步");
        assertThat(GuideFields.diff(before, after))
                .contains(
                        new FieldDifference("实施主体", "承办机构", "济南市人民政府"),
                        new FieldDifference("中介服务", "", "环境影响评价报告表编制（非法定）"),
                        new FieldDifference("办理流程第1步", "申请：提交申请材料", "申请（1 个工作日）：提交申请材料"));
    }

    @Test
    void implementationsOfOneMatterMustShareTheNationalBaseCodeAndIntermediaries() {
        Matter other = before.toBuilder()
                .nationalCodes(new NationalCodes("000123004000", null))
                .intermediaries(List.of(new IntermediaryService("施工图设计文件审查", "《建设工程质量管理条例》第十一条", true)))
                .build();
        assertThat(GuideFields.standard(other)).containsEntry("国家基本编码", "000123004000");
        assertThat(GuideFields.standard(other)).containsEntry("中介服务", "施工图设计文件审查（法定，《建设工程质量管理条例》第十一条）");
        assertThat(GuideFields.standard(before)).containsEntry("国家基本编码", "").containsEntry("中介服务", "");
    }
}
