package org.tongban.catalogue.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tongban.catalogue.Attachment;
import org.tongban.catalogue.Fee;
import org.tongban.catalogue.FieldDifference;
import org.tongban.catalogue.GuideLimits;
import org.tongban.catalogue.IntermediaryService;
import org.tongban.catalogue.Limit;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.MaterialDetails;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterAuthority;
import org.tongban.catalogue.SpecialStep;
import org.tongban.catalogue.Step;

/** A guide as labelled text fields, for showing what differs between versions or implementations. */
final class GuideFields {
    static final String NAME = "事项名称";
    static final String LEGAL_LIMIT = "法定时限";
    static final String PROMISED_LIMIT = "承诺时限";
    static final String STEPS = "办理流程";
    static final String FEES = "收费";

    private GuideFields() {}

    /** Every field of a guide, in the order of the guide; a material's fields are keyed {@code 材料「名称」：…}. */
    static Map<String, String> all(Matter m) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("基本目录编码", m.baseCode());
        f.put("国家基本编码", text(m.nationalCodes().baseCode()));
        f.put("国家实施编码", text(m.nationalCodes().implementationCode()));
        f.put(NAME, m.name());
        f.put("事项类型", m.type() == null ? "" : m.type().label());
        f.put("服务对象", join(m.audiences(), a -> a.label()));
        f.put("实施区划", m.jurisdictionCode());
        f.put("承办机构", m.departmentCode());
        MatterAuthority a = m.authority();
        f.put("实施主体", a.byHandlingDepartment() ? "承办机构" : a.bodyName());
        f.put("实施主体统一社会信用代码", text(a.bodyCreditCode()));
        f.put("权力来源", a.powerSource() == null ? "" : a.powerSource().label());
        f.put("下放或委托机关", text(a.grantingBody()));
        f.put("联办机构", String.join("、", a.jointDepartments()));
        f.put("设定依据", m.legalBasis());
        f.put("受理条件", m.conditions());
        for (int i = 0; i < m.steps().size(); i++) {
            f.put(STEPS + "第" + (i + 1) + "步", step(m.steps().get(i)));
        }
        GuideLimits limits = m.limits();
        f.put(LEGAL_LIMIT, limit(limits == null ? null : limits.legal()));
        f.put(PROMISED_LIMIT, limit(limits == null ? null : limits.promised()));
        f.put("受理时限", limit(limits == null ? null : limits.acceptance()));
        f.put("送达时限", limit(limits == null ? null : limits.delivery()));
        f.put(
                "延长时限",
                limits == null || limits.extension() == null
                        ? "不可延长"
                        : limits.extension().text());
        f.put("即办件", yesNo(m.instant()));
        f.put(FEES, fees(m));
        f.put("办理地点", m.location());
        f.put("办理时间", m.hours());
        f.put("咨询渠道", m.consultation().text());
        f.put("办理结果", m.result());
        f.put("结果类型", m.resultType() == null ? "" : m.resultType().label());
        f.put("电子证照类型", text(m.resultCertificate()));
        f.put("送达方式", join(m.delivery(), d -> d.label()));
        f.put("跑动次数", String.valueOf(m.visits()));
        f.put("跑动理由", text(m.visitReason()));
        f.put("须本人到场，不得代办", yesNo(m.inPersonOnly()));
        f.put("网办深度", m.onlineDepth() == null ? "" : m.onlineDepth().label());
        f.put("通办范围", m.crossRegion() == null ? "" : m.crossRegion().label());
        f.put("跨域办理方式", join(m.crossRegionModes(), x -> x.label()));
        f.put("告知承诺", yesNo(m.commitmentAllowed()));
        f.put("监督投诉渠道", m.complaint().text());
        f.put("中介服务", join(m.intermediaries(), GuideFields::intermediary, "；"));
        for (Material material : m.materials()) {
            String prefix = material(material.name()) + "：";
            f.put(prefix + "是否必要", yesNo(material.required()));
            f.put(prefix + "容缺受理", yesNo(material.tolerant()));
            f.put(prefix + "原件份数", String.valueOf(material.originals()));
            f.put(prefix + "复印件份数", String.valueOf(material.copies()));
            f.put(prefix + "材料形式", text(material.format()));
            f.put(prefix + "免提交电子证照", text(material.eCertificate()));
            f.put(prefix + "备注", text(material.note()));
            f.put(prefix + "空白表格", attachment(material.blankForm()));
            f.put(prefix + "示例样表", attachment(material.sample()));
            details(f, prefix, material.details());
        }
        for (SpecialStep step : m.specialSteps()) {
            f.put("特别程序「" + step.name() + "」", specialStep(step));
        }
        return f;
    }

    /**
     * What a standardised guide must agree on across levels: name, national base code (one matter has one at every
     * level), limits, steps, fees, intermediary services and materials.
     */
    static Map<String, String> standard(Matter m) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put(NAME, m.name());
        f.put("国家基本编码", text(m.nationalCodes().baseCode()));
        f.put(LEGAL_LIMIT, limit(m.limits() == null ? null : m.limits().legal()));
        f.put(PROMISED_LIMIT, limit(m.limits() == null ? null : m.limits().promised()));
        f.put(STEPS, join(m.steps(), Step::name, " → "));
        f.put(FEES, fees(m));
        f.put("中介服务", join(m.intermediaries(), GuideFields::intermediary, "；"));
        for (Material material : m.materials()) {
            f.put(material(material.name()), describe(material));
        }
        return f;
    }

    static List<FieldDifference> diff(Matter before, Matter after) {
        Map<String, String> a = all(before);
        Map<String, String> b = all(after);
        Set<String> materialsA = before.materials().stream().map(Material::name).collect(Collectors.toSet());
        Set<String> materialsB = after.materials().stream().map(Material::name).collect(Collectors.toSet());
        Set<String> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        List<FieldDifference> differences = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        for (String key : keys) {
            String material = materialOf(key);
            if (material != null && materialsA.contains(material) != materialsB.contains(material)) {
                // A material added or removed is one difference, not one per attribute.
                if (reported.add(material)) {
                    differences.add(new FieldDifference(
                            material(material),
                            materialsA.contains(material) ? describe(find(before, material)) : "",
                            materialsB.contains(material) ? describe(find(after, material)) : ""));
                }
                continue;
            }
            String x = a.getOrDefault(key, "");
            String y = b.getOrDefault(key, "");
            if (!Objects.equals(text(x), text(y))) {
                differences.add(new FieldDifference(key, text(x), text(y)));
            }
        }
        return differences;
    }

    static String describe(Material m) {
        StringBuilder s = new StringBuilder(m.required() ? "必要" : "非必要");
        if (m.tolerant()) {
            s.append("，可容缺");
        }
        s.append("，原件").append(m.originals()).append("份，复印件").append(m.copies()).append("份");
        if (m.format() != null && !m.format().isBlank()) {
            s.append("，").append(m.format());
        }
        if (m.eCertificate() != null && !m.eCertificate().isBlank()) {
            s.append("，可用电子证照「").append(m.eCertificate()).append("」免提交");
        }
        return s.toString();
    }

    private static void details(Map<String, String> f, String prefix, MaterialDetails d) {
        if (d == null) {
            return;
        }
        f.put(prefix + "材料类型", d.type() == null ? "" : d.type().label());
        f.put(prefix + "载体", join(d.forms(), x -> x.label()));
        f.put(prefix + "来源", d.source() == null ? "" : d.source().label());
        f.put(prefix + "免提交方式", join(d.waivers(), x -> x.label()));
        f.put(prefix + "容缺补交期限", limit(d.supplyDeadline()));
        f.put(prefix + "逾期未补交的后果", text(d.supplyConsequence()));
        f.put(prefix + "受理标准", text(d.acceptanceStandard()));
    }

    private static String material(String name) {
        return "材料「" + name + "」";
    }

    private static String materialOf(String key) {
        if (!key.startsWith("材料「")) {
            return null;
        }
        int end = key.lastIndexOf("」：");
        return end < 0 ? null : key.substring(3, end);
    }

    private static Material find(Matter m, String name) {
        return m.materials().stream()
                .filter(x -> x.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static String step(Step step) {
        String limit = step.limit() == null ? "" : "（" + step.limit().textWithNote() + "）";
        return step.description() == null || step.description().isBlank()
                ? step.name() + limit
                : step.name() + limit + "：" + step.description();
    }

    private static String intermediary(IntermediaryService s) {
        return s.name() + (s.statutory() ? "（法定，" + text(s.legalBasis()) + "）" : "（非法定）");
    }

    private static String fees(Matter m) {
        if (m.fees().isEmpty()) {
            return "不收费";
        }
        return join(m.fees(), GuideFields::fee, "；");
    }

    private static String fee(Fee fee) {
        return fee.item() + "：" + fee.standard() + (fee.basis() == null ? "" : "（" + fee.basis() + "）");
    }

    private static String specialStep(SpecialStep step) {
        return (step.kind() == null ? "" : step.kind().label()) + "，最长" + step.maxDays() + "个工作日"
                + (step.note() == null || step.note().isBlank() ? "" : "；" + step.note());
    }

    private static String attachment(Attachment a) {
        return a == null ? "" : a.fileName() + "（" + a.id().substring(0, Math.min(8, a.id().length())) + "）";
    }

    private static String limit(Limit limit) {
        return limit == null ? "" : limit.textWithNote();
    }

    private static String yesNo(boolean value) {
        return value ? "是" : "否";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static <T> String join(List<T> values, Function<T, String> label) {
        return join(values, label, "、");
    }

    private static <T> String join(List<T> values, Function<T, String> label, String separator) {
        return values.stream().map(label).collect(Collectors.joining(separator));
    }
}
