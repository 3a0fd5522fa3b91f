package org.tongban.worktime.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;
import org.tongban.platform.ui.DeclaredView;
import org.tongban.testing.Contributions;
import org.tongban.testing.MessageFiles;

/** The routes, audience and permission the host reads from the three contributions. */
class ContributionsTest {
    private final BundleContext context = Contributions.bundleContext("370100");

    @Test
    void threeConsoleViewsNeedTheReadPermission() {
        ViewContribution calendar = DeclaredView.of(CalendarContribution.class)
                .contribution(new CalendarContribution(null, null, null, context));
        ViewContribution clocks = DeclaredView.of(ClockContribution.class).contribution(new ClockContribution(null));
        ViewContribution report = DeclaredView.of(ReportContribution.class).contribution(new ReportContribution(null));

        assertThat(calendar.route()).isEqualTo("worktime-calendar");
        assertThat(clocks.route()).isEqualTo("worktime-clocks");
        assertThat(report.route()).isEqualTo("worktime-report");
        for (ViewContribution c : new ViewContribution[] {calendar, clocks, report}) {
            assertThat(c.audience()).isEqualTo(Audience.CONSOLE);
            assertThat(c.requiredPermission()).isEqualTo("worktime:read");
            assertThat(c.menuGroup()).isEqualTo("worktime.group");
            Contributions.assertRegistrable(c, MessageFiles.of("i18n/worktime"));
        }
        assertThat(calendar.viewClass()).isEqualTo(WorktimeCalendarView.class);
        assertThat(clocks.viewClass()).isEqualTo(ClockLookupView.class);
        assertThat(report.viewClass()).isEqualTo(WorktimeReportView.class);
        assertThat(clocks.order()).isLessThan(report.order());
    }
}
