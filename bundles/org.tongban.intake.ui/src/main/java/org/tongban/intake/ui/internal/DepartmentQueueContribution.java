package org.tongban.intake.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.intake.IntakePermissions;
import org.tongban.intake.IntakeQueries;
import org.tongban.intake.IntakeService;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /console/intake/department}: 科室待办, with claiming. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "intake/department",
        view = DepartmentQueueView.class,
        audience = Audience.CONSOLE,
        titleKey = "intake.ui.department.menu",
        permission = IntakePermissions.READ,
        icon = "vaadin:group",
        menuGroup = DeskContribution.GROUP,
        order = 30)
public final class DepartmentQueueContribution implements ViewFactory {
    private final IntakeService service;
    private final IntakeQueries queries;
    private final MatterCatalogue catalogue;
    private final AccessControl access;

    @Activate
    public DepartmentQueueContribution(
            @Reference IntakeService service,
            @Reference IntakeQueries queries,
            @Reference MatterCatalogue catalogue,
            @Reference AccessControl access) {
        this.service = service;
        this.queries = queries;
        this.catalogue = catalogue;
        this.access = access;
    }

    @Override
    public Component createView() {
        return new DepartmentQueueView(service, queries, catalogue, access);
    }
}
