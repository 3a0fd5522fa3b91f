package org.tongban.evaluation;

import java.time.Instant;

/**
 * The close-out (整改) of a bad review by its handling unit, on the {@code evaluation} workflow: {@value
 * RectificationStates#VERIFY} → {@value RectificationStates#FIXING} or straight to {@value
 * RectificationStates#OFFICE_REVIEW} → {@value RectificationStates#CLOSED}.
 *
 * @param id the bad rating's id
 * @param rating the rating, without its reviewer
 * @param state the workflow state
 * @param version the workflow version a step must name
 * @param verdict the unit's finding, or null before it
 * @param finding what the unit found, explained or claimed (with evidence)
 * @param report what was fixed, or null
 * @param callback the recorded callback (real-name reviews must have one before the office accepts), or null
 * @param due when the close-out is due (working days in the jurisdiction's calendar)
 * @param warning NONE, YELLOW (near the deadline) or RED (overdue, supervised)
 * @param openedAt when the bad review came in
 * @param closedAt when the office accepted the close-out, or null
 */
public record Rectification(
        long id,
        Rating rating,
        String state,
        long version,
        Verdict verdict,
        String finding,
        String report,
        String callback,
        Instant due,
        String warning,
        Instant openedAt,
        Instant closedAt) {}
