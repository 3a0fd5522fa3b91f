package org.tongban.catalogue.ui.portal;

import com.vaadin.flow.component.Component;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;

/** Adds {@code /guides} to the citizens' portal: browsing the published service guides. */
// Fully qualified: Vaadin's Component is the one this class talks about.
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class GuidesContribution implements ViewContribution {

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
    public String route() {
        return PortalRoutes.GUIDES;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return GuideBrowseView.class;
    }

    @Override
    public String titleKey() {
        return "catalogue.portal.guides";
    }

    @Override
    public Audience audience() {
        return Audience.PORTAL;
    }

    @Override
    public String icon() {
        return "vaadin:book";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean inMenu() {
        return true;
    }

    @Override
    public Component createView() {
        return new GuideBrowseView(catalogue, jurisdictions, rootJurisdiction);
    }
}
