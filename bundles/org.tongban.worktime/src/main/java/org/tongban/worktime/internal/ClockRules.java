package org.tongban.worktime.internal;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.tongban.worktime.ExtensionRule;
import org.tongban.worktime.LimitUnit;
import org.tongban.worktime.PauseKind;
import org.tongban.worktime.WorktimeException;

/**
 * The city's rules for changing clocks, from the configuration.
 *
 * @param defaultExtensions the extension rule of a clock that brings none, per unit; a unit not listed cannot be
 *     extended without a rule of its own
 * @param pauseKinds the steps a clock may pause for
 */
record ClockRules(Map<LimitUnit, ExtensionRule> defaultExtensions, Set<PauseKind> pauseKinds) {

    /**
     * 行政许可法 第42条: a decision due in twenty working days may be extended once by ten working days; 第45条: the
     * eight excluded steps plus another named by law.
     */
    static final ClockRules DEFAULTS =
            new ClockRules(Map.of(LimitUnit.WORKING_DAYS, new ExtensionRule(1, 10)), EnumSet.allOf(PauseKind.class));

    ClockRules {
        defaultExtensions = Map.copyOf(defaultExtensions);
        pauseKinds = Set.copyOf(pauseKinds);
    }

    ExtensionRule extensionFor(LimitUnit unit) {
        return defaultExtensions.getOrDefault(unit, ExtensionRule.NONE);
    }

    /** Parses {@code UNIT=COUNTxAMOUNT} entries, for example {@code WORKING_DAYS=1x10}. */
    static Map<LimitUnit, ExtensionRule> extensions(String[] entries) {
        Map<LimitUnit, ExtensionRule> rules = new EnumMap<>(LimitUnit.class);
        for (String entry : entries == null ? new String[0] : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split("=", 2);
            try {
                if (parts.length != 2) {
                    throw new IllegalArgumentException(entry);
                }
                rules.put(LimitUnit.valueOf(parts[0].strip()), ExtensionRule.parse(parts[1]));
            } catch (IllegalArgumentException e) {
                throw new WorktimeException("默认延期规则格式应为 单位=次数x总量，例如 WORKING_DAYS=1x10：" + entry);
            }
        }
        return rules;
    }
}
