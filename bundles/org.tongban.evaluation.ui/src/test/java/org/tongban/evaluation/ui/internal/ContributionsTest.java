package org.tongban.evaluation.ui.internal;

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
    void consolePagesNeedTheirPermissionAndTheTabletPageNeedsNoSignIn() {
        List<ViewContribution> console = List.of(
                DeclaredView.of(QueueContribution.class).contribution(new QueueContribution(null, null)),
                DeclaredView.of(RatingsContribution.class).contribution(new RatingsContribution(null, null)),
                DeclaredView.of(StatisticsContribution.class).contribution(new StatisticsContribution(null, null)),
                DeclaredView.of(TabletsContribution.class).contribution(new TabletsContribution(null, null)));
        assertThat(console)
                .extracting(ViewContribution::route)
                .containsExactly(
                        "evaluation/queue", "evaluation/ratings", "evaluation/statistics", "evaluation/tablets");
        assertThat(console)
                .extracting(ViewContribution::requiredPermission)
                .containsExactly("evaluation:read", "evaluation:read", "evaluation:read", "evaluation:devices");
        for (ViewContribution c : console) {
            assertThat(c.audience()).isEqualTo(Audience.CONSOLE);
            Contributions.assertRegistrable(c, MessageFiles.of("i18n/evaluation-ui"));
        }
        ViewContribution tablet =
                DeclaredView.of(RateContribution.class).contribution(new RateContribution(null, null));
        assertThat(tablet.route()).isEqualTo("rate/:token");
        assertThat(tablet.audience()).isEqualTo(Audience.DEVICE);
        assertThat(tablet.requiredPermission()).isEmpty();
        assertThat(tablet.inMenu()).isFalse();
    }
}
