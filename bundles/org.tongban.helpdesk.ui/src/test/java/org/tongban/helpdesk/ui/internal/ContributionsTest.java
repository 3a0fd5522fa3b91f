package org.tongban.helpdesk.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;
import org.tongban.platform.ui.DeclaredView;
import org.tongban.testing.Contributions;
import org.tongban.testing.MessageFiles;

/** The routes, permissions and menu the host reads from the contributions. */
class ContributionsTest {
    @Test
    void everyPageNeedsItsPermission() {
        List<ViewContribution> console = List.of(
                DeclaredView.of(QueueContribution.class).contribution(new QueueContribution(null, null)),
                DeclaredView.of(RequestContribution.class).contribution(new RequestContribution(null)),
                DeclaredView.of(NewRequestContribution.class)
                        .contribution(new NewRequestContribution(null, null, null)),
                DeclaredView.of(TeamsContribution.class).contribution(new TeamsContribution(null, null, null)),
                DeclaredView.of(StatisticsContribution.class).contribution(new StatisticsContribution(null, null)));
        assertThat(console)
                .extracting(ViewContribution::route)
                .containsExactly(
                        "helpdesk/queue",
                        "helpdesk/request/:id",
                        "helpdesk/new",
                        "helpdesk/teams",
                        "helpdesk/statistics");
        assertThat(console)
                .extracting(ViewContribution::requiredPermission)
                .containsExactly(
                        "helpdesk:read", "helpdesk:read", "helpdesk:handle", "helpdesk:admin", "helpdesk:read");
        assertThat(console).extracting(ViewContribution::inMenu).containsExactly(true, false, true, true, true);
        for (ViewContribution c : console) {
            assertThat(c.audience()).isEqualTo(Audience.CONSOLE);
            Contributions.assertRegistrable(c, MessageFiles.of("i18n/helpdesk-ui"));
        }
    }

    @Test
    void thePortalPageIsInThePortalMenuAndChecksTheSignInItself() {
        ViewContribution ask = DeclaredView.of(AskHelpContribution.class)
                .contribution(new AskHelpContribution(null, null, null, null));
        assertThat(ask.route()).isEqualTo("help");
        assertThat(ask.audience()).isEqualTo(Audience.PORTAL);
        assertThat(ask.requiredPermission()).isEmpty();
        Contributions.assertRegistrable(ask, MessageFiles.of("i18n/helpdesk-ui"));
    }
}
