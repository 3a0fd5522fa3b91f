package org.tongban.search.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;
import org.tongban.platform.ui.DeclaredView;
import org.tongban.search.SynonymDictionary;
import org.tongban.search.SynonymEntry;
import org.tongban.testing.Contributions;
import org.tongban.testing.Jinan;
import org.tongban.testing.ui.Routes;

/** The routes, menu entries and permissions the host reads from the search console contributions. */
class ContributionsTest {
    private final BundleContext context = Contributions.bundleContext(Jinan.JINAN);

    private final ViewContribution synonyms =
            DeclaredView.of(SynonymsContribution.class).contribution(new SynonymsContribution(null, null, context));
    private final AnalyticsContribution analyticsFactory = new AnalyticsContribution(null);
    private final ViewContribution analytics =
            DeclaredView.of(AnalyticsContribution.class).contribution(analyticsFactory);
    private final ViewContribution index =
            DeclaredView.of(IndexContribution.class).contribution(new IndexContribution(null, null, null));

    @Test
    void threeConsolePagesUnderOneGroupInOrder() {
        List<ViewContribution> pages = List.of(synonyms, analytics, index);

        assertThat(pages)
                .extracting(ViewContribution::route)
                .containsExactly("search/synonyms", "search/analytics", "search/index");
        assertThat(pages)
                .extracting(ViewContribution::viewClass)
                .containsExactly(SynonymsView.class, AnalyticsView.class, IndexView.class);
        assertThat(pages)
                .extracting(ViewContribution::titleKey)
                .containsExactly(
                        "search.console.synonyms.menu", "search.console.analytics.menu", "search.console.index.menu");
        assertThat(pages).allMatch(p -> p.audience() == Audience.CONSOLE && p.inMenu());
        assertThat(pages).extracting(ViewContribution::menuGroup).containsOnly("search.console.group");
        assertThat(pages).extracting(ViewContribution::order).isSorted();
    }

    @Test
    void eachPageNeedsThePermissionItsServiceChecks() {
        assertThat(synonyms.requiredPermission()).isEqualTo("catalogue:edit");
        assertThat(analytics.requiredPermission()).isEqualTo("catalogue:edit");
        assertThat(index.requiredPermission()).isEqualTo("catalogue:publish");
    }

    @Test
    void theAddSynonymActionsFollowTheDictionaryAsItComesAndGoes() {
        SynonymDictionary first = new Dictionary();
        SynonymDictionary second = new Dictionary();
        assertThat(analyticsFactory.synonymsAvailable()).isFalse();

        analyticsFactory.setSynonyms(first);
        assertThat(analyticsFactory.synonymsAvailable()).isTrue();
        // A greedy replacement binds the new dictionary before it unbinds the old one.
        analyticsFactory.setSynonyms(second);
        analyticsFactory.unsetSynonyms(first);
        assertThat(analyticsFactory.synonymsAvailable()).isTrue();
        analyticsFactory.unsetSynonyms(second);
        assertThat(analyticsFactory.synonymsAvailable()).isFalse();
    }

    @Test
    void theRoutesReachTheirViewsBelowTheConsole() {
        ApplicationRouteRegistry registry = Routes.registry();
        RouteConfiguration routes = RouteConfiguration.forRegistry(registry);
        for (ViewContribution page : List.of(synonyms, analytics, index)) {
            routes.setRoute("console/" + page.route(), page.viewClass());
        }

        assertThat(registry.getNavigationTarget("console/search/synonyms")).contains(SynonymsView.class);
        assertThat(registry.getNavigationTarget("console/search/analytics")).contains(AnalyticsView.class);
        assertThat(registry.getNavigationTarget("console/search/index")).contains(IndexView.class);
    }

    private static final class Dictionary implements SynonymDictionary {
        @Override
        public List<SynonymEntry> entries() {
            return List.of();
        }

        @Override
        public SynonymEntry put(SynonymEntry entry) {
            return entry;
        }

        @Override
        public void remove(List<String> phrases) {}
    }
}
