package org.tongban.evaluation;

import java.time.Instant;
import java.util.Map;

/**
 * A rating as a unit or the office sees it: never who gave it (see {@link EvaluationService#reviewer}).
 *
 * @param id its id
 * @param channel online or hall
 * @param subject the case number (online) or the visit id (hall)
 * @param jurisdictionCode where the service was rendered
 * @param unit the handling department (online) or the hall, for the rectification and the statistics
 * @param window the window (hall) or null
 * @param clerk the clerk's user name (hall) or null
 * @param matterCode the matter or null
 * @param state pending, rated or defaulted
 * @param levels the levels per dimension; empty while pending
 * @param comment the comment or null
 * @param realName whether the reviewer can be reached (a signed-in account or a telephone number given)
 * @param contactable whether the reviewer agreed to be contacted by the unit
 * @param invitedAt when the rating was opened
 * @param ratedAt when rated or defaulted, or null
 * @param amended whether the citizen changed it
 */
public record Rating(
        long id,
        Channel channel,
        String subject,
        String jurisdictionCode,
        String unit,
        String window,
        String clerk,
        String matterCode,
        RatingState state,
        Map<Dimension, Level> levels,
        String comment,
        boolean realName,
        boolean contactable,
        Instant invitedAt,
        Instant ratedAt,
        boolean amended) {
    public Rating {
        levels = levels == null ? Map.of() : Map.copyOf(levels);
    }

    /** The overall level, or null while pending. */
    public Level level() {
        return levels.get(Dimension.OVERALL);
    }

    /** Whether it is a bad review (a default never is). */
    public boolean bad() {
        return state == RatingState.RATED && level() != null && level().bad();
    }
}
