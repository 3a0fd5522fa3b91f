package org.tongban.keyprojects;

import java.util.List;

/**
 * A project's page.
 *
 * @param project the project
 * @param stages its plan, in order, each with its cases and status
 * @param otherCases linked cases whose matter no stage needs any more (the plan changed)
 * @param meetings its joint meetings, newest first
 * @param mayManage whether the reader may link cases and hold meetings
 * @param mayEdit whether the reader may change the project
 */
public record ProjectView(
        KeyProject project,
        List<Stage> stages,
        List<LinkedCase> otherCases,
        List<Meeting> meetings,
        boolean mayManage,
        boolean mayEdit) {
    public ProjectView {
        stages = List.copyOf(stages);
        otherCases = List.copyOf(otherCases);
        meetings = List.copyOf(meetings);
    }

    /** The worst status of the stages: late before at risk before on schedule; done when every stage is. */
    public StageStatus overall() {
        return ProjectRow.worst(stages.stream().map(Stage::status).toList());
    }
}
