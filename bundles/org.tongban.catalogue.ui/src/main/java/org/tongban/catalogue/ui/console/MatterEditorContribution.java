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

/**
 * Adds {@code /console/catalogue/<code>}: one matter's guide with the workflow. Reached from the list, not the menu;
 * static routes such as {@code catalogue/exchange} take precedence over the code parameter.
 */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "catalogue/:code",
        view = MatterEditorView.class,
        audience = Audience.CONSOLE,
        titleKey = "catalogue.console.editor.title",
        permission = CataloguePermissions.READ,
        menuGroup = CatalogueConsoleContribution.GROUP,
        inMenu = false)
public final class MatterEditorContribution implements ViewFactory {

    private final ConsoleServices services;

    @Activate
    public MatterEditorContribution(
            @Reference CatalogueEditing editing,
            @Reference AccessControl accessControl,
            @Reference Jurisdictions jurisdictions,
            BundleContext context) {
        this.services = new ConsoleServices(
                editing, accessControl, jurisdictions, context.getProperty(PlatformProperties.ROOT_JURISDICTION));
    }

    @Override
    public Component createView() {
        return new MatterEditorView(services);
    }
}
