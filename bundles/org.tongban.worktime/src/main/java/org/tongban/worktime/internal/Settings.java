package org.tongban.worktime.internal;

import java.util.HashMap;
import java.util.Map;
import org.tongban.worktime.CountingStart;
import org.tongban.worktime.DeadlineRules;
import org.tongban.worktime.OfficeHours;
import org.tongban.worktime.WorktimeException;

/**
 * The configuration in the form the code uses; tests build it directly.
 *
 * @param deadlineRules the rules of every calendar, unless {@code countingStartByJurisdiction} sets another start
 * @param countingStartByJurisdiction counting start set for a jurisdiction and its subtree; the nearest level wins
 * @param provisionalYears years after the last one with holiday data that are counted provisionally (at least through
 *     next year); 0 turns provisional counting off
 * @param clockRules extension defaults and allowed pause kinds
 */
record Settings(
        OfficeHours defaultOfficeHours,
        int warningWorkingDays,
        int warningPercent,
        long cacheMillis,
        DeadlineRules deadlineRules,
        Map<String, CountingStart> countingStartByJurisdiction,
        int provisionalYears,
        ClockRules clockRules) {

    static final Settings DEFAULTS = new Settings(OfficeHours.parse("09:00-12:00,13:30-17:30"), 2, 80, 60_000);

    static final int DEFAULT_PROVISIONAL_YEARS = 2;

    Settings {
        countingStartByJurisdiction = Map.copyOf(countingStartByJurisdiction);
        if (provisionalYears < 0) {
            throw new WorktimeException("暂定计算的年数不能为负数：" + provisionalYears);
        }
    }

    Settings(
            OfficeHours defaultOfficeHours,
            int warningWorkingDays,
            int warningPercent,
            long cacheMillis,
            DeadlineRules deadlineRules,
            Map<String, CountingStart> countingStartByJurisdiction) {
        this(
                defaultOfficeHours,
                warningWorkingDays,
                warningPercent,
                cacheMillis,
                deadlineRules,
                countingStartByJurisdiction,
                DEFAULT_PROVISIONAL_YEARS,
                ClockRules.DEFAULTS);
    }

    /** The same settings with another number of provisional years. */
    Settings withProvisionalYears(int years) {
        return new Settings(
                defaultOfficeHours,
                warningWorkingDays,
                warningPercent,
                cacheMillis,
                deadlineRules,
                countingStartByJurisdiction,
                years,
                clockRules);
    }

    /** The same settings with other clock rules. */
    Settings withClockRules(ClockRules rules) {
        return new Settings(
                defaultOfficeHours,
                warningWorkingDays,
                warningPercent,
                cacheMillis,
                deadlineRules,
                countingStartByJurisdiction,
                provisionalYears,
                rules);
    }

    /** Settings with the default deadline rules (民法典 第201–204条). */
    Settings(OfficeHours defaultOfficeHours, int warningWorkingDays, int warningPercent, long cacheMillis) {
        this(defaultOfficeHours, warningWorkingDays, warningPercent, cacheMillis, DeadlineRules.DEFAULTS, Map.of());
    }

    static Settings of(WorktimeConfig config) {
        return new Settings(
                OfficeHours.parse(config.defaultOfficeHours()),
                config.warningWorkingDays(),
                config.warningPercent(),
                config.calendarCacheSeconds() * 1000L,
                new DeadlineRules(config.countingStart(), config.naturalPeriodMovesOffDaysOff()),
                countingStarts(config.jurisdictionCountingStart()),
                config.provisionalYears(),
                new ClockRules(
                        ClockRules.extensions(config.defaultExtensionRules()),
                        config.pauseKinds().length == 0
                                ? java.util.EnumSet.noneOf(org.tongban.worktime.PauseKind.class)
                                : java.util.EnumSet.copyOf(java.util.List.of(config.pauseKinds()))));
    }

    /** Parses {@code code=START} entries, for example {@code 370100=NEXT_WORKING_DAY}. */
    static Map<String, CountingStart> countingStarts(String[] entries) {
        Map<String, CountingStart> starts = new HashMap<>();
        for (String entry : entries == null ? new String[0] : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split("=", 2);
            try {
                if (parts.length != 2 || parts[0].isBlank()) {
                    throw new IllegalArgumentException(entry);
                }
                starts.put(parts[0].strip(), CountingStart.valueOf(parts[1].strip()));
            } catch (IllegalArgumentException e) {
                throw new WorktimeException("期间起算规则格式应为 行政区划代码=CALENDAR_DATE 或 NEXT_WORKING_DAY：" + entry);
            }
        }
        return starts;
    }
}
