package org.tongban.keyprojects.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.keyprojects.KeyProjectPermissions;
import org.tongban.keyprojects.KeyProjects;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /console/keyprojects/<id>}: the project page, reached from the list, not from the menu. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = ProjectPageView.ROUTE,
        view = ProjectPageView.class,
        audience = Audience.CONSOLE,
        titleKey = "keyprojects.ui.page.menu",
        permission = KeyProjectPermissions.READ,
        icon = "vaadin:road-branches",
        inMenu = false)
public final class ProjectContribution implements ViewFactory {
    private final KeyProjects projects;

    @Activate
    public ProjectContribution(@Reference KeyProjects projects) {
        this.projects = projects;
    }

    @Override
    public Component createView() {
        return new ProjectPageView(projects, java.time.Clock.systemUTC());
    }
}
