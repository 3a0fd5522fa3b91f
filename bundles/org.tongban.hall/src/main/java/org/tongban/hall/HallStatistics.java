package org.tongban.hall;

import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Waiting and service times of finished visits; needs {@link HallPermissions#READ} at the hall's jurisdiction. */
@ProviderType
public interface HallStatistics {

    /** What the rows are grouped by. */
    enum Dimension {
        HALL,
        WINDOW,
        MATTER,
        HOUR
    }

    /**
     * One group of visits.
     *
     * @param key the window number, matter code, hour (0 to 23) or hall code
     * @param label what to show
     * @param visits visits served (finished)
     * @param skipped numbers called but not there
     * @param averageWaitSeconds from taking the number to the first call
     * @param averageServiceSeconds from the call to the end
     * @param longestWaitSeconds the longest wait
     */
    record Row(
            String key,
            String label,
            int visits,
            int skipped,
            long averageWaitSeconds,
            long averageServiceSeconds,
            long longestWaitSeconds) {}

    /** Visits of a hall from one day to another (inclusive), grouped. */
    List<Row> times(long hallId, LocalDate from, LocalDate to, Dimension dimension);
}
