package org.tongban.hall.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hall.HallAdministration;
import org.tongban.hall.HallPermissions;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /console/hall/admin}: halls, windows, groups, slots and kiosk tokens. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "hall/admin",
        view = HallAdminView.class,
        audience = Audience.CONSOLE,
        permission = HallPermissions.ADMIN,
        titleKey = "hall.ui.admin.menu",
        icon = "vaadin:building",
        inMenu = true,
        order = 10)
public final class HallAdminContribution implements ViewFactory {
    private final HallAdministration halls;
    private final AccessControl access;

    @Activate
    public HallAdminContribution(@Reference HallAdministration halls, @Reference AccessControl access) {
        this.halls = halls;
        this.access = access;
    }

    @Override
    public Component createView() {
        return new HallAdminView(halls, access);
    }
}
