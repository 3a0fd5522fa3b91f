package org.tongban.host.web.nav;

import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.tongban.platform.api.work.WorkItemSource;

/**
 * The whiteboard collector of {@link WorkItemSource} services, the features' shares of the console home's to-do list.
 * The home asks them each time it is built, so nothing is cached here and no open shell needs a refresh.
 */
public final class WorkItemSources {

    private final ServiceTracker<WorkItemSource, WorkItemSource> tracker;

    WorkItemSources(BundleContext context) {
        this.tracker = new ServiceTracker<>(context, WorkItemSource.class, null);
    }

    void open() {
        tracker.open();
    }

    void close() {
        tracker.close();
    }

    /** The sources present now, highest {@code service.ranking} (then oldest) first. */
    public List<WorkItemSource> current() {
        return new ArrayList<>(tracker.getTracked().reversed().values());
    }
}
