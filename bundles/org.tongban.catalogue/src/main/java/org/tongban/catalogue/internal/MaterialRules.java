package org.tongban.catalogue.internal;

import static org.tongban.catalogue.CatalogueLimits.MAX_NAME_LENGTH;
import static org.tongban.catalogue.CatalogueLimits.MAX_TEXT_LENGTH;
import static org.tongban.catalogue.internal.JsonIn.path;

import java.util.List;
import java.util.Set;
import org.tongban.catalogue.CatalogueLimits;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.MaterialDetails;
import org.tongban.catalogue.MaterialForm;
import org.tongban.catalogue.MaterialType;
import org.tongban.catalogue.ValidationError;
import org.tongban.catalogue.Waiver;

/** The rules for a material's details: they must agree with its counts, its e-certificate and tolerant intake. */
final class MaterialRules {
    /** Words of a guide saying the hall fetches the material itself. */
    private static final List<String> INTERNAL_LOOKUP = List.of("内部查询", "内部调取");

    private final List<ValidationError> errors;

    MaterialRules(List<ValidationError> errors) {
        this.errors = errors;
    }

    private void error(String at, String message) {
        errors.add(new ValidationError(at, message));
    }

    void details(Material m, String at) {
        MaterialDetails d = m.details();
        if (d == null) {
            error(at, "缺少材料类型、载体和来源");
            return;
        }
        MaterialType counted = MaterialType.of(m.originals(), m.copies());
        // No paper at all (filled in online, fetched by data sharing): there is no type to state.
        if (d.type() == null && counted != null) {
            error(path(at, "type"), "请选择材料类型（原件、复印件、原件和复印件）");
        } else if (d.type() != null && d.type() != counted) {
            error(
                    path(at, "type"),
                    "材料类型「" + d.type().label() + "」与份数不符（原件" + m.originals() + "份，复印件" + m.copies() + "份，应为「"
                            + counted.label() + "」）");
        }
        if (d.forms().isEmpty()) {
            error(path(at, "forms"), "至少选择一种载体（纸质、电子）");
        } else if (Set.copyOf(d.forms()).size() != d.forms().size()) {
            error(path(at, "forms"), "不能重复");
        }
        if (d.source() == null) {
            error(path(at, "source"), "请选择材料来源");
        }
        if (Set.copyOf(d.waivers()).size() != d.waivers().size()) {
            error(path(at, "waivers"), "不能重复");
        }
        boolean named = m.eCertificate() != null && !m.eCertificate().isBlank();
        if (d.waivers().contains(Waiver.E_CERTIFICATE) != named) {
            error(path(at, "waivers"), named ? "填写了免提交的电子证照，免提交方式应包含“电子证照”" : "免提交方式包含“电子证照”，请填写电子证照名称");
        }
        nothingToHandIn(m, d, at);
        tolerance(m, d, at);
        if (d.acceptanceStandard() != null && d.acceptanceStandard().length() > MAX_TEXT_LENGTH) {
            error(path(at, "acceptanceStandard"), "不能超过" + MAX_TEXT_LENGTH + "个字");
        }
    }

    /*
     * A row a citizen cannot act on: required, yet neither an original nor a copy on paper, nothing electronic and no
     * way of being spared it; or a material the hall looks up itself (内部查询, 内部调取) listed as one to bring.
     */
    private void nothingToHandIn(Material m, MaterialDetails d, String at) {
        String text = (m.format() == null ? "" : m.format()) + " " + (m.note() == null ? "" : m.note());
        boolean lookedUp = INTERNAL_LOOKUP.stream().anyMatch(text::contains);
        if (lookedUp && !d.waivers().contains(Waiver.DATA_SHARING)) {
            error(path(at, "waivers"), "材料由部门内部查询或调取，申请人无需提交：免提交方式应包含“数据共享”");
        } else if (m.required()
                && m.originals() == 0
                && m.copies() == 0
                && d.waivers().isEmpty()
                && !d.forms().contains(MaterialForm.ELECTRONIC)) {
            error(path(at, "originals"), "必需材料的原件和复印件都是0份，申请人不知道要交什么：请填写份数，或选择电子载体，或写明免提交方式");
        }
    }

    // 容缺受理: accepted missing only against a deadline to supply it and a stated consequence.
    private void tolerance(Material m, MaterialDetails d, String at) {
        if (!m.tolerant()) {
            if (d.supplyDeadline() != null || d.supplyConsequence() != null) {
                error(path(at, "supplyDeadline"), "只有可容缺受理的材料才填写补交期限和后果");
            }
            return;
        }
        if (d.supplyDeadline() == null) {
            error(path(at, "supplyDeadline"), "可容缺受理的材料须写明补交期限，例如“5 个工作日”");
        } else if (d.supplyDeadline().amount() < 1 || d.supplyDeadline().amount() > CatalogueLimits.MAX_LIMIT_DAYS) {
            error(path(at, "supplyDeadline"), "补交期限应为1到" + CatalogueLimits.MAX_LIMIT_DAYS + "之间");
        }
        if (d.supplyConsequence() == null || d.supplyConsequence().isBlank()) {
            error(path(at, "supplyConsequence"), "可容缺受理的材料须写明逾期未补交的后果");
        } else if (d.supplyConsequence().length() > MAX_NAME_LENGTH) {
            error(path(at, "supplyConsequence"), "不能超过" + MAX_NAME_LENGTH + "个字");
        }
    }
}
