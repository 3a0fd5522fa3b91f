package org.tongban.keyprojects.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.keyprojects.OwnerProjects;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /my-projects} to the portal: 我的重点项目, the owner enterprise's progress per stage. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = MyProjectsView.ROUTE,
        view = MyProjectsView.class,
        audience = Audience.PORTAL,
        titleKey = "keyprojects.ui.mine.menu",
        icon = "vaadin:road-branches",
        order = 65)
public final class MyProjectsContribution implements ViewFactory {
    private final OwnerProjects projects;

    @Activate
    public MyProjectsContribution(@Reference OwnerProjects projects) {
        this.projects = projects;
    }

    @Override
    public Component createView() {
        return new MyProjectsView(projects);
    }
}
