package org.tongban.intake;

import java.util.List;

/**
 * The linked cases of one life-event application, one per matter and department.
 *
 * @param groupId the group's id, {@code YJS<case number of the first case>}
 * @param lifeEventCode the life event
 * @param cases the cases, in the life event's order
 */
public record CaseGroup(String groupId, String lifeEventCode, List<IntakeCase> cases) {
    public CaseGroup {
        cases = List.copyOf(cases);
    }

    /**
     * The status of the whole: {@code DONE} when every case is closed, {@code REFUSED} when any was refused, withdrawn,
     * revoked or terminated, else {@code IN_PROGRESS}.
     */
    public String overallStatus() {
        if (cases.stream().anyMatch(c -> IntakeStates.FAILED.contains(c.state()))) {
            return "REFUSED";
        }
        return cases.stream().allMatch(c -> IntakeStates.DONE.contains(c.state())) ? "DONE" : "IN_PROGRESS";
    }
}
