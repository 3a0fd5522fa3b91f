package org.tongban.market.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.market.Agencies;
import org.tongban.market.MarketPermissions;
import org.tongban.market.Projects;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /console/market/projects}: the office fixes draw inputs, runs selections, answers objections. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "market/projects",
        view = OfficeProjectsView.class,
        audience = Audience.CONSOLE,
        titleKey = "market.ui.office.menu",
        permission = MarketPermissions.SUPERVISE,
        icon = "vaadin:gavel",
        menuGroup = ReviewView.GROUP,
        order = 30)
public final class OfficeProjectsContribution implements ViewFactory {
    private final Projects projects;
    private final Agencies agencies;

    @Activate
    public OfficeProjectsContribution(@Reference Projects projects, @Reference Agencies agencies) {
        this.projects = projects;
        this.agencies = agencies;
    }

    @Override
    public Component createView() {
        return new OfficeProjectsView(projects, agencies);
    }
}
