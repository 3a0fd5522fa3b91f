package org.tongban.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.tongban.testing.Jinan.JIEFANGLU;
import static org.tongban.testing.Jinan.JINAN;
import static org.tongban.testing.Jinan.LIXIA;
import static org.tongban.testing.Jinan.SHIZHONG;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.CatalogueException;
import org.tongban.catalogue.ConsistencyDifference;
import org.tongban.catalogue.ConsistencyGroup;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.MatterQuery;
import org.tongban.catalogue.MatterSummary;
import org.tongban.catalogue.Page;
import org.tongban.catalogue.ServedAudience;
import org.tongban.catalogue.TailoredMatter;
import org.tongban.catalogue.Tailoring;
import org.tongban.platform.api.security.AccessDeniedException;

/** What citizens read (published guides, life events) and the level consistency report. */
abstract class PublicCatalogueContract extends CatalogueTestBase {
    private static final String CITY_CODE = "370100-SJJ-XK-001";
    private static final String LIXIA_CODE = "370102-SJJ-XK-001";
    private static final String SHIZHONG_CODE = "370103-MZJ-QR-001";

    @BeforeEach
    void testCatalogue() throws Exception {
        importTestCatalogue();
    }

    @Test
    void guideViewsAreCountedInBatchesForPublishedGuidesOnlyAndAnnounceANewOrder() {
        List<String> announced = new java.util.ArrayList<>();
        java.time.Instant[] now = {java.time.Instant.parse("2026-12-07T02:00:00Z")};
        java.time.Clock clock = new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return now[0];
            }
        };
        GuideViewCounts views =
                new GuideViewCounts(database(), (topic, aggregate, payload) -> announced.add(topic), clock);
        views.record(LIXIA_CODE);
        views.record(CITY_CODE);
        views.record(LIXIA_CODE);
        views.record("NO-SUCH-GUIDE");
        views.record("<script>");
        assertThat(views.mostViewed(10))
                .as("nothing is written before the flush")
                .isEmpty();
        views.flush();
        assertThat(views.mostViewed(10)).containsExactly(LIXIA_CODE, CITY_CODE);
        assertThat(announced).containsExactly(org.tongban.catalogue.GuideViews.CHANGED);

        for (int i = 0; i < 3; i++) {
            views.record(CITY_CODE);
        }
        views.flush();
        assertThat(views.mostViewed(1)).containsExactly(CITY_CODE);
        assertThat(announced).as("at most one announcement per refresh period").hasSize(1);

        now[0] = now[0].plus(java.time.Duration.ofMinutes(org.tongban.catalogue.GuideViews.REFRESH_MINUTES));
        views.record(CITY_CODE);
        views.flush();
        assertThat(announced).hasSize(2);
        views.record(CITY_CODE);
        now[0] = now[0].plus(java.time.Duration.ofHours(1));
        views.flush();
        assertThat(announced).as("the same order is not announced again").hasSize(2);
        assertThatThrownBy(() -> views.mostViewed(0)).isInstanceOf(CatalogueException.class);
    }

    @Test
    void aCitizenSeesTheMattersOfTheirDistrictAndOfTheCity() {
        assertThat(codes(catalogue.publishedMatters(MatterQuery.of(LIXIA)))).containsExactly(CITY_CODE, LIXIA_CODE);
        assertThat(codes(catalogue.publishedMatters(MatterQuery.of(JIEFANGLU)))).containsExactly(CITY_CODE, LIXIA_CODE);
        assertThat(codes(catalogue.publishedMatters(MatterQuery.of(SHIZHONG))))
                .containsExactly(SHIZHONG_CODE, CITY_CODE);
        assertThat(codes(catalogue.publishedMatters(MatterQuery.of(JINAN)))).containsExactly(CITY_CODE);
        assertThat(catalogue.publishedMatters(MatterQuery.of("999999")).total()).isZero();
        assertThat(catalogue.departments(LIXIA))
                .extracting(Department::code)
                .containsExactly("370100-SJJ", "370102-SJJ");
    }

    @Test
    void listsFilterByDepartmentAudienceLifeEventAndTextAndArePaged() {
        assertThat(codes(catalogue.publishedMatters(new MatterQuery(null, "370103-MZJ", null, null, null, 0, 20))))
                .containsExactly(SHIZHONG_CODE);
        assertThat(codes(catalogue.publishedMatters(
                        new MatterQuery(null, null, ServedAudience.NATURAL_PERSON, null, null, 0, 20))))
                .containsExactly(SHIZHONG_CODE);
        assertThat(codes(catalogue.publishedMatters(new MatterQuery(LIXIA, null, null, "LE-CANYIN", null, 0, 20))))
                .containsExactly(CITY_CODE);
        assertThat(codes(catalogue.publishedMatters(new MatterQuery(null, null, null, null, "结婚", 0, 20))))
                .containsExactly(SHIZHONG_CODE);
        assertThat(codes(catalogue.publishedMatters(new MatterQuery(null, null, null, null, "%", 0, 20))))
                .isEmpty();

        Page<MatterSummary> second = catalogue.publishedMatters(new MatterQuery(null, null, null, null, null, 1, 2));
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.pageCount()).isEqualTo(2);
        assertThat(codes(second)).containsExactly(LIXIA_CODE);
        assertThat(second.items().getFirst().departmentName()).isEqualTo("济南市历下区市场监督管理局");
    }

    @Test
    void badPagingIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> catalogue.publishedMatters(new MatterQuery(null, null, null, null, null, -1, 20)))
                .isInstanceOf(CatalogueException.class)
                .hasMessage("页码不能小于0（当前为-1）");
        assertThatThrownBy(() -> catalogue.publishedMatters(new MatterQuery(null, null, null, null, null, 0, 1000)))
                .hasMessage("每页条数应在1到200之间（当前为1000）");
    }

    @Test
    void faqsAndLifeEventsFollowTheJurisdiction() {
        assertThat(catalogue.faqs(CITY_CODE)).extracting(f -> f.code()).containsExactly("FAQ-0001");
        assertThat(catalogue.lifeEvents(JIEFANGLU)).extracting(e -> e.code()).containsExactly("LE-CANYIN");
        assertThat(catalogue.lifeEvents("999999")).isEmpty();
    }

    @Test
    void answeringTheSituationQuestionsTailorsTheMaterials() {
        Tailoring rented = catalogue.tailor("LE-CANYIN", Map.of("Q1", "Y"));
        Tailoring owned = catalogue.tailor("LE-CANYIN", Map.of("Q1", "N"));
        Tailoring unanswered = catalogue.tailor("LE-CANYIN", Map.of());

        assertThat(materials(rented)).containsExactly("食品经营许可申请书", "营业执照", "房屋租赁合同");
        assertThat(materials(owned)).containsExactly("食品经营许可申请书");
        assertThat(materials(unanswered)).containsExactly("食品经营许可申请书", "营业执照");
        assertThatThrownBy(() -> catalogue.tailor("LE-CANYIN", Map.of("Q9", "Y")))
                .isInstanceOf(CatalogueException.class)
                .hasMessage("一件事「我要开餐馆」没有问题「Q9」");
        assertThatThrownBy(() -> catalogue.tailor("LE-CANYIN", Map.of("Q1", "MAYBE")))
                .hasMessage("问题「经营场所是否为租赁？」没有选项「MAYBE」");
    }

    @Test
    void theConsistencyReportListsEveryDifferenceBetweenLevels() {
        ConsistencyGroup group = report.report(JINAN, false, false).getFirst();

        assertThat(report.report(JINAN, false, false)).hasSize(1);
        assertThat(group.baseCode()).isEqualTo("SD-XK-00123");
        assertThat(group.implementations()).extracting(i -> i.matter().code()).containsExactly(CITY_CODE, LIXIA_CODE);
        assertThat(group.differences())
                .extracting(ConsistencyDifference::field, d -> d.values().get(CITY_CODE), d -> d.values()
                        .get(LIXIA_CODE))
                .containsExactly(tuple("承诺时限", "5 个工作日", "3 个工作日"), tuple("材料「健康证明」", "", "必要，可容缺，原件1份，复印件0份，纸质或电子"));
        assertThat(report.report(LIXIA, false, false)).isEmpty();
        assertThat(report.group(JINAN, "SD-QR-00456", false)).isEmpty();
    }

    @Test
    void draftsEnterTheReportOnlyForThoseWhoMayReadThem() {
        actAsLixiaEditor();
        editing.saveDraft(
                TestMatters.promised(editing.latest(LIXIA_CODE).orElseThrow().matter(), 5), null);
        accessControl.logOut();
        assertThatThrownBy(() -> report.report(JINAN, true, false)).isInstanceOf(AccessDeniedException.class);
        assertThat(report.group(JINAN, "SD-XK-00123", false).orElseThrow().differences())
                .hasSize(2);

        actAsCityPublisher();
        ConsistencyGroup withDrafts = report.group(JINAN, "SD-XK-00123", true).orElseThrow();
        assertThat(withDrafts.differences())
                .extracting(ConsistencyDifference::field)
                .containsExactly("材料「健康证明」");
        assertThat(report.report(JINAN, true, true)).hasSize(1);
        assertThatThrownBy(() -> report.report("999999", false, false)).hasMessage("行政区划代码「999999」不存在");
    }

    private static List<String> codes(Page<MatterSummary> page) {
        return page.items().stream().map(MatterSummary::code).toList();
    }

    private static List<String> materials(Tailoring tailoring) {
        assertThat(tailoring.matters()).extracting(m -> m.matter().code()).containsExactly(CITY_CODE);
        TailoredMatter matter = tailoring.matters().getFirst();
        return matter.materials().stream().map(Material::name).toList();
    }
}
