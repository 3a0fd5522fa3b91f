package org.tongban.catalogue.ui.site;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.catalogue.ui.GuideLink;
import org.tongban.catalogue.ui.GuideLinks;

/** The {@link GuideLinks} services a page collects; one that fails costs its own links, never the page. */
final class ContributedLinks {
    private static final Logger LOG = LoggerFactory.getLogger(ContributedLinks.class);

    private final List<GuideLinks> services = new CopyOnWriteArrayList<>();

    void add(GuideLinks links) {
        services.add(links);
    }

    void remove(GuideLinks links) {
        services.remove(links);
    }

    List<GuideLink> of(Function<GuideLinks, List<GuideLink>> ask) {
        List<GuideLink> all = new ArrayList<>();
        for (GuideLinks service : services) {
            try {
                all.addAll(ask.apply(service));
            } catch (RuntimeException e) {
                LOG.warn("Guide links of {} left out: {}", service.getClass().getName(), e.toString());
            }
        }
        return all;
    }
}
