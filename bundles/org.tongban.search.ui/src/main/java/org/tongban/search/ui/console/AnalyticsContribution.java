package org.tongban.search.ui.console;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;
import org.tongban.search.SynonymDictionary;
import org.tongban.search.analytics.SearchAnalytics;

/**
 * Adds {@code /console/search/analytics}: the search reports, while the analytics service runs. The synonym
 * dictionary is followed optionally: without it the reports still help, and their "add a synonym" actions say why
 * they are off instead of leading to a missing page.
 */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "search/analytics",
        view = AnalyticsView.class,
        audience = Audience.CONSOLE,
        titleKey = "search.console.analytics.menu",
        permission = SearchAnalytics.VIEW_PERMISSION,
        icon = "vaadin:chart",
        menuGroup = SynonymsContribution.GROUP,
        order = 20)
public final class AnalyticsContribution implements ViewFactory {

    private final SearchAnalytics analytics;
    private final AtomicReference<SynonymDictionary> synonyms = new AtomicReference<>();

    @Activate
    public AnalyticsContribution(@Reference SearchAnalytics analytics) {
        this.analytics = analytics;
    }

    @Reference(
            service = SynonymDictionary.class,
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY,
            unbind = "unsetSynonyms")
    void setSynonyms(SynonymDictionary dictionary) {
        synonyms.set(dictionary);
    }

    // A greedy replacement binds the new dictionary before unbinding the old one, so only the old one is cleared.
    void unsetSynonyms(SynonymDictionary dictionary) {
        synonyms.compareAndSet(dictionary, null);
    }

    /** Whether the synonym page is there to hand a query to. */
    boolean synonymsAvailable() {
        return synonyms.get() != null;
    }

    @Override
    public Component createView() {
        return new AnalyticsView(analytics, this::synonymsAvailable, Clock.system(Formats.ZONE));
    }
}
