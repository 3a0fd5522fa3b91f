package org.tongban.worktime.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;
import org.tongban.worktime.CalendarService;
import org.tongban.worktime.ClockService;

/** Adds {@code /console/worktime-report}: on-time figures of completed clocks per department, type or jurisdiction. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "worktime-report",
        view = WorktimeReportView.class,
        audience = Audience.CONSOLE,
        titleKey = "worktime.report.menu",
        permission = CalendarService.READ_PERMISSION,
        icon = "vaadin:chart",
        menuGroup = CalendarContribution.GROUP,
        order = 120)
public final class ReportContribution implements ViewFactory {

    private final ClockService clocks;

    @Activate
    public ReportContribution(@Reference ClockService clocks) {
        this.clocks = clocks;
    }

    @Override
    public Component createView() {
        return new WorktimeReportView(clocks);
    }
}
