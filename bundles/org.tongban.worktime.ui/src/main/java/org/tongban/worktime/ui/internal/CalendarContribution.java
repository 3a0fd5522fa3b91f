package org.tongban.worktime.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;
import org.tongban.worktime.CalendarService;

/** Adds {@code /console/worktime-calendar}: the working calendars of the clerk's jurisdictions. */
// Fully qualified: Vaadin's Component is the one this class talks about.
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "worktime-calendar",
        view = WorktimeCalendarView.class,
        audience = Audience.CONSOLE,
        titleKey = "worktime.calendar.menu",
        permission = CalendarService.READ_PERMISSION,
        icon = "vaadin:calendar",
        menuGroup = CalendarContribution.GROUP)
public final class CalendarContribution implements ViewFactory {
    static final String GROUP = "worktime.group";

    private final CalendarService calendars;
    private final Jurisdictions jurisdictions;
    private final AccessControl accessControl;
    private final String rootJurisdiction;

    @Activate
    public CalendarContribution(
            @Reference CalendarService calendars,
            @Reference Jurisdictions jurisdictions,
            @Reference AccessControl accessControl,
            BundleContext context) {
        this.calendars = calendars;
        this.jurisdictions = jurisdictions;
        this.accessControl = accessControl;
        this.rootJurisdiction = context.getProperty(PlatformProperties.ROOT_JURISDICTION);
    }

    @Override
    public Component createView() {
        return new WorktimeCalendarView(calendars, jurisdictions, accessControl, rootJurisdiction);
    }
}
