package org.tongban.helpdesk.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.helpdesk.HelpdeskPermissions;
import org.tongban.helpdesk.HelpdeskService;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /console/helpdesk/request/<id>}: the help desk's {@link RequestPage}. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = Paths.REQUEST,
        view = RequestPage.class,
        audience = Audience.CONSOLE,
        titleKey = "helpdesk.ui.request.menu",
        permission = HelpdeskPermissions.READ,
        icon = "vaadin:file-text-o",
        menuGroup = Paths.GROUP,
        order = 20,
        inMenu = false)
public final class RequestContribution implements ViewFactory {
    private final HelpdeskService service;

    @Activate
    public RequestContribution(@Reference HelpdeskService service) {
        this.service = service;
    }

    @Override
    public Component createView() {
        return new RequestPage(service);
    }
}
