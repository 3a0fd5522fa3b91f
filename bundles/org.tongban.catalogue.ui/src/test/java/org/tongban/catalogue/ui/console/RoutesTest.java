package org.tongban.catalogue.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.junit.jupiter.api.Test;
import org.tongban.testing.ui.Routes;

/**
 * The console routes as the host registers them ({@code console/} + route): the fixed pages below
 * {@code catalogue/} win over the editor's code parameter, so no matter code can hide them.
 */
class RoutesTest {

    private final ApplicationRouteRegistry registry = Routes.registry();

    @Test
    void fixedPagesWinOverTheCodeAndTheCodeReachesTheEditor() {
        RouteConfiguration routes = RouteConfiguration.forRegistry(registry);
        routes.setRoute("console/catalogue", MatterListView.class);
        routes.setRoute("console/catalogue/:code", MatterEditorView.class);
        routes.setRoute("console/catalogue/exchange", ExchangeView.class);
        routes.setRoute("console/catalogue/consistency", ConsistencyView.class);
        routes.setRoute("console/catalogue/life-events", LifeEventView.class);

        assertThat(target("console/catalogue").getRouteTarget().getTarget()).isEqualTo(MatterListView.class);
        assertThat(target("console/catalogue/exchange").getRouteTarget().getTarget())
                .isEqualTo(ExchangeView.class);
        assertThat(target("console/catalogue/consistency").getRouteTarget().getTarget())
                .isEqualTo(ConsistencyView.class);
        assertThat(target("console/catalogue/life-events").getRouteTarget().getTarget())
                .isEqualTo(LifeEventView.class);
        NavigationRouteTarget editor = target("console/catalogue/370102-SJJ-XK-001");
        assertThat(editor.getRouteTarget().getTarget()).isEqualTo(MatterEditorView.class);
        assertThat(editor.getRouteParameters().get("code")).contains("370102-SJJ-XK-001");
        assertThat(target("console/catalogue/" + MatterEditorView.NEW)
                        .getRouteTarget()
                        .getTarget())
                .isEqualTo(MatterEditorView.class);
    }

    private NavigationRouteTarget target(String path) {
        return registry.getNavigationRouteTarget(path);
    }
}
