package org.tongban.worktime;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A service hall (服务大厅) of a jurisdiction, as far as working time needs it: its code, its name and the office
 * hours it sets itself. The hall register itself belongs to the service-hall feature; days off and make-up working
 * days stay those of the jurisdiction's calendar.
 *
 * @param jurisdictionCode GB/T 2260 code of the jurisdiction the hall belongs to
 * @param code the hall's code, unique within its jurisdiction ({@link #CODE_FORMAT})
 * @param name the hall's name, for example 市民中心
 * @param officeHours its own base office hours, or {@code null} to keep the jurisdiction's
 * @param seasons its own seasonal office hours, winning over its base hours on the days they cover
 * @param dateHours its own office hours of single dates (a half day at this hall only), winning over its seasons
 */
public record ServiceHall(
        String jurisdictionCode,
        String code,
        String name,
        OfficeHours officeHours,
        List<SeasonalHours> seasons,
        List<DateHours> dateHours) {

    /** A hall code: a letter or digit, then up to 31 letters, digits, hyphens or underscores. */
    public static final Pattern CODE_FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

    public ServiceHall {
        seasons = List.copyOf(seasons);
        dateHours = List.copyOf(dateHours);
    }

    /**
     * Checks a hall code's format.
     *
     * @throws WorktimeException with a Chinese message if it is blank or not of {@link #CODE_FORMAT}
     */
    public static String checkCode(String code) {
        if (code == null || !CODE_FORMAT.matcher(code).matches()) {
            throw new WorktimeException("服务大厅编码须为1至32位字母、数字、连字符或下划线，且以字母或数字开头：" + (code == null ? "" : code));
        }
        return code;
    }

    /**
     * The office hours this hall itself sets for a date: its date hours, else a season covering it, else its base
     * hours; {@code null} when it sets none, so that the jurisdiction's hours apply.
     */
    public OfficeHours hoursOn(LocalDate date) {
        return new CalendarRules(jurisdictionCode, officeHours, null, List.of(), seasons, dateHours).hoursOn(date);
    }
}
