package org.tongban.market.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;
import org.tongban.platform.ui.DeclaredView;
import org.tongban.testing.Contributions;
import org.tongban.testing.MessageFiles;

/** The routes, permissions and menus the host reads from the market's contributions. */
class ContributionsTest {
    @Test
    void theOfficesViewsNeedTheirPermissionsInTheConsole() {
        List<ViewContribution> office = List.of(
                DeclaredView.of(ReviewContribution.class).contribution(new ReviewContribution(null)),
                DeclaredView.of(AgenciesContribution.class).contribution(new AgenciesContribution(null, null)),
                DeclaredView.of(OfficeProjectsContribution.class)
                        .contribution(new OfficeProjectsContribution(null, null)),
                DeclaredView.of(CreditContribution.class).contribution(new CreditContribution(null)));
        assertThat(office)
                .extracting(ViewContribution::route)
                .containsExactly("market/review", "market/agencies", "market/projects", "market/credit");
        assertThat(office)
                .extracting(ViewContribution::requiredPermission)
                .containsExactly("market:review", "market:read", "market:supervise", "market:read");
        for (ViewContribution c : office) {
            assertThat(c.audience()).isEqualTo(Audience.CONSOLE);
            assertThat(c.menuGroup()).isEqualTo("market.ui.group");
            assertThat(c.inMenu()).isTrue();
            Contributions.assertRegistrable(c, MessageFiles.of("i18n/market-ui"));
        }
    }

    @Test
    void agenciesAndOwnersActInThePortalThroughTheirOwnAccount() {
        List<ViewContribution> desks = List.of(
                DeclaredView.of(AgencyDeskContribution.class)
                        .contribution(new AgencyDeskContribution(null, null, null, "370100")),
                DeclaredView.of(OwnerDeskContribution.class)
                        .contribution(new OwnerDeskContribution(null, null, null, "370100")));
        assertThat(desks).extracting(ViewContribution::route).containsExactly("market/agency", "market/owner");
        for (ViewContribution c : desks) {
            assertThat(c.audience()).isEqualTo(Audience.PORTAL);
            // No staff permission: the services check the signed-in account against the agency or project.
            assertThat(c.requiredPermission()).isNullOrEmpty();
            Contributions.assertRegistrable(c, MessageFiles.of("i18n/market-ui"));
        }
    }
}
