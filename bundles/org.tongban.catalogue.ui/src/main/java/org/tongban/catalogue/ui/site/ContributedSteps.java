package org.tongban.catalogue.ui.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.ui.GuideLink;
import org.tongban.platform.api.portal.NextSteps;

/**
 * The {@link NextSteps} of other features (the hall's 预约) for a guide page, as links among its next steps; one that
 * fails costs its own steps, never the page.
 */
final class ContributedSteps {
    private static final Logger LOG = LoggerFactory.getLogger(ContributedSteps.class);

    private final List<NextSteps> services = new CopyOnWriteArrayList<>();

    void add(NextSteps steps) {
        services.add(steps);
    }

    void remove(NextSteps steps) {
        services.remove(steps);
    }

    List<GuideLink> of(Matter matter, Locale locale) {
        List<GuideLink> all = new ArrayList<>();
        for (NextSteps service : services) {
            try {
                service.forMatter(matter.code(), matter.name(), locale)
                        .forEach(step -> all.add(new GuideLink(step.href(), step.text(), step.label())));
            } catch (RuntimeException e) {
                LOG.warn("Next steps of {} left out: {}", service.getClass().getName(), e.toString());
            }
        }
        return all;
    }
}
