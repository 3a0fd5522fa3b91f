package org.tongban.intake;

import java.time.Instant;
import java.util.List;

/**
 * A case as anyone holding its number and the applicant's last 4 characters may see it: no names, no identifiers.
 *
 * @param number the case number
 * @param matterName the matter
 * @param state the workflow state ({@link IntakeStates})
 * @param receivedAt when it was received
 * @param milestones what happened, oldest first
 */
public record TrackedCase(
        String number, String matterName, String state, Instant receivedAt, List<Milestone> milestones) {
    public TrackedCase {
        milestones = List.copyOf(milestones);
    }

    /**
     * One milestone: {@code RECEIVED}, or the kind of a document the case issued ({@code ACCEPTANCE}, {@code
     * CORRECTION}, {@code RESULT} ...), which says the step.
     *
     * @param at when
     * @param kind what
     */
    public record Milestone(Instant at, String kind) {}
}
