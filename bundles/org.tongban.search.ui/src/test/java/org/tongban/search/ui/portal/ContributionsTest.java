package org.tongban.search.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.HeaderWidget;
import org.tongban.platform.api.ui.ViewContribution;
import org.tongban.platform.ui.DeclaredView;
import org.tongban.testing.Contributions;
import org.tongban.testing.TestJurisdictions;

/** What the host reads from the contributions. */
class ContributionsTest {
    private final BundleContext context = Contributions.bundleContext("370100");

    @Test
    void theResultsPageIsInThePortalMenuForEveryVisitor() {
        ViewContribution contribution = DeclaredView.of(SearchContribution.class)
                .contribution(new SearchContribution(null, new TestJurisdictions(), context));

        assertThat(contribution.route()).isEqualTo("search");
        assertThat(contribution.audience()).isEqualTo(Audience.PORTAL);
        assertThat(contribution.inMenu()).isTrue();
        assertThat(contribution.icon()).isEqualTo("vaadin:search");
        assertThat(contribution.titleKey()).isEqualTo("search.portal.title");
        assertThat(contribution.requiredPermission()).isEmpty();
        assertThat(contribution.viewClass()).isEqualTo(SearchView.class);
    }

    @Test
    void theHeaderWidgetIsThePortalsSearchBox() {
        UI ui = new UI();
        ui.setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.setCurrent(ui);
        try {
            HeaderWidget widget = new SearchHeaderWidget(null);

            assertThat(widget.audience()).isEqualTo(Audience.PORTAL);
            assertThat(widget.requiredPermission()).isEmpty();
            assertThat(widget.createComponent()).isInstanceOf(SearchBox.class);
        } finally {
            UI.setCurrent(null);
        }
    }
}
