package org.tongban.worktime.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;
import org.tongban.worktime.CalendarService;
import org.tongban.worktime.ClockService;

/** Adds {@code /console/worktime-clocks}: the status and history of the clocks of a case or ticket. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "worktime-clocks",
        view = ClockLookupView.class,
        audience = Audience.CONSOLE,
        titleKey = "worktime.clock.menu",
        permission = CalendarService.READ_PERMISSION,
        icon = "vaadin:clock",
        menuGroup = CalendarContribution.GROUP,
        order = 110)
public final class ClockContribution implements ViewFactory {

    private final ClockService clocks;

    @Activate
    public ClockContribution(@Reference ClockService clocks) {
        this.clocks = clocks;
    }

    @Override
    public Component createView() {
        return new ClockLookupView(clocks);
    }
}
