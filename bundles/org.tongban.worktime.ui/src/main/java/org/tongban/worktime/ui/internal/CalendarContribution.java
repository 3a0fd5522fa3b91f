package org.tongban.worktime.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;
import org.tongban.worktime.CalendarService;

/** Adds {@code /console/worktime-calendar}: the working calendars of the clerk's jurisdictions. */
// Fully qualified: Vaadin's Component is the one this class talks about.
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class CalendarContribution implements ViewContribution {
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
    public String route() {
        return "worktime-calendar";
    }

    @Override
    public Class<? extends Component> viewClass() {
        return WorktimeCalendarView.class;
    }

    @Override
    public String titleKey() {
        return "worktime.calendar.menu";
    }

    @Override
    public Audience audience() {
        return Audience.CONSOLE;
    }

    @Override
    public String menuGroup() {
        return GROUP;
    }

    @Override
    public String icon() {
        return "vaadin:calendar";
    }

    @Override
    public String requiredPermission() {
        return CalendarService.READ_PERMISSION;
    }

    @Override
    public Component createView() {
        return new WorktimeCalendarView(calendars, jurisdictions, accessControl, rootJurisdiction);
    }
}
