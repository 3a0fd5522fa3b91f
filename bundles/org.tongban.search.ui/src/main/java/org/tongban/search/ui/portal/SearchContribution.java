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
import org.tongban.platform.api.ui.ViewContribution;
import org.tongban.search.GuideSearch;
import org.tongban.search.analytics.SearchAnalytics;

/** Adds {@code /search} to the citizens' portal: searching the service guides and FAQs. */
// Fully qualified: Vaadin's Component is the one this class talks about.
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class SearchContribution implements ViewContribution {

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
    public String route() {
        return SearchRoutes.SEARCH;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return SearchView.class;
    }

    @Override
    public String titleKey() {
        return "search.portal.title";
    }

    @Override
    public Audience audience() {
        return Audience.PORTAL;
    }

    @Override
    public String icon() {
        return "vaadin:search";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component createView() {
        return new SearchView(search, jurisdictions, rootJurisdiction, recorder);
    }
}
