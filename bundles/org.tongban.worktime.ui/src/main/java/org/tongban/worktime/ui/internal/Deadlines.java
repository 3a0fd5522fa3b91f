package org.tongban.worktime.ui.internal;

import org.tongban.platform.ui.Deadline;
import org.tongban.worktime.Progress;

/** Worktime's progress of a clock as the UI kit's deadline value, for its deadline badge. */
final class Deadlines {
    private Deadlines() {}

    static Deadline of(Progress progress) {
        Deadline.Status status =
                switch (progress.status()) {
                    case NORMAL -> Deadline.Status.NORMAL;
                    case WARNING -> Deadline.Status.WARNING;
                    case OVERDUE -> Deadline.Status.OVERDUE;
                };
        return new Deadline(
                status,
                progress.deadline(),
                progress.remainingWorkingDays(),
                progress.remainingOfficeTime(),
                progress.provisional());
    }
}
