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

/** Adds {@code /console/helpdesk/new}: the help desk's {@link NewRequestView}. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = Paths.NEW,
        view = NewRequestView.class,
        audience = Audience.CONSOLE,
        titleKey = "helpdesk.ui.new.menu",
        permission = HelpdeskPermissions.HANDLE,
        icon = "vaadin:plus",
        menuGroup = Paths.GROUP,
        order = 30,
        inMenu = true)
public final class NewRequestContribution implements ViewFactory {
    private final HelpdeskService service;
    private final AccessControl access;
    private final Jurisdictions jurisdictions;

    @Activate
    public NewRequestContribution(
            @Reference HelpdeskService service,
            @Reference AccessControl access,
            @Reference Jurisdictions jurisdictions) {
        this.service = service;
        this.access = access;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public Component createView() {
        return new NewRequestView(service, access, jurisdictions);
    }
}
