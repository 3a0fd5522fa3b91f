package org.tongban.evaluation;

import java.util.Map;

/**
 * What a citizen answers.
 *
 * @param levels the level of each dimension; {@link Dimension#OVERALL} is required, the others of the channel optional
 * @param comment free text or null, at most the configured length; stored as typed and escaped wherever shown
 * @param contactable whether the reviewer agrees that the unit sees who they are and calls them back
 * @param phone a telephone number for the callback (hall visits, where there is no account), or null
 */
public record NewRating(Map<Dimension, Level> levels, String comment, boolean contactable, String phone) {
    public NewRating {
        levels = levels == null ? Map.of() : Map.copyOf(levels);
    }

    /** Just the overall level. */
    public static NewRating of(Level overall) {
        return new NewRating(Map.of(Dimension.OVERALL, overall), null, false, null);
    }

    /** The overall level, or null when missing. */
    public Level overall() {
        return levels.get(Dimension.OVERALL);
    }
}
