package org.tongban.host.web.nav;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.tongban.platform.api.ui.ConsoleBanner;

/**
 * The whiteboard collector of {@link ConsoleBanner} services. Every console page asks them afresh, so nothing is
 * cached here and a banner that comes or goes shows from the next page on.
 */
public final class ConsoleBanners {

    private final ServiceTracker<ConsoleBanner, ConsoleBanner> tracker;

    ConsoleBanners(BundleContext context) {
        this.tracker = new ServiceTracker<>(context, ConsoleBanner.class, null);
    }

    void open() {
        tracker.open();
    }

    void close() {
        tracker.close();
    }

    /** The banners present now, by their order. */
    public List<ConsoleBanner> current() {
        List<ConsoleBanner> banners = new ArrayList<>(tracker.getTracked().values());
        banners.sort(Comparator.comparingInt(ConsoleBanner::order));
        return banners;
    }
}
