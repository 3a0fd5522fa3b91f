package org.tongban.keyprojects.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.tongban.keyprojects.LinkedCase;
import org.tongban.keyprojects.StageStatus;

/**
 * When a stage is done, on schedule, at risk or late. A stage is done when every matter it needs has a linked case
 * decided in the applicant's favour; an open stage is late after its target date and at risk from {@link #warnFrom},
 * the working day that lies the configured number of working days before the target (the target itself counting as
 * the last of them).
 */
final class StageRules {
    /** The default warning period, in working days: the green channel's own rule, configurable per city. */
    static final int DEFAULT_WARNING_WORKING_DAYS = 5;

    private final int warningWorkingDays;
    private final WorkingDays calendar;

    StageRules(int warningWorkingDays, WorkingDays calendar) {
        this.warningWorkingDays = Math.max(0, warningWorkingDays);
        this.calendar = calendar;
    }

    int warningWorkingDays() {
        return warningWorkingDays;
    }

    static boolean done(Collection<String> matters, List<LinkedCase> cases) {
        return !matters.isEmpty()
                && matters.stream().allMatch(m -> cases.stream()
                        .anyMatch(c -> c.matterCode().equals(m) && c.favourable()));
    }

    StageStatus status(String jurisdiction, LocalDate target, boolean done, LocalDate today) {
        if (done) {
            return StageStatus.DONE;
        }
        if (today.isAfter(target)) {
            return StageStatus.LATE;
        }
        return today.isBefore(warnFrom(jurisdiction, target)) ? StageStatus.ON_SCHEDULE : StageStatus.AT_RISK;
    }

    /**
     * The first day of the warning period: going back from the target, the {@code N}-th working day counting the target
     * (or the working day before it when it is a day off) as the first; the target itself when N is 0.
     */
    LocalDate warnFrom(String jurisdiction, LocalDate target) {
        if (warningWorkingDays == 0) {
            return target;
        }
        LocalDate day = target;
        int counted = 0;
        for (int guard = 0; guard < 3660; guard++) {
            if (calendar.isWorkingDay(jurisdiction, day)) {
                counted++;
                if (counted == warningWorkingDays) {
                    return day;
                }
            }
            day = day.minusDays(1);
        }
        return day;
    }
}
