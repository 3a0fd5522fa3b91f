package org.tongban.hall.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hall.HallAdministration;
import org.tongban.hall.HallPermissions;
import org.tongban.hall.HallStatistics;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /console/hall/statistics}: waiting and service times with charts. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "hall/statistics",
        view = HallStatisticsView.class,
        audience = Audience.CONSOLE,
        permission = HallPermissions.READ,
        titleKey = "hall.ui.stats.menu",
        icon = "vaadin:chart",
        inMenu = true,
        order = 30)
public final class HallStatisticsContribution implements ViewFactory {
    private final HallAdministration halls;
    private final HallStatistics statistics;
    private final AccessControl access;

    @Activate
    public HallStatisticsContribution(
            @Reference HallAdministration halls,
            @Reference HallStatistics statistics,
            @Reference AccessControl access) {
        this.halls = halls;
        this.statistics = statistics;
        this.access = access;
    }

    @Override
    public Component createView() {
        return new HallStatisticsView(halls, statistics, access);
    }
}
