package org.tongban.platform.events.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;
import org.tongban.platform.ui.DeclaredView;
import org.tongban.testing.ui.Routes;

/** The route, menu entry and permission the host reads from the contribution. */
class ContributionsTest extends ConsoleTestSupport {
    private final EventsContribution factory = new EventsContribution(new FakeOutbox());
    private final ViewContribution contribution =
            DeclaredView.of(EventsContribution.class).contribution(factory);

    @Test
    void eventDeliveryIsAnAdministrationPageOfTheConsole() {
        assertThat(contribution.route()).isEqualTo("events");
        assertThat(contribution.audience()).isEqualTo(Audience.CONSOLE);
        assertThat(contribution.titleKey()).isEqualTo("events.menu");
        assertThat(contribution.menuGroup()).isEqualTo("console.group.system");
        assertThat(contribution.inMenu()).isTrue();
        assertThat(contribution.icon()).startsWith("vaadin:");
        assertThat(contribution.viewClass()).isEqualTo(EventDeliveryView.class);
    }

    // The host's navigation guard refuses the route to anyone without it, before the view is created.
    @Test
    void thePageNeedsThePermissionTheOutboxChecks() {
        assertThat(contribution.requiredPermission()).isEqualTo("platform:admin");
    }

    @Test
    void theViewIsCreatedWithTheOutbox() {
        assertThat(contribution.createView()).isInstanceOf(EventDeliveryView.class);
    }

    @Test
    void theRouteReachesTheViewBelowTheConsole() {
        ApplicationRouteRegistry registry = Routes.registry();
        RouteConfiguration.forRegistry(registry).setRoute("console/" + contribution.route(), contribution.viewClass());

        assertThat(registry.getNavigationTarget("console/events")).contains(EventDeliveryView.class);
    }
}
