package org.tongban.intake.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** The details of the workflow's clock effects, as the working-time engine reads them. */
final class Steps {
    private Steps() {}

    /** Starting the clock with the pinned guide's promised limit and extension rule. */
    static Map<String, String> start(StoredCase k) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("limit", Integer.toString(k.limitAmount()));
        details.put("unit", k.limitUnit());
        details.put("department", k.full().departmentCode());
        details.put("matterType", k.matterType());
        if (k.extensionCount() > 0 && k.extensionAmount() > 0) {
            details.put("extensionRule", k.extensionCount() + "x" + k.extensionCount() * k.extensionAmount());
        }
        return details;
    }
}
