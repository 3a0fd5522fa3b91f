package org.tongban.catalogue.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;
import org.tongban.platform.ui.DeclaredView;
import org.tongban.testing.Contributions;
import org.tongban.testing.ui.Routes;

/** What the host reads from the contributions, and that their routes work side by side as the host registers them. */
class ContributionsTest {
    private final BundleContext context = Contributions.bundleContext("370100");

    private final List<ViewContribution> contributions = List.of(
            DeclaredView.of(GuidesContribution.class).contribution(new GuidesContribution(null, null, context)),
            DeclaredView.of(GuideContribution.class).contribution(new GuideContribution(null, null)),
            DeclaredView.of(LifeEventsContribution.class).contribution(new LifeEventsContribution(null, null, context)),
            DeclaredView.of(LifeEventContribution.class).contribution(new LifeEventContribution(null)));

    @Test
    void listsAreInTheMenuDetailPagesAreNotAndAllAreOpenToEveryVisitor() {
        assertThat(contributions)
                .extracting(ViewContribution::route, ViewContribution::inMenu, c -> c.viewClass()
                        .getSimpleName())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("guides", true, "GuideBrowseView"),
                        org.assertj.core.groups.Tuple.tuple("guides/:code", false, "GuideView"),
                        org.assertj.core.groups.Tuple.tuple("life-events", true, "LifeEventsView"),
                        org.assertj.core.groups.Tuple.tuple("life-events/:code", false, "LifeEventView"));
        assertThat(contributions).allSatisfy(c -> {
            assertThat(c.audience()).isEqualTo(Audience.PORTAL);
            assertThat(c.requiredPermission()).isEmpty();
        });
        assertThat(contributions)
                .extracting(ViewContribution::titleKey)
                .allMatch(k -> k.startsWith("catalogue.portal."));
    }

    /** The host calls setRoute(route, viewClass, shell) with each contribution's route, as done here. */
    @Test
    void aGuideCodeReachesTheGuidePageWhileTheBareRouteStaysTheList() {
        ApplicationRouteRegistry registry = Routes.registry();
        RouteConfiguration routes = RouteConfiguration.forRegistry(registry);
        for (ViewContribution contribution : contributions) {
            routes.setRoute(contribution.route(), contribution.viewClass(), Shell.class);
        }

        NavigationRouteTarget guide = registry.getNavigationRouteTarget("guides/370102-SJJ-XK-001");
        assertThat(guide.getRouteTarget().getTarget()).isEqualTo(GuideView.class);
        assertThat(guide.getRouteParameters().get(PortalRoutes.CODE)).hasValue("370102-SJJ-XK-001");
        assertThat(registry.getNavigationRouteTarget("guides").getRouteTarget().getTarget())
                .isEqualTo(GuideBrowseView.class);
        NavigationRouteTarget event = registry.getNavigationRouteTarget(PortalRoutes.lifeEvent("LE-CANYIN"));
        assertThat(event.getRouteTarget().getTarget()).isEqualTo(LifeEventView.class);
        assertThat(event.getRouteParameters().get(PortalRoutes.CODE)).hasValue("LE-CANYIN");

        routes.removeRoute(PortalRoutes.GUIDE, GuideView.class);
        assertThat(registry.getNavigationRouteTarget("guides/370102-SJJ-XK-001").getRouteTarget())
                .isNull();
    }

    public static final class Shell extends Div implements RouterLayout {}
}
