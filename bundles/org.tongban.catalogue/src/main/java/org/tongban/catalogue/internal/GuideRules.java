package org.tongban.catalogue.internal;

import static org.tongban.catalogue.CatalogueLimits.MAX_CODE_LENGTH;
import static org.tongban.catalogue.CatalogueLimits.MAX_LIMIT_DAYS;
import static org.tongban.catalogue.CatalogueLimits.MAX_NAME_LENGTH;
import static org.tongban.catalogue.CatalogueLimits.MAX_TEXT_LENGTH;
import static org.tongban.catalogue.internal.JsonIn.path;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.tongban.catalogue.Attachment;
import org.tongban.catalogue.CatalogueLimits;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.Faq;
import org.tongban.catalogue.Fee;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.MaterialRef;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.SituationOption;
import org.tongban.catalogue.SituationQuestion;
import org.tongban.catalogue.SpecialStep;
import org.tongban.catalogue.Step;
import org.tongban.catalogue.ValidationError;

/**
 * The rules of the exchange format, applied to every save and import. Each problem is added with its path (the
 * paths of the exchange format), so that the user finds the field; checking never stops at the first problem.
 */
final class GuideRules {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final int MAX_COPIES = 99;

    private final List<ValidationError> errors;
    private final CatalogueLookup lookup;

    GuideRules(List<ValidationError> errors, CatalogueLookup lookup) {
        this.errors = errors;
        this.lookup = lookup;
    }

    void error(String path, String message) {
        errors.add(new ValidationError(path, message));
    }

    void matter(Matter m, String at) {
        code(m.code(), path(at, "code"));
        code(m.baseCode(), path(at, "baseCode"));
        name(m.name(), path(at, "name"));
        required(m.type(), path(at, "type"));
        if (m.audiences().isEmpty()) {
            error(path(at, "audiences"), "至少选择一项（自然人、法人）");
        } else if (Set.copyOf(m.audiences()).size() != m.audiences().size()) {
            error(path(at, "audiences"), "不能重复");
        }
        jurisdiction(m.jurisdictionCode(), path(at, "jurisdiction"));
        if (code(m.departmentCode(), path(at, "department")) && !lookup.departmentExists(m.departmentCode())) {
            error(path(at, "department"), "部门「" + m.departmentCode() + "」不存在");
        }
        text(m.legalBasis(), path(at, "legalBasis"), true);
        text(m.conditions(), path(at, "conditions"), true);
        steps(m.steps(), path(at, "steps"));
        new LimitRules(errors).limits(m.limits(), path(at, "limits"));
        fees(m.fees(), path(at, "fees"));
        text(m.location(), path(at, "location"), true);
        text(m.hours(), path(at, "hours"), true);
        name(m.result(), path(at, "result"));
        if (m.delivery().isEmpty()) {
            error(path(at, "delivery"), "至少选择一种送达方式");
        } else if (Set.copyOf(m.delivery()).size() != m.delivery().size()) {
            error(path(at, "delivery"), "不能重复");
        }
        if (m.visits() < 0 || m.visits() > CatalogueLimits.MAX_VISITS) {
            error(path(at, "visits"), "跑动次数应为0到" + CatalogueLimits.MAX_VISITS + "之间的整数（当前为" + m.visits() + "）");
        } else if (m.visits() >= 2
                && (m.visitReason() == null || m.visitReason().isBlank())) {
            error(path(at, "visitReason"), "需要跑动" + m.visits() + "次的，须说明理由");
        }
        text(m.visitReason(), path(at, "visitReason"), false);
        required(m.onlineDepth(), path(at, "onlineDepth"));
        required(m.crossRegion(), path(at, "crossRegion"));
        if (Set.copyOf(m.crossRegionModes()).size() != m.crossRegionModes().size()) {
            error(path(at, "crossRegionModes"), "不能重复");
        }
        shortText(m.resultCertificate(), path(at, "resultCertificate"));
        new AuthorityRules(errors, lookup).check(m, at);
        materials(m.materials(), path(at, "materials"));
        specialSteps(m.specialSteps(), path(at, "specialSteps"));
    }

    private void steps(List<Step> steps, String at) {
        if (steps.isEmpty()) {
            error(at, "至少填写一个办理环节");
        }
        for (int i = 0; i < steps.size(); i++) {
            name(steps.get(i).name(), path(path(at, i), "name"));
            text(steps.get(i).description(), path(path(at, i), "description"), false);
        }
    }

    private void fees(List<Fee> fees, String at) {
        for (int i = 0; i < fees.size(); i++) {
            name(fees.get(i).item(), path(path(at, i), "item"));
            text(fees.get(i).standard(), path(path(at, i), "standard"), true);
            text(fees.get(i).basis(), path(path(at, i), "basis"), false);
        }
    }

    private void materials(List<Material> materials, String at) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < materials.size(); i++) {
            Material m = materials.get(i);
            String here = path(at, i);
            if (name(m.name(), path(here, "name")) && !names.add(m.name())) {
                error(path(here, "name"), "材料名称「" + m.name() + "」重复");
            }
            count(m.originals(), path(here, "originals"));
            count(m.copies(), path(here, "copies"));
            shortText(m.format(), path(here, "format"));
            shortText(m.eCertificate(), path(here, "eCertificate"));
            text(m.note(), path(here, "note"), false);
            attachment(m.blankForm(), path(here, "blankForm"));
            attachment(m.sample(), path(here, "sample"));
            new MaterialRules(errors).details(m, here);
        }
    }

    private void specialSteps(List<SpecialStep> steps, String at) {
        for (int i = 0; i < steps.size(); i++) {
            SpecialStep step = steps.get(i);
            name(step.name(), path(path(at, i), "name"));
            required(step.kind(), path(path(at, i), "kind"));
            days(step.maxDays(), path(path(at, i), "maxDays"));
            text(step.note(), path(path(at, i), "note"), false);
        }
    }

    private void attachment(Attachment attachment, String at) {
        if (attachment == null) {
            return;
        }
        String fileName = attachment.fileName();
        if (fileName == null || fileName.isBlank()) {
            error(path(at, "fileName"), "不能为空");
        } else if (fileName.length() > 255) {
            error(path(at, "fileName"), "不能超过255个字");
        }
        String problem = lookup.attachmentProblem(attachment);
        if (problem != null) {
            error(at, problem);
        }
    }

    void department(Department d, String at) {
        code(d.code(), path(at, "code"));
        name(d.name(), path(at, "name"));
        jurisdiction(d.jurisdictionCode(), path(at, "jurisdiction"));
        shortText(d.phone(), path(at, "phone"));
        if (d.creditCode() != null) {
            String problem = CreditCodes.problem(d.creditCode());
            if (problem != null) {
                error(path(at, "creditCode"), problem);
            }
        }
    }

    void faq(Faq f, String at) {
        code(f.code(), path(at, "code"));
        text(f.question(), path(at, "question"), true);
        text(f.answer(), path(at, "answer"), true);
        if (f.matterCodes().isEmpty()) {
            error(path(at, "matters"), "至少关联一个事项");
        }
        matterRefs(f.matterCodes(), path(at, "matters"));
    }

    void lifeEvent(LifeEvent e, String at) {
        code(e.code(), path(at, "code"));
        name(e.name(), path(at, "name"));
        jurisdiction(e.jurisdictionCode(), path(at, "jurisdiction"));
        required(e.audience(), path(at, "audience"));
        text(e.description(), path(at, "description"), false);
        if (e.matterCodes().isEmpty()) {
            error(path(at, "matters"), "至少包含一个事项");
        }
        matterRefs(e.matterCodes(), path(at, "matters"));
        Set<String> questionCodes = new HashSet<>();
        for (int i = 0; i < e.questions().size(); i++) {
            SituationQuestion q = e.questions().get(i);
            String here = path(path(at, "questions"), i);
            if (code(q.code(), path(here, "code")) && !questionCodes.add(q.code())) {
                error(path(here, "code"), "问题编码「" + q.code() + "」重复");
            }
            text(q.text(), path(here, "text"), true);
            if (q.options().size() < 2) {
                error(path(here, "options"), "至少需要两个选项");
            }
            Set<String> optionCodes = new HashSet<>();
            for (int j = 0; j < q.options().size(); j++) {
                option(q.options().get(j), path(path(here, "options"), j), optionCodes);
            }
        }
    }

    private void option(SituationOption o, String at, Set<String> codes) {
        if (code(o.code(), path(at, "code")) && !codes.add(o.code())) {
            error(path(at, "code"), "选项编码「" + o.code() + "」重复");
        }
        name(o.label(), path(at, "label"));
        matterRefs(o.addMatters(), path(at, "addMatters"));
        materialRefs(o.addMaterials(), path(at, "addMaterials"));
        materialRefs(o.removeMaterials(), path(at, "removeMaterials"));
    }

    private void matterRefs(List<String> codes, String at) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (code == null || code.isBlank()) {
                error(path(at, i), "不能为空");
            } else if (!seen.add(code)) {
                error(path(at, i), "事项「" + code + "」重复");
            } else if (lookup.materialNames(code).isEmpty()) {
                error(path(at, i), "事项「" + code + "」不存在");
            }
        }
    }

    private void materialRefs(List<MaterialRef> refs, String at) {
        for (int i = 0; i < refs.size(); i++) {
            MaterialRef ref = refs.get(i);
            String here = path(at, i);
            if (ref.matterCode() == null || ref.matterCode().isBlank()) {
                error(path(here, "matter"), "不能为空");
                continue;
            }
            Optional<Set<String>> names = lookup.materialNames(ref.matterCode());
            if (names.isEmpty()) {
                error(path(here, "matter"), "事项「" + ref.matterCode() + "」不存在");
            } else if (ref.materialName() == null || ref.materialName().isBlank()) {
                error(path(here, "material"), "不能为空");
            } else if (!names.get().contains(ref.materialName())) {
                error(path(here, "material"), "事项「" + ref.matterCode() + "」没有名为「" + ref.materialName() + "」的材料");
            }
        }
    }

    private void jurisdiction(String code, String at) {
        if (code == null || code.isBlank()) {
            error(at, "不能为空");
        } else if (!lookup.jurisdictionExists(code)) {
            error(at, "行政区划代码「" + code + "」不存在");
        }
    }

    boolean code(String code, String at) {
        if (code == null || code.isBlank()) {
            error(at, "不能为空");
            return false;
        }
        if (code.length() > MAX_CODE_LENGTH) {
            error(at, "不能超过" + MAX_CODE_LENGTH + "个字符（当前" + code.length() + "个）");
            return false;
        }
        if (!CODE.matcher(code).matches()) {
            error(at, "编码「" + code + "」只能包含字母、数字、点、横线和下划线");
            return false;
        }
        return true;
    }

    private boolean name(String value, String at) {
        if (value == null || value.isBlank()) {
            error(at, "不能为空");
            return false;
        }
        return length(value, MAX_NAME_LENGTH, at);
    }

    private void shortText(String value, String at) {
        if (value != null) {
            length(value, MAX_NAME_LENGTH, at);
        }
    }

    private void text(String value, String at, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                error(at, "不能为空");
            }
            return;
        }
        length(value, MAX_TEXT_LENGTH, at);
    }

    // UTF-16 units, never fewer than the characters the columns count.
    private boolean length(String value, int max, String at) {
        if (value.length() > max) {
            error(at, "不能超过" + max + "个字（当前" + value.length() + "个字）");
            return false;
        }
        return true;
    }

    private void required(Object value, String at) {
        if (value == null) {
            error(at, "不能为空");
        }
    }

    private boolean days(int days, String at) {
        if (days < 0 || days > MAX_LIMIT_DAYS) {
            error(at, "应为0到" + MAX_LIMIT_DAYS + "之间的整数（当前为" + days + "）");
            return false;
        }
        return true;
    }

    private void count(int count, String at) {
        if (count < 0 || count > MAX_COPIES) {
            error(at, "应为0到" + MAX_COPIES + "之间的整数（当前为" + count + "）");
        }
    }
}
