package org.tongban.search.ui.portal;

import com.vaadin.flow.component.Component;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;
import org.tongban.search.GuideSearch;
import org.tongban.search.analytics.SearchAnalytics;

/** Adds {@code /search} to the citizens' portal: searching the service guides and FAQs. */
// Fully qualified: Vaadin's Component is the one this class talks about.
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = SearchRoutes.SEARCH,
        view = SearchView.class,
        audience = Audience.PORTAL,
        titleKey = "search.portal.title",
        icon = "vaadin:search",
        order = 20)
public final class SearchContribution implements ViewFactory {

    private final GuideSearch search;
    private final Jurisdictions jurisdictions;
    private final String rootJurisdiction;
    private final SearchRecorder recorder = new SearchRecorder("portal");

    @Activate
    public SearchContribution(
            @Reference GuideSearch search, @Reference Jurisdictions jurisdictions, BundleContext context) {
        this.search = search;
        this.jurisdictions = jurisdictions;
        this.rootJurisdiction = context.getProperty(PlatformProperties.ROOT_JURISDICTION);
    }

    // Optional and dynamic: searching works without analytics, and analytics may come and go at any time.
    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindAnalytics(SearchAnalytics analytics) {
        recorder.bind(analytics);
    }

    void unbindAnalytics(SearchAnalytics analytics) {
        recorder.unbind(analytics);
    }

    @Override
    public Component createView() {
        return new SearchView(search, jurisdictions, rootJurisdiction, recorder);
    }
}
