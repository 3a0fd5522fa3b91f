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

/** Adds {@code /console/catalogue} to the clerks' console: the matters of their jurisdiction with their guides. */
// Fully qualified: Vaadin's Component is the one this class talks about.
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "catalogue",
        view = MatterListView.class,
        audience = Audience.CONSOLE,
        titleKey = "catalogue.console.menu",
        permission = CataloguePermissions.READ,
        icon = "vaadin:records",
        menuGroup = CatalogueConsoleContribution.GROUP,
        order = 10)
public final class CatalogueConsoleContribution implements ViewFactory {
    /** The console menu group of the catalogue's pages. */
    static final String GROUP = "catalogue.console.group";

    private final ConsoleServices services;

    @Activate
    public CatalogueConsoleContribution(
            @Reference CatalogueEditing editing,
            @Reference AccessControl accessControl,
            @Reference Jurisdictions jurisdictions,
            BundleContext context) {
        this.services = new ConsoleServices(
                editing, accessControl, jurisdictions, context.getProperty(PlatformProperties.ROOT_JURISDICTION));
    }

    @Override
    public Component createView() {
        return new MatterListView(services);
    }
}
