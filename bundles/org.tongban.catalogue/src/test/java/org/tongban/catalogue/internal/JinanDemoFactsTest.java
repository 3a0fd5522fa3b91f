package org.tongban.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.ApproverLevel;
import org.tongban.catalogue.CatalogueDocument;
import org.tongban.catalogue.DeliveryMethod;
import org.tongban.catalogue.DocumentMatter;
import org.tongban.catalogue.Extension;
import org.tongban.catalogue.Limit;
import org.tongban.catalogue.Matter;

/** The limits and facts of the Jinan demo catalogue against the laws that set them. */
class JinanDemoFactsTest {
    private static CatalogueDocument demo;
    private static Map<String, Matter> matters;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = JinanDemoFactsTest.class.getResourceAsStream("/demo/catalogue-jinan.json")) {
            demo = new JsonCatalogueCodec().read(in);
        }
        matters = demo.matters().stream()
                .map(DocumentMatter::matter)
                .collect(Collectors.toMap(Matter::code, Function.identity()));
    }

    private static Matter matter(String code) {
        assertThat(matters).containsKey(code);
        return matters.get(code);
    }

    @Test
    void identityCardsWithinSixtyDays_居民身份证法第十二条() {
        for (String code : List.of("370100-GAJ-QR-001", "370100-GAJ-QR-002")) {
            assertThat(matter(code).limits().legal().text()).isEqualTo("60 日");
        }
    }

    @Test
    void passportsWithinFifteenDaysExtendableToThirty_护照法第五条() {
        var limits = matter("370100-GAJ-XK-002").limits();
        assertThat(limits.legal().text()).isEqualTo("15 日");
        assertThat(limits.extension().count()).isEqualTo(1);
        assertThat(limits.extension().amount().text()).isEqualTo("15 日");
        assertThat(limits.extension().approver()).isEqualTo(ApproverLevel.AGENCY_HEAD);
    }

    @Test
    void foodProductionTenWorkingDaysPlusFiveInspectionInsideTheLimitDeliveryInFive_食品生产许可管理办法2020() {
        Matter food = matter("370100-XSP-XK-006");
        assertThat(food.limits().legal().text()).isEqualTo("10 个工作日");
        assertThat(food.limits().delivery().text()).isEqualTo("5 个工作日");
        Extension extension = food.limits().extension();
        assertThat(extension.count()).isEqualTo(1);
        assertThat(extension.amount().text()).isEqualTo("5 个工作日");
        assertThat(extension.approver()).isEqualTo(ApproverLevel.AGENCY_HEAD);
        // 现场核查 is not among the steps 行政许可法 第四十五条 excludes: its 5 working days count inside the limit.
        assertThat(food.specialSteps()).isEmpty();
        assertThat(food.steps())
                .filteredOn(step -> step.name().equals("审查"))
                .singleElement()
                .satisfies(step -> assertThat(step.limit().text()).isEqualTo("5 个工作日"));
    }

    @Test
    void mainlandTravelPermitForHongKongAndMacaoWithinThirtyDays_因私往来港澳暂行管理办法() {
        var limits = matter("370100-GAJ-XK-003").limits();
        assertThat(limits.legal().text()).isEqualTo("30 日");
        assertThat(limits.legal().note()).contains("60 日");
        assertThat(limits.promised().text()).isEqualTo("7 个工作日");
    }

    @Test
    void workInjuryRecognitionWithinSixtyDays_工伤保险条例第二十条() {
        for (String code : List.of("370100-RSJ-QR-001", "370116-RSJ-QR-001")) {
            assertThat(matter(code).limits().legal().text()).isEqualTo("60 日");
        }
    }

    @Test
    void workAbilityAppraisalSixtyDaysPlusThirtyAsAnExtensionNotAnExcludedStep_工伤保险条例第二十五条() {
        Matter appraisal = matter("370100-RSJ-QR-002");
        assertThat(appraisal.limits().legal().text()).isEqualTo("60 日");
        Extension extension = appraisal.limits().extension();
        assertThat(extension.count()).isEqualTo(1);
        assertThat(extension.amount().text()).isEqualTo("30 日");
        assertThat(appraisal.specialSteps()).isEmpty();
    }

    @Test
    void environmentalReportFormWithinThirtyDays_环境影响评价法第二十二条() {
        assertThat(matter("370100-XSP-XK-015").limits().legal().text()).isEqualTo("30 日");
    }

    @Test
    void privateSchoolsThirtyDaysToPrepareThreeMonthsToEstablishAndNoSubjectTutoring_民办教育促进法_双减() {
        Matter school = matter("370100-XSP-XK-032");
        assertThat(school.limits().legal().text()).isEqualTo("3 个月");
        assertThat(school.limits().legal().note()).contains("筹设为 30 日");
        assertThat(school.conditions()).contains("双减", "学科类");
    }

    @Test
    void patentDisputesThreeMonthsPlusOne_专利行政执法办法() {
        var limits = matter("370100-SJJ-CJ-001").limits();
        assertThat(limits.legal()).extracting(Limit::text).isEqualTo("3 个月");
        assertThat(limits.extension().amount().text()).isEqualTo("1 个月");
    }

    @Test
    void landDisputesSixMonthsDecidedByThePeoplesGovernment_土地管理法第十四条() {
        Matter land = matter("370100-ZRZY-CJ-001");
        assertThat(land.limits().legal().text()).isEqualTo("6 个月");
        assertThat(land.result()).startsWith("人民政府");
        assertThat(land.conditions()).contains("由人民政府处理");
    }

    @Test
    void divorceTwoVisitsInPersonAfterThirtyDaysNoMailNoProxy_民法典第一千零七十七条() {
        for (String code : List.of("370102-MZJ-QR-002", "370103-MZJ-QR-002")) {
            Matter divorce = matter(code);
            assertThat(divorce.limits().legal().text()).isEqualTo("30 日");
            assertThat(divorce.visits()).isEqualTo(2);
            assertThat(divorce.delivery()).containsExactly(DeliveryMethod.WINDOW);
            assertThat(divorce.conditions()).contains("亲自", "不得委托他人代办", "不邮寄");
        }
    }

    @Test
    void entertainmentVenuesAreLicensedByCountiesOnly_娱乐场所管理条例第九条() {
        assertThat(matters.values())
                .filteredOn(m -> m.name().equals("娱乐场所经营许可"))
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.jurisdictionCode()).doesNotEndWith("00"));
    }

    @Test
    void filingsAreFilingsNotOtherPowers() {
        assertThat(matters.values())
                .filteredOn(m -> m.name().endsWith("备案"))
                .hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(m -> assertThat(m.type())
                        .isIn(
                                org.tongban.catalogue.MatterType.ADMINISTRATIVE_FILING,
                                org.tongban.catalogue.MatterType.PUBLIC_SERVICE));
    }

    @Test
    void buildingPermitsWithinSevenDays_建筑法第八条() {
        for (String code : List.of("370100-XSP-XK-010", "370102-XSP-XK-012", "370116-XSP-XK-007")) {
            assertThat(matter(code).limits().legal().text()).isEqualTo("7 日");
        }
    }

    @Test
    void everyLimitAnFaqStatesIsOneOfItsGuidesLimits() {
        List<String> disagreements = new ArrayList<>();
        demo.faqs()
                .forEach(faq -> disagreements.addAll(FaqLimits.disagreements(
                        faq,
                        faq.matterCodes().stream()
                                .map(matters::get)
                                .filter(m -> m != null)
                                .toList())));

        assertThat(disagreements).isEmpty();
    }

    @Test
    void anFaqThatContradictsItsGuideIsCaught() {
        var faq = new org.tongban.catalogue.Faq(
                "FAQ-X", "要多久？", "法定办结时限为 60 个工作日，我市承诺 15 个工作日内办结。", List.of("370100-GAJ-QR-001"));

        assertThat(FaqLimits.disagreements(faq, List.of(matter("370100-GAJ-QR-001"))))
                .containsExactly("FAQ-X「法定办结时限为 60 个工作日」：60 个工作日不是所属办事指南的时限（60 日、15 个工作日、5 个工作日、10 个工作日）");
    }

    @Test
    void inventedPhoneNumbersAreMarkedAsExamples() {
        List<String> texts = new ArrayList<>();
        demo.departments().forEach(d -> texts.add(d.phone()));
        matters.values().forEach(m -> {
            texts.add(m.consultation().text());
            texts.add(m.complaint().text());
        });
        demo.faqs().forEach(f -> texts.add(f.answer()));

        assertThat(texts.stream().filter(t -> t != null && t.matches("(?s).*0531-\\d{8}(?!（示例）).*")))
                .isEmpty();
    }

    @Test
    void landDisputesAreDecidedByTheGovernmentAndHandledByItsBureau_土地管理法第十四条() {
        Matter land = matter("370100-ZRZY-CJ-001");
        assertThat(land.departmentCode()).isEqualTo("370100-ZRZY");
        assertThat(land.authority().bodyName()).startsWith("济南市人民政府").contains("示例");
        assertThat(CreditCodes.problem(land.authority().bodyCreditCode())).isNull();
        assertThat(land.authority().powerSource()).isEqualTo(org.tongban.catalogue.PowerSource.STATUTORY);
    }

    @Test
    void nationalCodesOfTheDemoAreWellFormedAndCarryTheBodysCreditCode_GBT39554() {
        List<Matter> coded = matters.values().stream()
                .filter(m -> !m.nationalCodes().isEmpty())
                .toList();
        assertThat(coded).hasSizeGreaterThanOrEqualTo(2);
        for (Matter m : coded) {
            List<org.tongban.catalogue.ValidationError> errors = new ArrayList<>();
            new NationalCodeRules(errors)
                    .check(
                            m.nationalCodes(),
                            m.authority().bodyCreditCode(),
                            org.tongban.platform.api.security.Jurisdiction.Level.CITY,
                            m.code());
            assertThat(errors).as(m.code()).isEmpty();
            // Invented codes are marked as examples where the body is named.
            assertThat(m.authority().bodyName()).as(m.code()).contains("示例");
        }
    }

    @Test
    void environmentalReportPreparationIsNoLongerAStatutoryIntermediary_环境影响评价法第十九条() {
        var services = matter("370100-XSP-XK-015").intermediaries();
        assertThat(services).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("环境影响评价报告表编制");
            assertThat(s.statutory()).isFalse();
        });
    }

    @Test
    void constructionPermitsNeedTheStatutoryDrawingReview_建设工程质量管理条例第十一条() {
        for (String code : List.of("370100-XSP-XK-010", "370102-XSP-XK-012", "370116-XSP-XK-007")) {
            assertThat(matter(code).intermediaries()).singleElement().satisfies(s -> {
                assertThat(s.name()).isEqualTo("施工图设计文件审查");
                assertThat(s.statutory()).isTrue();
                assertThat(s.legalBasis()).contains("第十一条");
            });
        }
    }

    @Test
    void stepLimitsStayWithinThePromise() {
        List<Matter> withSteps = matters.values().stream()
                .filter(m -> m.steps().stream().anyMatch(s -> s.limit() != null))
                .toList();
        assertThat(withSteps)
                .extracting(Matter::code)
                .contains("370100-XSP-XK-015", "370100-XSP-XK-004", "370100-XSP-XK-020");
        for (Matter m : withSteps) {
            int total = m.steps().stream()
                    .filter(s -> s.limit() != null)
                    .peek(s -> assertThat(s.limit().unit())
                            .isEqualTo(m.limits().promised().unit()))
                    .mapToInt(s -> s.limit().amount())
                    .sum();
            assertThat(total)
                    .as(m.code())
                    .isLessThanOrEqualTo(m.limits().promised().amount());
        }
    }

    @Test
    void everyMatterHasAConsultationPhoneAndTheHotlineForComplaints() {
        for (Matter m : matters.values()) {
            assertThat(m.consultation().phone()).as(m.code()).isNotBlank();
            assertThat(m.complaint().phone()).as(m.code()).isEqualTo("12345");
        }
        assertThat(matter("370100-ZJJ-JF-001").authority().jointDepartments()).containsExactly("370100-MZJ");
    }
}
