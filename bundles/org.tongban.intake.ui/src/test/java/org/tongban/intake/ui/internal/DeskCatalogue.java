package org.tongban.intake.ui.internal;

import static org.tongban.testing.Jinan.LIXIA;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.catalogue.AttachmentContent;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.Faq;
import org.tongban.catalogue.GuideLimits;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.GuideVersion;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.MaterialRef;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.catalogue.MatterQuery;
import org.tongban.catalogue.MatterSummary;
import org.tongban.catalogue.MatterType;
import org.tongban.catalogue.Page;
import org.tongban.catalogue.ServedAudience;
import org.tongban.catalogue.ServiceGuide;
import org.tongban.catalogue.SituationOption;
import org.tongban.catalogue.SituationQuestion;
import org.tongban.catalogue.Tailoring;

/**
 * The published part of 历下区's catalogue the window desk reads: a food licence with a tolerant floor plan and an
 * optional health certificate that the situation "no staff handle food" excludes, and an instant certificate.
 */
final class DeskCatalogue implements MatterCatalogue {
    static final String FOOD_LICENCE = "370102-SJJ-XK-001";
    static final String CERTIFICATE = "370102-MZ-QR-002";
    static final String MARKET = "370102-SJJ";
    static final String CITY_MARKET = "370100-SJJ";
    static final String FORM = "食品经营许可申请书";
    static final String FLOOR_PLAN = "经营场所平面布局图";
    static final String HEALTH = "从业人员健康证明";
    static final String ID_CARD = "居民身份证";
    static final String PLEDGE_LICENCE = "370102-SJJ-XK-003";
    static final String PREMISES = "经营场所使用证明";

    private final Map<String, ServiceGuide> guides = new LinkedHashMap<>();
    private final Map<String, Department> departments = new LinkedHashMap<>();

    DeskCatalogue() {
        // The catalogue lists the city's departments to a district too.
        departments.put(CITY_MARKET, new Department(CITY_MARKET, "济南市市场监督管理局", org.tongban.testing.Jinan.JINAN, null));
        departments.put(MARKET, new Department(MARKET, "济南市历下区市场监督管理局", LIXIA, null));
        departments.put("370102-MZ", new Department("370102-MZ", "济南市历下区民政局", LIXIA, null));
        publish(matter(FOOD_LICENCE, "食品经营许可（新办）", MARKET)
                .limits(GuideLimits.workingDays(20, 10)
                        .withExtension(new org.tongban.catalogue.Extension(
                                1, org.tongban.catalogue.Limit.workingDays(10), null)))
                .materials(List.of(
                        new Material(FORM, true, false, 1, 0, null, null, null, null, null),
                        new Material(FLOOR_PLAN, true, true, 1, 0, null, null, null, null, null),
                        new Material(HEALTH, false, false, 1, 0, null, null, null, null, null)))
                .build());
        // 告知承诺: the applicant pledges the premises proof and is decided on the spot.
        publish(matter(PLEDGE_LICENCE, "食品经营许可（告知承诺）", MARKET)
                .limits(GuideLimits.workingDays(20, 5))
                .commitmentAllowed(true)
                .materials(List.of(
                        new Material(FORM, true, false, 1, 0, null, null, null, null, null),
                        new Material(PREMISES, true, false, 1, 0, null, null, null, null, null)))
                .build());
        publish(matter(CERTIFICATE, "婚姻登记记录证明", "370102-MZ")
                .limits(GuideLimits.workingDays(1, 0))
                .instant(true)
                .materials(List.of(new Material(ID_CARD, true, false, 1, 0, null, "居民身份证", null, null, null)))
                .build());
    }

    private static org.tongban.catalogue.MatterBuilder matter(String code, String name, String department) {
        return Matter.builder()
                .code(code)
                .baseCode(code)
                .name(name)
                .type(MatterType.ADMINISTRATIVE_LICENSING)
                .audiences(List.of(ServedAudience.LEGAL_PERSON))
                .jurisdictionCode(LIXIA)
                .departmentCode(department);
    }

    private void publish(Matter matter) {
        guides.put(
                matter.code(),
                new ServiceGuide(
                        matter,
                        new GuideVersion(
                                1, GuideStatus.PUBLISHED, "city.clerk", Instant.parse("2026-01-05T02:00:00Z"), null)));
    }

    @Override
    public List<Department> departments(String jurisdictionCode) {
        return List.copyOf(departments.values());
    }

    @Override
    public Optional<Department> department(String code) {
        return Optional.ofNullable(departments.get(code));
    }

    @Override
    public Page<MatterSummary> publishedMatters(MatterQuery query) {
        List<MatterSummary> found = guides.values().stream()
                .map(ServiceGuide::matter)
                .filter(m -> query.text() == null
                        || m.name().contains(query.text())
                        || m.code().contains(query.text()))
                .map(m -> new MatterSummary(
                        m.code(),
                        m.baseCode(),
                        m.name(),
                        m.type(),
                        m.audiences(),
                        m.jurisdictionCode(),
                        m.departmentCode(),
                        departments.get(m.departmentCode()).name(),
                        m.limits().promised(),
                        m.instant(),
                        m.visits(),
                        m.onlineDepth()))
                .toList();
        int from = Math.min(found.size(), query.page() * query.size());
        int to = Math.min(found.size(), from + query.size());
        return new Page<>(found.subList(from, to), query.page(), query.size(), found.size());
    }

    @Override
    public Optional<Matter> publishedMatter(String code) {
        return publishedGuide(code).map(ServiceGuide::matter);
    }

    @Override
    public Optional<ServiceGuide> publishedGuide(String code) {
        return Optional.ofNullable(guides.get(code));
    }

    @Override
    public List<Faq> faqs(String matterCode) {
        return List.of();
    }

    @Override
    public List<LifeEvent> lifeEvents(String jurisdictionCode) {
        return List.of(new LifeEvent(
                "LE-CANYIN",
                "我要开餐馆",
                LIXIA,
                ServedAudience.LEGAL_PERSON,
                null,
                List.of(FOOD_LICENCE),
                List.of(new SituationQuestion(
                        "staff",
                        "是否有从业人员接触直接入口食品？",
                        List.of(
                                new SituationOption("yes", "有", List.of(), List.of(), List.of()),
                                new SituationOption(
                                        "no",
                                        "没有",
                                        List.of(),
                                        List.of(),
                                        List.of(new MaterialRef(FOOD_LICENCE, HEALTH))))))));
    }

    @Override
    public Optional<LifeEvent> lifeEvent(String code) {
        return lifeEvents(LIXIA).stream().filter(e -> e.code().equals(code)).findFirst();
    }

    @Override
    public Tailoring tailor(String lifeEventCode, Map<String, String> answers) {
        throw new UnsupportedOperationException("the window desk receives one matter");
    }

    @Override
    public Optional<AttachmentContent> publishedAttachment(String id) {
        return Optional.empty();
    }
}
