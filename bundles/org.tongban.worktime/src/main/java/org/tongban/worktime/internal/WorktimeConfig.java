package org.tongban.worktime.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.tongban.worktime.CountingStart;
import org.tongban.worktime.PauseKind;

/** Configuration PID {@code org.tongban.worktime}, shared by the engine's components. */
@ObjectClassDefinition(name = "Tongban working time", description = "工作日历与办理时限")
public @interface WorktimeConfig {
    String PID = "org.tongban.worktime";

    @AttributeDefinition(description = "Office hours where no jurisdiction sets its own, e.g. 09:00-12:00,13:30-17:30")
    String defaultOfficeHours() default "09:00-12:00,13:30-17:30";

    @AttributeDefinition(description = "Warn when this many working days or fewer are left (0 = never by days)")
    int warningWorkingDays() default 2;

    @AttributeDefinition(description = "Warn when this share of the limit, in percent, is used (0 = never by share)")
    int warningPercent() default 80;

    @AttributeDefinition(description = "Seconds between two sweeps for due warning and overdue events")
    int sweepIntervalSeconds() default 60;

    @AttributeDefinition(description = "Seconds a built calendar is cached; edits on other nodes show after this")
    int calendarCacheSeconds() default 60;

    @AttributeDefinition(
            description = "After which day periods in days count when acceptance is on a day off or after closing time:"
                    + " CALENDAR_DATE (民法典 第201条, the date of acceptance) or NEXT_WORKING_DAY (the next working day)")
    CountingStart countingStart() default CountingStart.CALENDAR_DATE;

    @AttributeDefinition(
            description = "Counting start per jurisdiction and its subtree, as code=CALENDAR_DATE or"
                    + " code=NEXT_WORKING_DAY; the nearest level wins over countingStart")
    String[] jurisdictionCountingStart() default {};

    @AttributeDefinition(
            description = "A period in natural days or months whose last day is a day off ends on the next working day"
                    + " (民法典 第203条)")
    boolean naturalPeriodMovesOffDaysOff() default true;

    @AttributeDefinition(
            description = "While the State Council's notice for a year is not in the data, count that year"
                    + " provisionally (weekends only, deadlines marked 暂定 and recomputed when the notice is loaded):"
                    + " this many years after the last year with data, at least through next year; 0 refuses every"
                    + " computation that reaches a missing year")
    int provisionalYears() default 2;

    @AttributeDefinition(description = "Seconds between two checks for provisional clocks to recompute after new data")
    int provisionalRecomputeSeconds() default 300;

    @AttributeDefinition(
            description = "Extension rule of a clock that brings none, per unit, as UNIT=COUNTxAMOUNT (行政许可法 第42条:"
                    + " WORKING_DAYS=1x10); a unit not listed cannot be extended without the matter's own rule")
    String[] defaultExtensionRules() default {"WORKING_DAYS=1x10"};

    @AttributeDefinition(
            description = "Steps a clock may pause for (行政许可法 第45条: HEARING, TENDER, AUCTION, INSPECTION, TESTING,"
                    + " QUARANTINE, APPRAISAL, EXPERT_REVIEW; OTHER with its law named)")
    PauseKind[] pauseKinds() default {
        PauseKind.HEARING,
        PauseKind.TENDER,
        PauseKind.AUCTION,
        PauseKind.INSPECTION,
        PauseKind.TESTING,
        PauseKind.QUARANTINE,
        PauseKind.APPRAISAL,
        PauseKind.EXPERT_REVIEW,
        PauseKind.OTHER
    };
}
