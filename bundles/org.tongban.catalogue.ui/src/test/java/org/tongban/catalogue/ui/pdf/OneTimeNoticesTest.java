package org.tongban.catalogue.ui.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.ui.fixtures.Samples;

class OneTimeNoticesTest {

    private final OneTimeNotice notice =
            OneTimeNotices.of(Samples.foodLicence(), "历下区市场监督管理局", "历下区", LocalDate.of(2026, 1, 5));

    private NoticeBlock block(String heading) {
        return notice.blocks().stream()
                .filter(b -> b.heading().equals(heading))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void listsEveryMaterialWithCountsAndWhatMayBeMissingOrFetched() {
        NoticeBlock.Table materials = (NoticeBlock.Table) block("申请材料");

        assertThat(materials.rows()).hasSize(3);
        assertThat(materials.rows().get(0))
                .containsExactly("1", "食品经营许可申请书", "必需", "原件 1 份\n复印件 0 份", "原件，纸质或电子；申请人签字（盖章）");
        assertThat(materials.rows().get(1).get(4)).isEqualTo("复印件，纸质；免提交（调取电子证照：营业执照）");
        assertThat(materials.rows().get(2).get(4)).contains("容缺");
        assertThat(materials.relativeWidths()).hasSize(materials.columns().size());
    }

    @Test
    void statesLimitsFeesAndTheSpecialStepsOutsideTheClock() {
        List<NoticeBlock.Fact> basics = ((NoticeBlock.Facts) block("基本信息")).facts();

        assertThat(basics)
                .contains(
                        new NoticeBlock.Fact("办理时限", "法定 20 个工作日，承诺 5 个工作日；受理 5 个工作日，送达 10 个工作日"),
                        new NoticeBlock.Fact("收费标准", "不收费"),
                        new NoticeBlock.Fact("到现场次数", "0 次"),
                        new NoticeBlock.Fact("告知承诺", "可以申请告知承诺办理"),
                        new NoticeBlock.Fact("实施主体", "历下区市场监督管理局；权力来源：法定本级"),
                        new NoticeBlock.Fact("承办机构", "历下区 历下区市场监督管理局"));
        assertThat(((NoticeBlock.Steps) block("特别程序（不计入办理时限）")).steps())
                .containsExactly(new NoticeBlock.Fact("现场核查", "现场核查，最长 10 个工作日；必要时进行"));
        assertThat(notice.closing()).contains("2026年1月5日", "容缺", "免提交");
    }

    @Test
    void aMatterThatNeedsTheApplicantInPersonSaysSoWithTheReasonForEachVisit() {
        // 民法典 第一千零七十七条: divorce is applied for, then the certificate asked for after 30 days, both in person.
        OneTimeNotice divorce = OneTimeNotices.of(
                Samples.foodLicence().toBuilder()
                        .visits(2, "冷静期届满后再次共同到场", true)
                        .build(),
                "历下区民政局",
                "历下区",
                LocalDate.of(2026, 1, 5));

        assertThat(((NoticeBlock.Facts) divorce.blocks().getFirst()).facts())
                .contains(new NoticeBlock.Fact("到现场次数", "2 次（冷静期届满后再次共同到场）；须本人到场，不得代办"));
    }

    @Test
    void aChargedMatterNamesItsFeesAndTheFileNameKeepsOnlySafeCharacters() {
        OneTimeNotice charged = OneTimeNotices.of(Samples.cityPermit(), "济南市市场监督管理局", "济南市", LocalDate.of(2026, 1, 5));

        assertThat(((NoticeBlock.Facts) charged.blocks().getFirst()).facts())
                .contains(new NoticeBlock.Fact("收费标准", "检验费：每台 300 元（依据：鲁价费发〔2020〕1号）"));
        assertThat(OneTimeNotices.fileName(Samples.cityPermit())).isEqualTo("一次性告知书-370100-SJJ-XK-009.pdf");
    }

    @Test
    void thePrintedNoticeCarriesTheGuideText() throws IOException {
        byte[] pdf = NoticePdf.bytes(notice);
        java.nio.file.Files.write(java.nio.file.Path.of("target/one-time-notice-food-licence.pdf"), pdf);
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }

        assertThat(text.toString())
                .contains("食品经营许可（新办）", "一次性告知书", "370102-SJJ-XK-001")
                .contains("<b>食品安全管理制度</b>", "历下区政务服务中心二楼", "《中华人民共和国食品安全法》第三十五条");
    }

    @Test
    void theNoticeNamesTheImplementingBodyTheChannelsAndTheIntermediaryServices() {
        OneTimeNotice notice = OneTimeNotices.of(
                org.tongban.catalogue.ui.fixtures.Samples.foodLicenceWithAuthority(),
                "历下区市场监督管理局",
                "历下区",
                LocalDate.of(2026, 1, 5));

        List<NoticeBlock.Fact> basics = ((NoticeBlock.Facts) notice.blocks().getFirst()).facts();
        assertThat(basics)
                .contains(new NoticeBlock.Fact("实施主体", "济南市历下区人民政府（统一社会信用代码 11370102MB00024688）；权力来源：委托（济南市人民政府）"));
        assertThat(notice.blocks())
                .filteredOn(b -> b instanceof NoticeBlock.Facts f && f.heading().equals("监督投诉"))
                .singleElement()
                .satisfies(b -> assertThat(((NoticeBlock.Facts) b).facts())
                        .containsExactly(
                                new NoticeBlock.Fact("投诉电话", "12345"),
                                new NoticeBlock.Fact("其他渠道", "https://12345.jinan.gov.cn")));
        assertThat(notice.blocks())
                .filteredOn(b -> b instanceof NoticeBlock.Facts f && f.heading().equals("办理地点与时间"))
                .singleElement()
                .satisfies(b -> assertThat(((NoticeBlock.Facts) b).facts())
                        .contains(new NoticeBlock.Fact("咨询渠道", "0531-86000001；历下区政务服务中心一楼咨询台")));
        assertThat(notice.blocks())
                .filteredOn(
                        b -> b instanceof NoticeBlock.Steps st && st.heading().equals("中介服务"))
                .singleElement()
                .satisfies(b -> assertThat(((NoticeBlock.Steps) b).steps())
                        .extracting(NoticeBlock.Fact::label)
                        .containsExactly("施工图设计文件审查", "食品经营场所平面图绘制"));
        assertThat(notice.blocks())
                .filteredOn(
                        b -> b instanceof NoticeBlock.Steps st && st.heading().equals("办理流程"))
                .singleElement()
                .satisfies(b -> assertThat(((NoticeBlock.Steps) b).steps())
                        .contains(new NoticeBlock.Fact("受理", "时限：1 个工作日。窗口审查材料")));
    }
}
