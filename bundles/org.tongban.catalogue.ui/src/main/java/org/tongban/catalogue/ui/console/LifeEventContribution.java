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
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /console/catalogue/life-events}: the life events (一件事) of the clerk's jurisdiction. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "catalogue/life-events",
        view = LifeEventView.class,
        audience = Audience.CONSOLE,
        titleKey = "catalogue.console.lifeEvents.menu",
        permission = CataloguePermissions.READ,
        icon = "vaadin:family",
        menuGroup = CatalogueConsoleContribution.GROUP,
        order = 15)
public final class LifeEventContribution implements ViewFactory {

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
    public Component createView() {
        return new LifeEventView(services);
    }
}
