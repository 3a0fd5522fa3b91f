package org.tongban.hall.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hall.HallAdministration;
import org.tongban.hall.HallPermissions;
import org.tongban.hall.HallQueue;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /console/hall/panel}: the clerk's panel of a window. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "hall/panel",
        view = ClerkPanelView.class,
        audience = Audience.CONSOLE,
        permission = HallPermissions.SERVE,
        titleKey = "hall.ui.panel.menu",
        icon = "vaadin:user-card",
        inMenu = true,
        order = 20)
public final class ClerkPanelContribution implements ViewFactory {
    private final HallAdministration halls;
    private final HallQueue queue;
    private final AccessControl access;

    @Activate
    public ClerkPanelContribution(
            @Reference HallAdministration halls, @Reference HallQueue queue, @Reference AccessControl access) {
        this.halls = halls;
        this.queue = queue;
        this.access = access;
    }

    @Override
    public Component createView() {
        return new ClerkPanelView(halls, queue, access);
    }
}
