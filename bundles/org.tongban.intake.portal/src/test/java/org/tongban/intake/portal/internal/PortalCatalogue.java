package org.tongban.intake.portal.internal;

import java.time.Instant;
import java.util.ArrayList;
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
import org.tongban.catalogue.OnlineDepth;
import org.tongban.catalogue.Page;
import org.tongban.catalogue.ServedAudience;
import org.tongban.catalogue.ServiceGuide;
import org.tongban.catalogue.SituationOption;
import org.tongban.catalogue.SituationQuestion;
import org.tongban.catalogue.TailoredMatter;
import org.tongban.catalogue.Tailoring;

/**
 * The published part of a small catalogue as the apply pages read it: the food licence offered online (a tolerant floor
 * plan, a business licence the certificate library replaces, an optional health certificate a situation answer rules
 * out), a fire check offered online, a marriage certificate only at the window, and 我要开餐馆 with both licences.
 */
final class PortalCatalogue implements MatterCatalogue {
    static final String FOOD = "370102-SJJ-XK-001";
    static final String FIRE = "370102-XF-XK-005";
    static final String MARRIAGE = "370102-MZ-QR-002";
    static final String LIFE_EVENT = "LE-CANYIN";
    static final String FORM = "食品经营许可申请书";
    static final String LICENCE = "营业执照";
    static final String PLAN = "经营场所平面布局图";
    static final String HEALTH = "从业人员健康证明";
    static final String FIRE_PLAN = "消防安全制度";

    private final Map<String, Matter> matters = new LinkedHashMap<>();

    PortalCatalogue() {
        add(matter(FOOD, "食品经营许可（新办）", OnlineDepth.FULLY_ONLINE)
                .materials(List.of(
                        material(FORM, true, false, null),
                        material(LICENCE, true, false, "营业执照"),
                        material(PLAN, true, true, null),
                        material(HEALTH, false, false, null)))
                .build());
        add(matter(FIRE, "公众聚集场所投入使用前消防安全检查", OnlineDepth.ONLINE_PREVIEW)
                .materials(List.of(material(LICENCE, true, false, "营业执照"), material(FIRE_PLAN, true, false, null)))
                .build());
        add(matter(MARRIAGE, "婚姻登记记录证明", OnlineDepth.OFFLINE)
                .materials(List.of(material("居民身份证", true, false, "居民身份证")))
                .build());
    }

    private void add(Matter matter) {
        matters.put(matter.code(), matter);
    }

    private static org.tongban.catalogue.MatterBuilder matter(String code, String name, OnlineDepth depth) {
        return Matter.builder()
                .code(code)
                .baseCode(code)
                .name(name)
                .type(MatterType.ADMINISTRATIVE_LICENSING)
                .audiences(List.of(ServedAudience.LEGAL_PERSON))
                .jurisdictionCode("370102")
                .departmentCode("370102-SJJ")
                .limits(GuideLimits.workingDays(20, 10))
                .onlineDepth(depth);
    }

    private static Material material(String name, boolean required, boolean tolerant, String eCertificate) {
        return new Material(name, required, tolerant, 1, 0, null, eCertificate, null, null, null);
    }

    static LifeEvent lifeEvent() {
        return new LifeEvent(
                LIFE_EVENT,
                "我要开餐馆",
                "370102",
                ServedAudience.LEGAL_PERSON,
                null,
                List.of(FOOD, FIRE),
                List.of(new SituationQuestion(
                        "staff",
                        "是否雇用从业人员？",
                        List.of(
                                new SituationOption("yes", "是", null, null, null),
                                new SituationOption("no", "否", null, null, List.of(new MaterialRef(FOOD, HEALTH)))))));
    }

    @Override
    public List<Department> departments(String jurisdictionCode) {
        return List.of();
    }

    @Override
    public Optional<Department> department(String code) {
        return Optional.empty();
    }

    @Override
    public Page<MatterSummary> publishedMatters(MatterQuery query) {
        throw new UnsupportedOperationException("not read by the apply pages");
    }

    @Override
    public Optional<Matter> publishedMatter(String code) {
        return Optional.ofNullable(matters.get(code));
    }

    @Override
    public Optional<ServiceGuide> publishedGuide(String code) {
        return publishedMatter(code)
                .map(m -> new ServiceGuide(
                        m, new GuideVersion(1, GuideStatus.PUBLISHED, "city.clerk", Instant.EPOCH, null)));
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

    /** The health certificate applies unless the applicant employs nobody. */
    @Override
    public Tailoring tailor(String lifeEventCode, Map<String, String> answers) {
        List<TailoredMatter> tailored = new ArrayList<>();
        for (String code : lifeEvent().matterCodes()) {
            Matter m = matters.get(code);
            tailored.add(new TailoredMatter(
                    m,
                    m.materials().stream()
                            .filter(x -> !(x.name().equals(HEALTH) && "no".equals(answers.get("staff"))))
                            .toList()));
        }
        return new Tailoring(lifeEvent(), tailored);
    }

    @Override
    public Optional<AttachmentContent> publishedAttachment(String id) {
        return Optional.empty();
    }
}
