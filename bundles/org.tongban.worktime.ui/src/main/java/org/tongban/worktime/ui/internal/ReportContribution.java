package org.tongban.worktime.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;
import org.tongban.worktime.CalendarService;
import org.tongban.worktime.ClockService;

/** Adds {@code /console/worktime-report}: on-time rates per department, matter type or jurisdiction. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class ReportContribution implements ViewContribution {

    private final ClockService clocks;

    @Activate
    public ReportContribution(@Reference ClockService clocks) {
        this.clocks = clocks;
    }

    @Override
    public String route() {
        return "worktime-report";
    }

    @Override
    public Class<? extends Component> viewClass() {
        return WorktimeReportView.class;
    }

    @Override
    public String titleKey() {
        return "worktime.report.menu";
    }

    @Override
    public Audience audience() {
        return Audience.CONSOLE;
    }

    @Override
    public String menuGroup() {
        return CalendarContribution.GROUP;
    }

    @Override
    public String icon() {
        return "vaadin:chart";
    }

    @Override
    public String requiredPermission() {
        return CalendarService.READ_PERMISSION;
    }

    @Override
    public int order() {
        return 120;
    }

    @Override
    public Component createView() {
        return new WorktimeReportView(clocks);
    }
}
