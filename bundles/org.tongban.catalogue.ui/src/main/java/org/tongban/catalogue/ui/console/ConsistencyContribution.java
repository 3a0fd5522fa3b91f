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
import org.tongban.platform.api.ui.ViewContribution;

/** Adds {@code /console/catalogue/consistency}: the level consistency report of the clerk's jurisdiction. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class ConsistencyContribution implements ViewContribution {

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
    public String route() {
        return "catalogue/consistency";
    }

    @Override
    public Class<? extends Component> viewClass() {
        return ConsistencyView.class;
    }

    @Override
    public String titleKey() {
        return "catalogue.console.consistency.menu";
    }

    @Override
    public Audience audience() {
        return Audience.CONSOLE;
    }

    @Override
    public String menuGroup() {
        return CatalogueConsoleContribution.GROUP;
    }

    @Override
    public String icon() {
        return "vaadin:scale-unbalance";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String requiredPermission() {
        return CataloguePermissions.READ;
    }

    @Override
    public Component createView() {
        return new ConsistencyView(services, report);
    }
}
