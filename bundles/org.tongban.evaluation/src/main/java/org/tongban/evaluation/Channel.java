package org.tongban.evaluation;

import java.util.List;

/** Where the service was rendered, with the dimensions the national scheme rates there. */
public enum Channel {
    /** Online (一事一评 of a finished case): overall, efficiency, guide accuracy, convenience, platform usability. */
    ONLINE(List.of(
            Dimension.OVERALL, Dimension.EFFICIENCY, Dimension.GUIDE, Dimension.CONVENIENCE, Dimension.PLATFORM)),
    /** At a hall window (一次一评 per visit): overall, efficiency, competence, attitude. */
    HALL(List.of(Dimension.OVERALL, Dimension.EFFICIENCY, Dimension.COMPETENCE, Dimension.ATTITUDE));

    private final List<Dimension> dimensions;

    Channel(List<Dimension> dimensions) {
        this.dimensions = dimensions;
    }

    /** The dimensions rated on this channel, overall first. */
    public List<Dimension> dimensions() {
        return dimensions;
    }
}
