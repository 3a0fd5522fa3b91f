package org.tongban.intake.internal;

import static org.tongban.testing.Jinan.LIXIA;
import static org.tongban.testing.Jinan.SHIZHONG;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.catalogue.AttachmentContent;
import org.tongban.catalogue.CatalogueException;
import org.tongban.catalogue.CrossRegionScope;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.Extension;
import org.tongban.catalogue.Faq;
import org.tongban.catalogue.GuideLimits;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.GuideVersion;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.Limit;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.MaterialDetails;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.catalogue.MatterQuery;
import org.tongban.catalogue.MatterSummary;
import org.tongban.catalogue.MatterType;
import org.tongban.catalogue.OnlineDepth;
import org.tongban.catalogue.Page;
import org.tongban.catalogue.ServedAudience;
import org.tongban.catalogue.ServiceGuide;
import org.tongban.catalogue.TailoredMatter;
import org.tongban.catalogue.Tailoring;
import org.tongban.catalogue.Waiver;

/**
 * The published part of a small catalogue of 历下区 and 市中区, as the catalogue service hands it to intake: guides
 * with their versions, departments and a life event. Only what intake reads is answered.
 */
final class TestCatalogue implements MatterCatalogue {
    static final String FOOD_LICENCE = "370102-SJJ-XK-001";
    static final String CERTIFICATE = "370102-MZ-QR-002";
    static final String PLEDGE_LICENCE = "370102-SJJ-XK-003";
    static final String SHIZHONG_LOCAL = "370103-SJJ-XK-004";
    static final String FIRE_CHECK = "370102-XF-XK-005";
    static final String LIFE_EVENT = "LE-CANYIN";
    /** The e-certificate type the food licence is issued as. */
    static final String FOOD_CERTIFICATE = "食品经营许可证";

    static final String MARKET = "370102-SJJ";
    static final String CIVIL = "370102-MZ";
    static final String FIRE = "370102-XF";

    static final String APPLICATION_FORM = "食品经营许可申请书";
    static final String BUSINESS_LICENCE = "营业执照";
    static final String FLOOR_PLAN = "经营场所平面布局图";
    static final String HEALTH = "从业人员健康证明";
    static final String ID_CARD = "居民身份证";
    static final String CERTIFICATE_PROOF = "经营场所使用证明";
    static final String FIRE_PLAN = "消防安全制度";

    private final Map<String, ServiceGuide> guides = new LinkedHashMap<>();
    private final Map<String, Department> departments = new LinkedHashMap<>();

    TestCatalogue() {
        department(MARKET, "济南市历下区市场监督管理局", LIXIA);
        department(CIVIL, "济南市历下区民政局", LIXIA);
        department(FIRE, "济南市历下区消防救援大队", LIXIA);
        department("370103-SJJ", "济南市市中区市场监督管理局", SHIZHONG);
        Limit tenDays = Limit.workingDays(10);
        publish(
                matter(FOOD_LICENCE, "食品经营许可（新办）", LIXIA, MARKET)
                        .resultCertificate(FOOD_CERTIFICATE)
                        .limits(GuideLimits.workingDays(20, 10).withExtension(new Extension(1, tenDays, null)))
                        .crossRegion(CrossRegionScope.CITY_WIDE)
                        .onlineDepth(OnlineDepth.FULLY_ONLINE)
                        .materials(List.of(
                                material(APPLICATION_FORM, true, false, null),
                                material(BUSINESS_LICENCE, true, false, "营业执照"),
                                material(FLOOR_PLAN, true, true, null),
                                material(HEALTH, false, false, null)))
                        .build(),
                3);
        publish(
                matter(CERTIFICATE, "婚姻登记记录证明", LIXIA, CIVIL)
                        .limits(GuideLimits.workingDays(1, 0))
                        .instant(true)
                        .inPersonOnly(true)
                        .onlineDepth(OnlineDepth.OFFLINE)
                        .materials(List.of(material(ID_CARD, true, false, "居民身份证")))
                        .build(),
                1);
        Material pledgeable = material(CERTIFICATE_PROOF, true, false, null);
        pledgeable = pledgeable.withDetails(new MaterialDetails(
                pledgeable.details().type(),
                pledgeable.details().forms(),
                pledgeable.details().source(),
                List.of(Waiver.PLEDGE),
                null,
                null,
                null));
        publish(
                matter(PLEDGE_LICENCE, "食品经营许可（告知承诺）", LIXIA, MARKET)
                        .resultCertificate(FOOD_CERTIFICATE)
                        .limits(GuideLimits.workingDays(20, 5))
                        .onlineDepth(OnlineDepth.ONLINE_PREVIEW)
                        .materials(List.of(material(APPLICATION_FORM, true, false, null), pledgeable))
                        .build(),
                2);
        publish(
                matter(SHIZHONG_LOCAL, "市中区小餐饮登记", SHIZHONG, "370103-SJJ")
                        .limits(GuideLimits.workingDays(20, 10))
                        .materials(List.of(material(APPLICATION_FORM, true, false, null)))
                        .build(),
                1);
        publish(
                matter(FIRE_CHECK, "公众聚集场所投入使用前消防安全检查", LIXIA, FIRE)
                        .limits(GuideLimits.workingDays(10, 5))
                        .onlineDepth(OnlineDepth.FULLY_ONLINE)
                        .materials(List.of(
                                material(BUSINESS_LICENCE, true, false, "营业执照"),
                                material(FIRE_PLAN, true, false, null)))
                        .build(),
                1);
    }

    private static org.tongban.catalogue.MatterBuilder matter(
            String code, String name, String jurisdiction, String department) {
        return Matter.builder()
                .code(code)
                .baseCode(code)
                .name(name)
                .type(MatterType.ADMINISTRATIVE_LICENSING)
                .audiences(List.of(ServedAudience.LEGAL_PERSON))
                .jurisdictionCode(jurisdiction)
                .departmentCode(department);
    }

    private static Material material(String name, boolean required, boolean tolerant, String eCertificate) {
        return new Material(name, required, tolerant, 1, 0, null, eCertificate, null, null, null);
    }

    private void department(String code, String name, String jurisdiction) {
        departments.put(code, new Department(code, name, jurisdiction, null));
    }

    private void publish(Matter matter, int version) {
        guides.put(
                matter.code(),
                new ServiceGuide(
                        matter,
                        new GuideVersion(
                                version,
                                GuideStatus.PUBLISHED,
                                "city.clerk",
                                Instant.parse("2026-01-05T02:00:00Z"),
                                null)));
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
        throw new UnsupportedOperationException("not read by intake");
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
        return List.of(lifeEvent());
    }

    @Override
    public Optional<LifeEvent> lifeEvent(String code) {
        return LIFE_EVENT.equals(code) ? Optional.of(lifeEvent()) : Optional.empty();
    }

    private static LifeEvent lifeEvent() {
        return new LifeEvent(
                LIFE_EVENT,
                "我要开餐馆",
                LIXIA,
                ServedAudience.LEGAL_PERSON,
                null,
                List.of(FOOD_LICENCE, FIRE_CHECK),
                List.of());
    }

    @Override
    public Tailoring tailor(String lifeEventCode, Map<String, String> answers) {
        if (!answers.isEmpty()) {
            throw new CatalogueException(
                    "「我要开餐馆」没有问题「" + answers.keySet().iterator().next() + "」");
        }
        LifeEvent event = lifeEvent(lifeEventCode).orElseThrow();
        List<TailoredMatter> matters = new ArrayList<>();
        for (String code : event.matterCodes()) {
            Matter matter = guides.get(code).matter();
            // 健康证明 is asked only when staff handle food: not in this situation.
            matters.add(new TailoredMatter(
                    matter,
                    matter.materials().stream()
                            .filter(m -> !m.name().equals(HEALTH))
                            .toList()));
        }
        return new Tailoring(event, matters);
    }

    @Override
    public Optional<AttachmentContent> publishedAttachment(String id) {
        return Optional.empty();
    }
}
