package org.tongban.catalogue.ui.portal;

import com.vaadin.flow.component.Component;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /guides} to the citizens' portal: browsing the published service guides. */
// Fully qualified: Vaadin's Component is the one this class talks about.
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = PortalRoutes.GUIDES,
        view = GuideBrowseView.class,
        audience = Audience.PORTAL,
        titleKey = "catalogue.portal.guides",
        icon = "vaadin:book",
        order = 30,
        inMenu = true)
public final class GuidesContribution implements ViewFactory {

    private final MatterCatalogue catalogue;
    private final Jurisdictions jurisdictions;
    private final String rootJurisdiction;

    @Activate
    public GuidesContribution(
            @Reference MatterCatalogue catalogue, @Reference Jurisdictions jurisdictions, BundleContext context) {
        this.catalogue = catalogue;
        this.jurisdictions = jurisdictions;
        this.rootJurisdiction = context.getProperty(PlatformProperties.ROOT_JURISDICTION);
    }

    @Override
    public Component createView() {
        return new GuideBrowseView(catalogue, jurisdictions, rootJurisdiction);
    }
}
