package org.tongban.hotline;

import java.time.Instant;

/**
 * A unit a ticket was dispatched to.
 *
 * @param unitCode the unit
 * @param unitName its name
 * @param role lead or assisting
 * @param parentUnitCode the unit that sub-dispatched it to this one, or null when the office dispatched
 * @param dispatchedAt when
 * @param signDue until when it must sign
 * @param signedAt when it signed, or null
 * @param repliedAt when it replied, or null
 * @param reply its reply, as written
 * @param active false once returned (退单) or replaced at a re-dispatch
 * @param articleId the knowledge-base article its reply cites, or null
 */
public record Assignment(
        String unitCode,
        String unitName,
        AssignmentRole role,
        String parentUnitCode,
        Instant dispatchedAt,
        Instant signDue,
        Instant signedAt,
        Instant repliedAt,
        String reply,
        boolean active,
        String articleId) {

    /** An assignment whose reply cites no article. */
    public Assignment(
            String unitCode,
            String unitName,
            AssignmentRole role,
            String parentUnitCode,
            Instant dispatchedAt,
            Instant signDue,
            Instant signedAt,
            Instant repliedAt,
            String reply,
            boolean active) {
        this(unitCode, unitName, role, parentUnitCode, dispatchedAt, signDue, signedAt, repliedAt, reply, active, null);
    }
}
