package org.tongban.platform.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;
import org.tongban.platform.console.internal.audit.AuditContribution;
import org.tongban.platform.console.internal.bundles.BundlesContribution;
import org.tongban.platform.console.internal.health.HealthContribution;
import org.tongban.platform.console.internal.users.UsersContribution;
import org.tongban.platform.ui.DeclaredView;
import org.tongban.testing.Contributions;
import org.tongban.testing.MessageFiles;

/** The four administration pages as the host reads them: routes, permissions and their place in the system group. */
class ContributionsTest {

    @Test
    void administrationPagesAreDeclaredInTheSystemGroupWithTheirPermissions() {
        record Expected(Class<?> factory, String route, String view, String permission) {}
        List<Expected> pages = List.of(
                new Expected(UsersContribution.class, "users", "UsersView", "user:admin"),
                new Expected(AuditContribution.class, "audit", "AuditView", "audit:read"),
                new Expected(BundlesContribution.class, "bundles", "BundlesView", BundleAdministration.PERMISSION),
                new Expected(HealthContribution.class, "health", "HealthView", "platform:admin"));
        int previousOrder = Integer.MIN_VALUE;
        for (Expected page : pages) {
            ViewContribution contribution = DeclaredView.of(page.factory()).contribution(() -> null);
            assertThat(contribution.route()).isEqualTo(page.route());
            assertThat(contribution.viewClass().getSimpleName()).isEqualTo(page.view());
            assertThat(contribution.requiredPermission()).isEqualTo(page.permission());
            assertThat(contribution.audience()).isEqualTo(Audience.CONSOLE);
            assertThat(contribution.menuGroup()).isEqualTo(ConsoleFormats.SYSTEM_GROUP);
            assertThat(contribution.order()).isGreaterThan(previousOrder);
            previousOrder = contribution.order();
            Contributions.assertRegistrable(contribution, MessageFiles.of("i18n/console"));
        }
    }
}
