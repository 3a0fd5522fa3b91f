package org.tongban.catalogue.ui.console;

import java.util.Map;

/**
 * Reads the locations of validation errors ({@code materials[2].name}, {@code 事项表第14行.name}) to find the field or
 * list they point at.
 */
final class ErrorLocations {
    // Message keys of the guide's fields and of the fields of its rows, by their key in a location.
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("code", "catalogue.console.code"),
            Map.entry("baseCode", "catalogue.console.baseCode"),
            Map.entry("name", "catalogue.console.name"),
            Map.entry("type", "catalogue.console.type"),
            Map.entry("audiences", "catalogue.console.audiences"),
            Map.entry("jurisdiction", "catalogue.console.jurisdiction"),
            Map.entry("jurisdictionCode", "catalogue.console.jurisdiction"),
            Map.entry("department", "catalogue.console.department"),
            Map.entry("departmentCode", "catalogue.console.department"),
            Map.entry("legalBasis", "catalogue.console.legalBasis"),
            Map.entry("conditions", "catalogue.console.conditions"),
            Map.entry("legalLimitDays", "catalogue.console.legalLimitDays"),
            Map.entry("promisedLimitDays", "catalogue.console.promisedLimitDays"),
            Map.entry("limits", "catalogue.console.section.limits"),
            Map.entry("limits.legal", "catalogue.console.legalLimitDays"),
            Map.entry("limits.promised", "catalogue.console.promisedLimitDays"),
            Map.entry("limits.acceptance", "catalogue.console.limit.acceptance"),
            Map.entry("limits.delivery", "catalogue.console.limit.delivery"),
            Map.entry("limits.extension", "catalogue.console.limit.extension"),
            Map.entry("instant", "catalogue.console.instant"),
            Map.entry("location", "catalogue.console.location"),
            Map.entry("hours", "catalogue.console.hours"),
            Map.entry("phone", "catalogue.console.phone"),
            Map.entry("result", "catalogue.console.result"),
            Map.entry("delivery", "catalogue.console.delivery"),
            Map.entry("visits", "catalogue.console.visits"),
            Map.entry("visitReason", "catalogue.console.visitReason"),
            Map.entry("inPersonOnly", "catalogue.console.inPersonOnly"),
            Map.entry("onlineDepth", "catalogue.console.onlineDepth"),
            Map.entry("crossRegion", "catalogue.console.crossRegion"),
            Map.entry("commitmentAllowed", "catalogue.console.commitmentAllowed"),
            Map.entry("complaintChannel", "catalogue.console.complaintChannel"),
            Map.entry("nationalCodes", "catalogue.console.section.basic"),
            Map.entry("nationalCodes.baseCode", "catalogue.console.nationalBaseCode"),
            Map.entry("nationalCodes.implementationCode", "catalogue.console.nationalCode"),
            Map.entry("authority", "catalogue.console.section.authority"),
            Map.entry("authority.body", "catalogue.console.body"),
            Map.entry("authority.creditCode", "catalogue.console.bodyCreditCode"),
            Map.entry("authority.powerSource", "catalogue.console.powerSource"),
            Map.entry("authority.grantingBody", "catalogue.console.grantingBody"),
            Map.entry("authority.jointDepartments", "catalogue.console.jointDepartments"),
            Map.entry("consultation", "catalogue.console.section.whereWhen"),
            Map.entry("consultation.phone", "catalogue.console.phone"),
            Map.entry("consultation.other", "catalogue.console.consultationOther"),
            Map.entry("complaint", "catalogue.console.section.complaint"),
            Map.entry("complaint.phone", "catalogue.console.complaintPhone"),
            Map.entry("complaint.other", "catalogue.console.complaintChannel"),
            Map.entry("intermediaries", "catalogue.console.section.intermediaries"),
            Map.entry("intermediaries.name", "catalogue.console.intermediary.name"),
            Map.entry("intermediaries.legalBasis", "catalogue.console.intermediary.legalBasis"),
            Map.entry("intermediaries.statutory", "catalogue.console.intermediary.statutory"),
            Map.entry("steps.limit", "catalogue.console.step.limit"),
            Map.entry("materials", "catalogue.console.section.materials"),
            Map.entry("materials.name", "catalogue.console.material.name"),
            Map.entry("materials.originals", "catalogue.console.material.originals"),
            Map.entry("materials.copies", "catalogue.console.material.copies"),
            Map.entry("materials.format", "catalogue.console.material.format"),
            Map.entry("materials.eCertificate", "catalogue.console.material.eCertificate"),
            Map.entry("materials.note", "catalogue.console.material.note"),
            Map.entry("materials.blankForm", "catalogue.console.material.blankForm"),
            Map.entry("materials.type", "catalogue.console.material.type"),
            Map.entry("materials.forms", "catalogue.console.material.forms"),
            Map.entry("materials.source", "catalogue.console.material.source"),
            Map.entry("materials.waivers", "catalogue.console.material.waivers"),
            Map.entry("materials.supplyDeadline", "catalogue.console.material.supplyDeadline"),
            Map.entry("materials.supplyConsequence", "catalogue.console.material.supplyConsequence"),
            Map.entry("materials.acceptanceStandard", "catalogue.console.material.acceptanceStandard"),
            Map.entry("materials.sample", "catalogue.console.material.sample"),
            Map.entry("steps", "catalogue.console.section.steps"),
            Map.entry("steps.name", "catalogue.console.step.name"),
            Map.entry("steps.description", "catalogue.console.step.description"),
            Map.entry("fees", "catalogue.console.section.fees"),
            Map.entry("fees.item", "catalogue.console.fee.item"),
            Map.entry("fees.standard", "catalogue.console.fee.standard"),
            Map.entry("fees.basis", "catalogue.console.fee.basis"),
            Map.entry("specialSteps", "catalogue.console.section.specialSteps"),
            Map.entry("specialSteps.name", "catalogue.console.special.name"),
            Map.entry("specialSteps.kind", "catalogue.console.special.kind"),
            Map.entry("specialSteps.maxDays", "catalogue.console.special.maxDays"),
            Map.entry("specialSteps.note", "catalogue.console.special.note"));

    /** Translations, as a component's {@code getTranslation} gives them. */
    @FunctionalInterface
    interface Texts {
        String get(String key, Object... params);
    }

    private ErrorLocations() {}

    /**
     * A guide's error location as clerks read it: {@code materials[2].name} becomes 申请材料 · 第3项 · 材料名称. Parts
     * without a label are kept as they are, so that nothing of the location is lost.
     */
    static String describe(String location, Texts texts) {
        String top = topLevel(location);
        if (top.isEmpty() || !FIELDS.containsKey(top)) {
            return location == null ? "" : location;
        }
        StringBuilder text = new StringBuilder(texts.get(FIELDS.get(top)));
        if (location.startsWith(top + ".")) {
            // limits.legal.amount → 办理时限 · 法定时限; authority.jointDepartments[1] → … · 联办机构 · 第 2 项
            String sub = location.substring(top.length() + 1);
            String key = FIELDS.get(top + "." + topLevel(sub));
            text.append(" · ").append(key == null ? sub : texts.get(key));
            int row = index(sub);
            if (key != null && row >= 0) {
                text.append(" · ").append(texts.get("catalogue.console.errors.row", String.valueOf(row + 1)));
            }
            return text.toString();
        }
        int index = index(location);
        if (index >= 0) {
            text.append(" · ").append(texts.get("catalogue.console.errors.row", String.valueOf(index + 1)));
        }
        String rest = location.substring(location.indexOf(']') + 1);
        if (index >= 0 && rest.startsWith(".")) {
            // steps[1].limit.amount → 办理流程 · 第 2 项 · 环节时限
            String sub = rest.substring(1);
            String key = FIELDS.get(top + "." + topLevel(sub));
            text.append(" · ").append(key == null ? sub : texts.get(key));
        }
        return text.toString();
    }

    /** The first key of a location: {@code materials} for {@code materials[2].name}; empty for none. */
    static String topLevel(String location) {
        if (location == null) {
            return "";
        }
        int end = location.length();
        for (int i = 0; i < location.length(); i++) {
            char c = location.charAt(i);
            if (c == '.' || c == '[') {
                end = i;
                break;
            }
        }
        return location.substring(0, end);
    }

    /** The row a location points into, from 0: 2 for {@code materials[2].name}; -1 when there is none. */
    static int index(String location) {
        if (location == null) {
            return -1;
        }
        int open = location.indexOf('[');
        int close = location.indexOf(']', open + 1);
        if (open < 0 || close < 0) {
            return -1;
        }
        try {
            return Integer.parseInt(location.substring(open + 1, close));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
