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

/** Adds {@code /console/helpdesk/queue}: the help desk's {@link QueueView}. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = Paths.QUEUE,
        view = QueueView.class,
        audience = Audience.CONSOLE,
        titleKey = "helpdesk.ui.queue.menu",
        permission = HelpdeskPermissions.READ,
        icon = "vaadin:handshake",
        menuGroup = Paths.GROUP,
        order = 10,
        inMenu = true)
public final class QueueContribution implements ViewFactory {
    private final HelpdeskService service;
    private final AccessControl access;

    @Activate
    public QueueContribution(@Reference HelpdeskService service, @Reference AccessControl access) {
        this.service = service;
        this.access = access;
    }

    @Override
    public Component createView() {
        return new QueueView(service, access);
    }
}
