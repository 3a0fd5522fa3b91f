package org.tongban.helpdesk.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.helpdesk.HelpdeskPermissions;
import org.tongban.helpdesk.HelpdeskService;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /console/helpdesk/teams}: the help desk's {@link TeamsView}. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = Paths.TEAMS,
        view = TeamsView.class,
        audience = Audience.CONSOLE,
        titleKey = "helpdesk.ui.teams.menu",
        permission = HelpdeskPermissions.ADMIN,
        icon = "vaadin:group",
        menuGroup = Paths.GROUP,
        order = 40,
        inMenu = true)
public final class TeamsContribution implements ViewFactory {
    private final HelpdeskService service;
    private final AccessControl access;
    private final Jurisdictions jurisdictions;

    @Activate
    public TeamsContribution(
            @Reference HelpdeskService service,
            @Reference AccessControl access,
            @Reference Jurisdictions jurisdictions) {
        this.service = service;
        this.access = access;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public Component createView() {
        return new TeamsView(service, access, jurisdictions);
    }
}
