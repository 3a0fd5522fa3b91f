package org.tongban.worktime;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The office hours of a working day, as ordered, non-overlapping periods, for example {@code 09:00-12:00,13:30-17:30}.
 *
 * @param periods at least one period, in order
 */
public record OfficeHours(List<Period> periods) {

    /** One period of office time, {@code from} inclusive, {@code to} exclusive. */
    public record Period(LocalTime from, LocalTime to) {
        @Override
        public String toString() {
            return from + "-" + to;
        }
    }

    public OfficeHours {
        periods = List.copyOf(periods);
        if (periods.isEmpty()) {
            throw new WorktimeException("办公时间不能为空");
        }
        LocalTime end = LocalTime.MIN;
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            if (!p.from().isBefore(p.to()) || (i > 0 && p.from().isBefore(end))) {
                throw new WorktimeException("办公时间段须按时间先后排列且互不重叠：" + p);
            }
            end = p.to();
        }
    }

    /**
     * Parses {@code HH:mm-HH:mm} periods separated by commas.
     *
     * @throws WorktimeException with a Chinese message if the text is not of that form
     */
    public static OfficeHours parse(String text) {
        if (text == null || text.isBlank()) {
            throw new WorktimeException("办公时间不能为空");
        }
        List<Period> periods = new ArrayList<>();
        for (String part : text.replace('，', ',').split(",")) {
            String[] ends = part.strip().split("-");
            try {
                if (ends.length != 2) {
                    throw new DateTimeParseException("", part, 0);
                }
                periods.add(new Period(LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip())));
            } catch (DateTimeParseException e) {
                throw new WorktimeException("办公时间格式应为 09:00-12:00,13:30-17:30：" + part.strip());
            }
        }
        return new OfficeHours(periods);
    }

    /** Opening time of the day. */
    public LocalTime opening() {
        return periods.getFirst().from();
    }

    /** Closing time of the day. */
    public LocalTime closing() {
        return periods.getLast().to();
    }

    @Override
    public String toString() {
        return String.join(",", periods.stream().map(Period::toString).toList());
    }
}
