package org.tongban.worktime.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;
import org.tongban.worktime.CalendarService;
import org.tongban.worktime.ClockService;

/** Adds {@code /console/worktime-clocks}: the status and history of the clocks of a case or ticket. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class ClockContribution implements ViewContribution {

    private final ClockService clocks;

    @Activate
    public ClockContribution(@Reference ClockService clocks) {
        this.clocks = clocks;
    }

    @Override
    public String route() {
        return "worktime-clocks";
    }

    @Override
    public Class<? extends Component> viewClass() {
        return ClockLookupView.class;
    }

    @Override
    public String titleKey() {
        return "worktime.clock.menu";
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
        return "vaadin:clock";
    }

    @Override
    public String requiredPermission() {
        return CalendarService.READ_PERMISSION;
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    public Component createView() {
        return new ClockLookupView(clocks);
    }
}
