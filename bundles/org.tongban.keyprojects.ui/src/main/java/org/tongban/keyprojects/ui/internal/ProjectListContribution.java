package org.tongban.keyprojects.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.keyprojects.KeyProjectPermissions;
import org.tongban.keyprojects.KeyProjects;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /console/keyprojects}: 重点项目, the list of a jurisdiction's key projects with their schedule. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = ProjectListView.ROUTE,
        view = ProjectListView.class,
        audience = Audience.CONSOLE,
        titleKey = "keyprojects.ui.list.menu",
        permission = KeyProjectPermissions.READ,
        icon = "vaadin:road-branches",
        order = 70)
public final class ProjectListContribution implements ViewFactory {
    private final KeyProjects projects;
    private final AccessControl access;
    private final Jurisdictions jurisdictions;

    @Activate
    public ProjectListContribution(
            @Reference KeyProjects projects, @Reference AccessControl access, @Reference Jurisdictions jurisdictions) {
        this.projects = projects;
        this.access = access;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public Component createView() {
        return new ProjectListView(projects, access, jurisdictions);
    }
}
