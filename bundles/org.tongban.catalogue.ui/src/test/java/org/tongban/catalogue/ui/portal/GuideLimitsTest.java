package org.tongban.catalogue.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.catalogue.ui.fixtures.Views.text;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.ApproverLevel;
import org.tongban.catalogue.Extension;
import org.tongban.catalogue.GuideLimits;
import org.tongban.catalogue.Limit;
import org.tongban.catalogue.ui.fixtures.InMemoryCatalogue;
import org.tongban.catalogue.ui.fixtures.Samples;
import org.tongban.testing.TestJurisdictions;
import org.tongban.testing.ui.UiTestSupport;

/** The guide page and the list show every limit with its unit, in the visitor's language, with the real texts. */
class GuideLimitsTest extends UiTestSupport {
    // 护照法 第五条: 15 日; extendable to 30 日 (in remote areas, for special reasons).
    private static final GuideLimits PASSPORT = new GuideLimits(
            Limit.naturalDays(15).withNote("护照法 第五条"),
            Limit.naturalDays(7),
            GuideLimits.ACCEPTANCE_DEFAULT,
            Limit.naturalDays(10),
            new Extension(1, Limit.naturalDays(15), ApproverLevel.AGENCY_HEAD));

    private final TestJurisdictions jurisdictions = new TestJurisdictions();
    private final InMemoryCatalogue catalogue = InMemoryCatalogue.withSamples(jurisdictions);

    GuideLimitsTest() {
        super("i18n/catalogue-ui");
    }

    private GuideView guide() {
        catalogue.publish(Samples.foodLicence().toBuilder().limits(PASSPORT).build());
        GuideView view = new GuideView(catalogue, jurisdictions);
        assertThat(view.show("370102-SJJ-XK-001")).isTrue();
        return view;
    }

    @Test
    void theGuideShowsEachLimitWithItsUnitAndNote() {
        assertThat(text(guide()))
                .contains("法定时限", "15 日（护照法 第五条）")
                .contains("承诺时限", "7 日")
                .contains("受理时限", "5 个工作日（行政许可法 第三十二条）")
                .contains("送达时限", "10 日")
                .contains("可延长 1 次，每次 15 日，经本机关负责人批准")
                .doesNotContain("15 个工作日");
    }

    @Test
    void inEnglishTheUnitsAreTranslatedAndTheLegalNotesKept() {
        ui.setLocale(Locale.ENGLISH);

        assertThat(text(guide()))
                .contains("15 days（护照法 第五条）", "Promised time limit", "7 days")
                .contains("May be extended once by 15 days, approved by the head of the agency");
    }

    @Test
    void aMatterThatCannotBeExtendedSaysSo() {
        catalogue.publish(Samples.foodLicence());
        GuideView view = new GuideView(catalogue, jurisdictions);
        view.show("370102-SJJ-XK-001");

        assertThat(text(view)).contains("20 个工作日", "不可延长");
    }

    @Test
    void materialsShowTheirTypeFormSourceAndTolerantDeadlineAndTheGuideWhoMustComeInPerson() {
        var material = Samples.foodLicence().materials().get(2);
        var tolerant = material.withDetails(new org.tongban.catalogue.MaterialDetails(
                org.tongban.catalogue.MaterialType.ORIGINAL,
                java.util.List.of(org.tongban.catalogue.MaterialForm.PAPER),
                org.tongban.catalogue.MaterialSource.INTERMEDIARY,
                java.util.List.of(org.tongban.catalogue.Waiver.PLEDGE),
                Limit.workingDays(5),
                "逾期未补交的，不予办结",
                "加盖公章"));
        var matter = Samples.foodLicence().toBuilder()
                .materials(java.util.List.of(Samples.foodLicence().materials().get(0), tolerant))
                .visits(2, "冷静期届满后再次到场", true)
                .build();
        catalogue.publish(matter);
        GuideView view = new GuideView(catalogue, jurisdictions);
        view.show("370102-SJJ-XK-001");

        assertThat(text(view))
                .contains("原件 纸质", "中介机构出具", "可告知承诺替代")
                .contains("可容缺受理：5 个工作日内补交；逾期未补交的，不予办结", "受理标准：加盖公章")
                .contains("跑动 2 次（冷静期届满后再次到场） · 须本人到场，不得代办");
    }

    @Test
    void theListTagsThePromisedLimitWithItsUnit() {
        catalogue.publish(Samples.foodLicence().toBuilder().limits(PASSPORT).build());
        GuideBrowseView list = new GuideBrowseView(catalogue, jurisdictions, "370100");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<org.tongban.platform.api.security.Jurisdiction> district =
                org.tongban.catalogue.ui.fixtures.Views.find(list, com.vaadin.flow.component.select.Select.class)
                        .get(1);
        district.setValue(TestJurisdictions.LIXIA);

        assertThat(text(list)).contains("承诺 7 日");
    }

    @Test
    void theImplementingBodyChannelsAndStepLimitsReadInChinese() {
        catalogue.publish(Samples.foodLicenceWithAuthority());
        GuideView view = new GuideView(catalogue, jurisdictions);
        assertThat(view.show("370102-SJJ-XK-001")).isTrue();

        assertThat(text(view))
                .contains("实施主体与承办机构", "实施主体 济南市历下区人民政府", "统一社会信用代码 11370102MB00024688")
                .contains("承办机构 历下区市场监督管理局", "权力来源 委托（济南市人民政府）", "联办机构 济南市市场监督管理局")
                .contains("国家实施编码 11370102MB000246884000123004000")
                .contains("法定中介服务，依据：《建设工程质量管理条例》第十一条", "非法定，可自行准备或自主选择服务机构")
                .contains("其他咨询渠道 历下区政务服务中心一楼咨询台", "投诉电话 12345")
                .contains("时限：1 个工作日", "时限：4 个工作日");
    }
}
