package org.tongban.catalogue.ui.console;

import com.vaadin.flow.component.Component;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.catalogue.CatalogueEditing;
import org.tongban.catalogue.CataloguePermissions;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;

/** Adds {@code /console/catalogue/life-events}: the life events (一件事) of the clerk's jurisdiction. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class LifeEventContribution implements ViewContribution {

    private final ConsoleServices services;

    @Activate
    public LifeEventContribution(
            @Reference CatalogueEditing editing,
            @Reference AccessControl accessControl,
            @Reference Jurisdictions jurisdictions,
            BundleContext context) {
        this.services = new ConsoleServices(
                editing, accessControl, jurisdictions, context.getProperty(PlatformProperties.ROOT_JURISDICTION));
    }

    @Override
    public String route() {
        return "catalogue/life-events";
    }

    @Override
    public Class<? extends Component> viewClass() {
        return LifeEventView.class;
    }

    @Override
    public String titleKey() {
        return "catalogue.console.lifeEvents.menu";
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
        return "vaadin:family";
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public String requiredPermission() {
        return CataloguePermissions.READ;
    }

    @Override
    public Component createView() {
        return new LifeEventView(services);
    }
}
