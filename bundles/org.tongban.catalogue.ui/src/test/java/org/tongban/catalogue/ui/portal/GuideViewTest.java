package org.tongban.catalogue.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.catalogue.ui.fixtures.Views.assertOnlyText;
import static org.tongban.catalogue.ui.fixtures.Views.find;
import static org.tongban.catalogue.ui.fixtures.Views.text;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuideViewTest extends ViewTestSupport {

    private GuideView open(String code) {
        GuideView view = new GuideView(catalogue, jurisdictions);
        assertThat(view.show(code)).isTrue();
        return view;
    }

    @Test
    void showsTheGuideWithEverySectionNamedForScreenReaders() {
        GuideView view = open("370102-SJJ-XK-001");

        assertThat(find(view, H1.class)).extracting(H1::getText).containsExactly("食品经营许可（新办）");
        assertThat(view.getPageTitle()).isEqualTo("食品经营许可（新办）");
        // 10 sections of the guide, plus the implementing body and the intermediary services of the 实施清单.
        assertThat(find(view, Section.class)).hasSize(12).allSatisfy(section -> {
            String id = section.getElement().getAttribute("aria-labelledby");
            assertThat(find(section, H3.class)).first().satisfies(h -> assertThat(h.getId())
                    .hasValue(id));
        });
        String text = text(view);
        assertThat(text)
                .contains("历下区", "历下区市场监督管理局", "370102-SJJ-XK-001")
                .contains("《中华人民共和国食品安全法》第三十五条")
                .contains("历下区政务服务中心二楼 12-15 号窗口", "食品经营许可证", "12345 政务服务便民热线");
    }

    @Test
    void materialsAreATableWithRowHeadersAndMarkupStaysText() {
        GuideView view = open("370102-SJJ-XK-001");

        NativeTable table = find(view, NativeTable.class).getFirst();
        assertThat(table.getBody().getRows()).hasSize(3);
        assertThat(table.getHead().getRows().getFirst().getHeaderCells())
                .allMatch(cell -> "col".equals(cell.getElement().getAttribute("scope")));
        NativeTableRow third = table.getBody().getRows().get(2);
        NativeTableHeaderCell name = (NativeTableHeaderCell) third.getAllCells().getFirst();
        assertThat(name.getText()).isEqualTo("<b>食品安全管理制度</b>");
        assertThat(name.getElement().getAttribute("scope")).isEqualTo("row");
        assertOnlyText(name);
        // 容缺 on the third material, 免提交 with its e-certificate on the second.
        assertThat(text(third)).contains("catalogue.portal.materials.tolerant");
        assertThat(text(table.getBody().getRows().get(1))).contains("catalogue.portal.materials.eCertificate");
    }

    @Test
    void blankFormsAndTheNoticeAreDownloadsWithLabels() {
        GuideView view = open("370102-SJJ-XK-001");

        assertThat(find(view, Anchor.class))
                .filteredOn(a -> a.getElement().hasAttribute("aria-label"))
                .extracting(a -> a.getElement().getAttribute("aria-label"))
                .anyMatch(label -> label.contains("catalogue.portal.materials.blankForm.label"))
                .anyMatch(label -> label.contains("catalogue.portal.guide.pdf.label"));
        // Only the first material has a blank form.
        NativeTable table = find(view, NativeTable.class).getFirst();
        assertThat(find(table.getBody().getRows().get(0), Anchor.class)).hasSize(1);
        assertThat(find(table.getBody().getRows().get(1), Anchor.class)).isEmpty();
    }

    @Test
    void stepsAreAnOrderedFlowAndFaqsOpenLikeButtons() {
        GuideView view = open("370102-SJJ-XK-001");

        StepsFlow flow = find(view, StepsFlow.class).getFirst();
        assertThat(flow.getElement().getTag()).isEqualTo("ol");
        assertThat(find(flow, ListItem.class)).hasSize(3);
        assertThat(text(flow)).contains("提交申请材料", "作出许可决定");
        assertThat(find(flow, com.vaadin.flow.component.html.Span.class))
                .filteredOn(s -> "→".equals(s.getText()))
                .hasSize(2)
                .allMatch(s -> "true".equals(s.getElement().getAttribute("aria-hidden")));
        assertThat(text(view)).contains("现场核查");
        assertThat(find(view, Details.class)).singleElement().satisfies(d -> assertThat(d.getSummaryText())
                .isEqualTo("网上申请后还要去窗口吗？"));
    }

    @Test
    void aPlainPhoneNumberIsATapToCallLink() {
        GuideView view = open("370102-SJJ-XK-001");

        assertThat(find(view, Anchor.class)).extracting(Anchor::getHref).contains("tel:053186000001");
    }

    @Test
    void feesAreListedWhenTheMatterCharges() {
        GuideView view = open("370100-SJJ-XK-009");

        assertThat(text(view)).contains("检验费", "每台 300 元", "鲁价费发〔2020〕1号");
    }

    @Test
    void theResultTypeItsECertificateAndTheCrossRegionModesAreShown() {
        catalogue.publish(org.tongban.catalogue.ui.fixtures.Samples.foodLicence().toBuilder()
                .resultType(org.tongban.catalogue.ResultType.LICENCE)
                .resultCertificate("食品经营许可证（电子证照）")
                .crossRegion(org.tongban.catalogue.CrossRegionScope.PROVINCE_WIDE)
                .crossRegionModes(List.of(
                        org.tongban.catalogue.CrossRegionMode.FULLY_ONLINE,
                        org.tongban.catalogue.CrossRegionMode.PROXY_ACCEPTANCE))
                .build());
        GuideView view = open("370102-SJJ-XK-001");

        assertThat(text(view))
                .contains("{catalogue.portal.guide.resultType}", "{catalogue.portal.enum.ResultType.LICENCE}")
                .contains("{catalogue.portal.guide.resultCertificate}! 食品经营许可证（电子证照）")
                .contains("{catalogue.portal.enum.CrossRegionScope.PROVINCE_WIDE}")
                .contains("{catalogue.portal.enum.CrossRegionMode.FULLY_ONLINE}")
                .contains("{catalogue.portal.enum.CrossRegionMode.PROXY_ACCEPTANCE}")
                .doesNotContain("{catalogue.portal.enum.CrossRegionMode.JOINT_HANDLING}");
    }

    @Test
    void anUnknownOrUnpublishedCodeShowsNothing() {
        GuideView view = new GuideView(catalogue, jurisdictions);

        assertThat(view.show("370102-SJJ-XK-404")).isFalse();
        assertThat(view.getChildren()).isEmpty();
    }

    @Test
    void theImplementingBodyIsShownApartFromTheHandlingDepartmentWithChannelsIntermediariesAndStepLimits() {
        catalogue.publish(org.tongban.catalogue.ui.fixtures.Samples.foodLicenceWithAuthority());
        GuideView view = open("370102-SJJ-XK-001");

        // Labels are message keys here (no translations are loaded); the values are the guide's own.
        assertThat(text(view))
                .contains("{catalogue.portal.guide.body}! 济南市历下区人民政府")
                .contains("{catalogue.portal.guide.creditCode}! 11370102MB00024688")
                .contains("{catalogue.portal.guide.handling}! 历下区市场监督管理局")
                .contains("{catalogue.portal.enum.PowerSource.ENTRUSTED}!（济南市人民政府）")
                .contains("{catalogue.portal.guide.joint}! 济南市市场监督管理局")
                .contains("000123004000", "11370102MB000246884000123004000")
                .contains("施工图设计文件审查", "食品经营场所平面图绘制", "{catalogue.portal.guide.intermediary.optional}")
                .contains("{catalogue.portal.guide.consultationOther}! 历下区政务服务中心一楼咨询台")
                .contains("{catalogue.portal.guide.complaintPhone}! 12345")
                .contains("{catalogue.portal.guide.complaintOther}! https://12345.jinan.gov.cn")
                .contains("受理 !{catalogue.portal.guide.stepLimit}!");
        // Both phones can be tapped to call.
        assertThat(find(view, Anchor.class)).extracting(a -> a.getHref()).contains("tel:053186000001", "tel:12345");
    }

    @Test
    void aGuideWhoseDepartmentHoldsThePowerNamesTheDepartmentAsImplementingBody() {
        GuideView view = open("370102-SJJ-XK-001");

        // Labels are message keys here (no translations are loaded); the values are the guide's own.
        assertThat(text(view))
                .contains("{catalogue.portal.guide.body}! 历下区市场监督管理局")
                .contains("{catalogue.portal.enum.PowerSource.STATUTORY}")
                .contains("{catalogue.portal.guide.intermediaries.none}");
        assertThat(find(view, Section.class))
                .filteredOn(section ->
                        find(section, H3.class).getFirst().getText().contains("catalogue.portal.guide.authority"))
                .singleElement()
                .satisfies(section -> assertThat(text(section)).contains("历下区市场监督管理局"));
    }
}
