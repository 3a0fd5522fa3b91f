package org.tongban.intake.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;
import org.tongban.platform.ui.DeclaredView;
import org.tongban.testing.Contributions;
import org.tongban.testing.MessageFiles;

/** The routes, permissions and menu the host reads from the console's seven contributions. */
class ContributionsTest {

    @Test
    void theDeskNeedsReceivingTheOtherPagesReadingAndTheCasePageIsNotInTheMenu() {
        ViewContribution desk =
                DeclaredView.of(DeskContribution.class).contribution(new DeskContribution(null, null, null));
        ViewContribution mine = DeclaredView.of(MyQueueContribution.class).contribution(new MyQueueContribution(null));
        ViewContribution department = DeclaredView.of(DepartmentQueueContribution.class)
                .contribution(new DepartmentQueueContribution(null, null, null, null));
        ViewContribution overdue =
                DeclaredView.of(OverdueContribution.class).contribution(new OverdueContribution(null, null, null));
        ViewContribution page = DeclaredView.of(CaseContribution.class)
                .contribution(new CaseContribution(null, null, null, null, null));
        ViewContribution stats = DeclaredView.of(StatisticsContribution.class)
                .contribution(new StatisticsContribution(null, null, null, null));
        ViewContribution verification = DeclaredView.of(VerificationContribution.class)
                .contribution(new VerificationContribution(null, null, null));

        assertThat(List.of(desk, mine, department, overdue, page, stats, verification))
                .extracting(ViewContribution::route)
                .containsExactly(
                        "intake/desk",
                        "intake/my",
                        "intake/department",
                        "intake/overdue",
                        "intake/case/:number",
                        "intake/statistics",
                        "intake/verification");
        assertThat(desk.requiredPermission()).isEqualTo("intake:receive");
        assertThat(verification.requiredPermission()).isEqualTo("intake:verify");
        for (ViewContribution c : List.of(desk, mine, department, overdue, page, stats, verification)) {
            assertThat(c.audience()).isEqualTo(Audience.CONSOLE);
            assertThat(c.menuGroup()).isEqualTo("intake.ui.group");
            Contributions.assertRegistrable(c, MessageFiles.of("i18n/intake-ui"));
            if (c != desk && c != verification) {
                assertThat(c.requiredPermission()).isEqualTo("intake:read");
            }
        }
        assertThat(page.inMenu()).isFalse();
        assertThat(List.of(desk, mine, department, overdue, stats, verification))
                .allMatch(ViewContribution::inMenu);
        assertThat(desk.viewClass()).isEqualTo(WindowDeskView.class);
        assertThat(page.viewClass()).isEqualTo(CasePage.class);
    }
}
