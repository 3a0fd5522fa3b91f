package org.tongban.catalogue.internal;

import static org.tongban.catalogue.CatalogueLimits.MAX_NAME_LENGTH;
import static org.tongban.catalogue.CatalogueLimits.MAX_TEXT_LENGTH;
import static org.tongban.catalogue.internal.JsonIn.path;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tongban.catalogue.ContactChannel;
import org.tongban.catalogue.IntermediaryService;
import org.tongban.catalogue.Limit;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterAuthority;
import org.tongban.catalogue.Step;
import org.tongban.catalogue.ValidationError;

/**
 * The rules for who holds the power over a matter, its intermediary services, its channels, its step limits and its
 * national codes; paths are those of the exchange format.
 */
final class AuthorityRules {
    private final List<ValidationError> errors;
    private final CatalogueLookup lookup;

    AuthorityRules(List<ValidationError> errors, CatalogueLookup lookup) {
        this.errors = errors;
        this.lookup = lookup;
    }

    void check(Matter m, String at) {
        authority(m.authority(), m.departmentCode(), path(at, "authority"));
        intermediaries(m.intermediaries(), path(at, "intermediaries"));
        consultation(m.consultation(), path(at, "consultation"));
        complaint(m.complaint(), path(at, "complaint"));
        stepLimits(m, path(at, "steps"));
        new NationalCodeRules(errors)
                .check(
                        m.nationalCodes(),
                        bodyCreditCode(m),
                        m.jurisdictionCode() == null
                                ? null
                                : lookup.jurisdictionLevel(m.jurisdictionCode()).orElse(null),
                        path(at, "nationalCodes"));
    }

    /** The implementing body's credit code when recorded: its own, or the handling department's when it is the body. */
    private String bodyCreditCode(Matter m) {
        MatterAuthority a = m.authority();
        if (!a.byHandlingDepartment()) {
            return a.bodyCreditCode() == null || CreditCodes.problem(a.bodyCreditCode()) != null
                    ? null
                    : a.bodyCreditCode();
        }
        return m.departmentCode() == null
                ? null
                : lookup.department(m.departmentCode()).map(d -> d.creditCode()).orElse(null);
    }

    private void authority(MatterAuthority a, String department, String at) {
        if (a.byHandlingDepartment()) {
            if (a.bodyCreditCode() != null && !a.bodyCreditCode().isBlank()) {
                error(path(at, "body"), "填写了实施主体的统一社会信用代码，请同时填写实施主体名称");
            }
        } else {
            length(a.bodyName(), MAX_NAME_LENGTH, path(at, "body"));
            if (a.bodyCreditCode() != null) {
                String problem = CreditCodes.problem(a.bodyCreditCode());
                if (problem != null) {
                    error(path(at, "creditCode"), problem);
                }
            }
        }
        if (a.powerSource() == null) {
            error(path(at, "powerSource"), "请选择权力来源（法定本级、上级下放、委托）");
        } else if (a.powerSource().needsGrantingBody()) {
            if (a.grantingBody() == null || a.grantingBody().isBlank()) {
                error(
                        path(at, "grantingBody"),
                        "权力来源为" + a.powerSource().label() + "的，须填写"
                                + (a.powerSource().label().equals("委托") ? "委托" : "下放") + "机关");
            } else {
                length(a.grantingBody(), MAX_NAME_LENGTH, path(at, "grantingBody"));
            }
        } else if (a.grantingBody() != null && !a.grantingBody().isBlank()) {
            error(path(at, "grantingBody"), "权力来源为法定本级的，不填写下放或委托机关");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < a.jointDepartments().size(); i++) {
            String code = a.jointDepartments().get(i);
            String here = path(path(at, "jointDepartments"), i);
            if (code == null || code.isBlank()) {
                error(here, "不能为空");
            } else if (!seen.add(code)) {
                error(here, "联办机构「" + code + "」重复");
            } else if (code.equals(department)) {
                error(here, "承办机构「" + code + "」不必再列为联办机构");
            } else if (lookup.department(code).isEmpty()) {
                error(here, "部门「" + code + "」不存在");
            }
        }
    }

    private void intermediaries(List<IntermediaryService> services, String at) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < services.size(); i++) {
            IntermediaryService s = services.get(i);
            String here = path(at, i);
            if (s.name() == null || s.name().isBlank()) {
                error(path(here, "name"), "不能为空");
            } else if (length(s.name(), MAX_NAME_LENGTH, path(here, "name")) && !names.add(s.name())) {
                error(path(here, "name"), "中介服务「" + s.name() + "」重复");
            }
            if (s.statutory() && (s.legalBasis() == null || s.legalBasis().isBlank())) {
                error(path(here, "legalBasis"), "法定中介服务须填写设定依据");
            } else if (s.legalBasis() != null) {
                length(s.legalBasis(), MAX_TEXT_LENGTH, path(here, "legalBasis"));
            }
        }
    }

    private void consultation(ContactChannel c, String at) {
        if (c.phone() == null || c.phone().isBlank()) {
            error(path(at, "phone"), "不能为空");
        } else {
            length(c.phone(), MAX_NAME_LENGTH, path(at, "phone"));
        }
        if (c.other() != null) {
            length(c.other(), MAX_TEXT_LENGTH, path(at, "other"));
        }
    }

    private void complaint(ContactChannel c, String at) {
        if (c.isEmpty()) {
            error(at, "请填写投诉电话或其他投诉渠道");
        }
        if (c.phone() != null) {
            length(c.phone(), MAX_NAME_LENGTH, path(at, "phone"));
        }
        if (c.other() != null) {
            length(c.other(), MAX_TEXT_LENGTH, path(at, "other"));
        }
    }

    /**
     * The steps' limits must fit in the promised limit, which is what the applicant was told: checked when every step
     * that has a limit counts in the promised limit's unit (sums of different units depend on the calendar).
     */
    private void stepLimits(Matter m, String at) {
        LimitRules limits = new LimitRules(errors);
        int total = 0;
        Limit promised = m.limits() == null ? null : m.limits().promised();
        boolean comparable = promised != null && promised.unit() != null;
        StringBuilder names = new StringBuilder();
        int counted = 0;
        for (int i = 0; i < m.steps().size(); i++) {
            Step step = m.steps().get(i);
            if (step.limit() == null) {
                continue;
            }
            if (!limits.limit(step.limit(), path(path(at, i), "limit"), "环节时限")) {
                comparable = false;
                continue;
            }
            comparable &= promised != null && step.limit().unit() == promised.unit();
            total += step.limit().amount();
            names.append(counted++ == 0 ? "" : "、").append(step.name());
        }
        if (comparable && counted > 0 && total > promised.amount()) {
            error(
                    at,
                    "各环节时限合计" + new Limit(total, promised.unit(), null).text() + "（" + names + "），超过承诺时限（"
                            + promised.text() + "）");
        }
    }

    private boolean length(String value, int max, String at) {
        if (value.length() > max) {
            error(at, "不能超过" + max + "个字（当前" + value.length() + "个字）");
            return false;
        }
        return true;
    }

    private void error(String at, String message) {
        errors.add(new ValidationError(at, message));
    }
}
