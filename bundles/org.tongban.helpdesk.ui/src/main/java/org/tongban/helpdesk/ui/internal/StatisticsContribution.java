package org.tongban.helpdesk.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.helpdesk.HelpdeskPermissions;
import org.tongban.helpdesk.HelpdeskService;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /console/helpdesk/statistics}: the help desk's figures and their Excel export. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "helpdesk/statistics",
        view = StatisticsView.class,
        audience = Audience.CONSOLE,
        titleKey = "helpdesk.ui.statistics.menu",
        permission = HelpdeskPermissions.READ,
        icon = "vaadin:chart",
        menuGroup = Paths.GROUP,
        order = 50,
        inMenu = true)
public final class StatisticsContribution implements ViewFactory {
    private final HelpdeskService service;
    private final AccessControl access;

    @Activate
    public StatisticsContribution(@Reference HelpdeskService service, @Reference AccessControl access) {
        this.service = service;
        this.access = access;
    }

    @Override
    public Component createView() {
        return new StatisticsView(service, access);
    }
}
