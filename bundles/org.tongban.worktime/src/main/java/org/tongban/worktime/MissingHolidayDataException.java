package org.tongban.worktime;

/**
 * A computation reached a year for which the State Council's holiday notice is not in the data. The engine never
 * guesses weekdays-only for such a year: the computation fails and the health check reports the gap.
 */
public class MissingHolidayDataException extends WorktimeException {
    private static final long serialVersionUID = 1L;

    private final int year;

    public MissingHolidayDataException(int year) {
        super("缺少" + year + "年的法定节假日和调休数据（国务院办公厅通知未收录），无法计算工作日；请更新节假日数据");
        this.year = year;
    }

    /** The year without data. */
    public int year() {
        return year;
    }
}
