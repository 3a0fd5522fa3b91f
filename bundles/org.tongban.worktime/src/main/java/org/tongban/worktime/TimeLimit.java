package org.tongban.worktime;

/**
 * A time limit (办理时限) with its unit, for example 60 natural days (60 日) or 20 working days (20 个工作日).
 *
 * @param amount not negative; 0 of a unit of days means the same day (当日办结)
 * @param unit the unit; see {@link LimitUnit} and {@link WorkCalendar} for how each is counted
 */
public record TimeLimit(int amount, LimitUnit unit) {

    public TimeLimit {
        if (unit == null) {
            throw new WorktimeException("请指定时限单位");
        }
        if (amount < 0) {
            throw new WorktimeException("时限不能为负数：" + amount);
        }
    }

    /** N working days (工作日). */
    public static TimeLimit workingDays(int amount) {
        return new TimeLimit(amount, LimitUnit.WORKING_DAYS);
    }

    /** N natural days (日、自然日). */
    public static TimeLimit naturalDays(int amount) {
        return new TimeLimit(amount, LimitUnit.NATURAL_DAYS);
    }

    /** N months (月). */
    public static TimeLimit months(int amount) {
        return new TimeLimit(amount, LimitUnit.MONTHS);
    }

    /** N natural hours (小时). */
    public static TimeLimit naturalHours(int amount) {
        return new TimeLimit(amount, LimitUnit.NATURAL_HOURS);
    }

    /** N hours of office time (工作小时). */
    public static TimeLimit workingHours(int amount) {
        return new TimeLimit(amount, LimitUnit.WORKING_HOURS);
    }

    @Override
    public String toString() {
        return amount + " " + unit;
    }
}
