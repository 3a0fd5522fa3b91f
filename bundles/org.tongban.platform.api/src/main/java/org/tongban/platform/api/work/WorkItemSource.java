package org.tongban.platform.api.work;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A feature's share of the console home's to-do list (我的待办). Register an implementation as an OSGi service; the
 * home asks every source each time it is shown.
 *
 * <p>The home calls {@link #items()} on the request thread with the signed-in user bound, so the source reads through
 * its feature's services as that user. The source checks the user's permissions itself and answers an empty list to a
 * user without them: the home shows whatever it is given. A source that throws is logged and left out; the rest of the
 * home still shows.
 */
@ConsumerType
public interface WorkItemSource {

    /** The signed-in user's work in this feature, empty when nothing waits; lines with nothing behind them are left out. */
    List<WorkItem> items();
}
