package org.tongban.keyprojects.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.keyprojects.KeyProjectPermissions;
import org.tongban.keyprojects.KeyProjects;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.security.StaffDirectory;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /console/keyprojects/edit/<id|new>}: the editor of a project and its stage plan. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = ProjectEditView.ROUTE,
        view = ProjectEditView.class,
        audience = Audience.CONSOLE,
        titleKey = "keyprojects.ui.edit.menu",
        permission = KeyProjectPermissions.EDIT,
        icon = "vaadin:road-branches",
        inMenu = false)
public final class ProjectEditContribution implements ViewFactory {
    private final KeyProjects projects;
    private final AccessControl access;
    private final Jurisdictions jurisdictions;
    private final StaffDirectory staff;

    @Activate
    public ProjectEditContribution(
            @Reference KeyProjects projects,
            @Reference AccessControl access,
            @Reference Jurisdictions jurisdictions,
            @Reference StaffDirectory staff) {
        this.projects = projects;
        this.access = access;
        this.jurisdictions = jurisdictions;
        this.staff = staff;
    }

    @Override
    public Component createView() {
        return new ProjectEditView(projects, access, jurisdictions, staff);
    }
}
