package org.tongban.worktime;

import java.time.Instant;
import java.util.List;

/**
 * A year of the national holiday data as the calendars use it.
 *
 * @param year the year
 * @param source where its days come from
 * @param papers addresses of the State Council notices it was taken from
 * @param offDays holidays in the notice
 * @param makeUpDays make-up working days (调休上班) in the notice
 * @param loadedBy who loaded it at run time, or {@code null}
 * @param loadedAt when it was loaded at run time, or {@code null}
 */
public record HolidayYear(
        int year, Source source, List<String> papers, int offDays, int makeUpDays, String loadedBy, Instant loadedAt) {

    public HolidayYear {
        papers = List.copyOf(papers);
    }

    /** Where a year's days come from. */
    public enum Source {
        /** The data shipped with the engine. */
        SHIPPED,
        /** Loaded by an administrator at run time; it takes precedence over shipped data of the same year. */
        LOADED,
        /** No notice yet: counted provisionally, weekends only, and every deadline in it is marked 暂定. */
        PROVISIONAL
    }
}
