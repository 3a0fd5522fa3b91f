package org.tongban.catalogue.ui.console;

import com.vaadin.flow.component.Component;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.catalogue.CatalogueEditing;
import org.tongban.catalogue.CataloguePermissions;
import org.tongban.catalogue.ConsistencyReport;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /console/catalogue/consistency}: the level consistency report of the clerk's jurisdiction. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "catalogue/consistency",
        view = ConsistencyView.class,
        audience = Audience.CONSOLE,
        titleKey = "catalogue.console.consistency.menu",
        permission = CataloguePermissions.READ,
        icon = "vaadin:scale-unbalance",
        menuGroup = CatalogueConsoleContribution.GROUP,
        order = 30)
public final class ConsistencyContribution implements ViewFactory {

    private final ConsoleServices services;
    private final ConsistencyReport report;

    @Activate
    public ConsistencyContribution(
            @Reference CatalogueEditing editing,
            @Reference ConsistencyReport report,
            @Reference AccessControl accessControl,
            @Reference Jurisdictions jurisdictions,
            BundleContext context) {
        this.report = report;
        this.services = new ConsoleServices(
                editing, accessControl, jurisdictions, context.getProperty(PlatformProperties.ROOT_JURISDICTION));
    }

    @Override
    public Component createView() {
        return new ConsistencyView(services, report);
    }
}
