package org.tongban.hall.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.ui.ViewContribution;
import org.tongban.platform.ui.DeclaredView;

/** The routes and permissions the host reads: the console's pages need theirs, the kiosk and screen need none. */
class ContributionsTest {
    @Test
    void consolePagesNeedTheirPermissionAndTheKioskAndScreenAreReachedByAddressOnly() {
        List<ViewContribution> all = List.of(
                DeclaredView.of(HallAdminContribution.class).contribution(new HallAdminContribution(null, null)),
                DeclaredView.of(ClerkPanelContribution.class)
                        .contribution(new ClerkPanelContribution(null, null, null)),
                DeclaredView.of(HallStatisticsContribution.class)
                        .contribution(new HallStatisticsContribution(null, null, null)),
                DeclaredView.of(BookingContribution.class).contribution(new BookingContribution(null, null)),
                DeclaredView.of(KioskContribution.class).contribution(new KioskContribution(null, null)),
                DeclaredView.of(CallingScreenContribution.class).contribution(new CallingScreenContribution(null)));
        assertThat(all)
                .extracting(ViewContribution::route)
                .containsExactly(
                        "hall/admin",
                        "hall/panel",
                        "hall/statistics",
                        "hall/booking",
                        "hall/kiosk/:token",
                        "hall/screen/:hall");
        assertThat(all)
                .extracting(ViewContribution::requiredPermission)
                .containsExactly("hall:admin", "hall:serve", "hall:read", "", "", "");
    }
}
