package org.tongban.keyprojects;

import java.time.LocalDate;
import java.util.List;

/**
 * A line of the project list.
 *
 * @param project the project
 * @param overall its worst stage status
 * @param stages how many stages its plan has
 * @param stagesDone how many are done
 * @param nextTarget the target date of the first open stage, or null when all are done
 */
public record ProjectRow(KeyProject project, StageStatus overall, int stages, int stagesDone, LocalDate nextTarget) {

    /** The worst of these statuses; {@link StageStatus#DONE} when there are none or all are done. */
    public static StageStatus worst(List<StageStatus> statuses) {
        if (statuses.contains(StageStatus.LATE)) {
            return StageStatus.LATE;
        }
        if (statuses.contains(StageStatus.AT_RISK)) {
            return StageStatus.AT_RISK;
        }
        if (statuses.contains(StageStatus.ON_SCHEDULE)) {
            return StageStatus.ON_SCHEDULE;
        }
        return StageStatus.DONE;
    }
}
