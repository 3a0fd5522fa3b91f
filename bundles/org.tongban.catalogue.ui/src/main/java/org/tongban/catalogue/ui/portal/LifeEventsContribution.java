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

/** Adds {@code /life-events} to the citizens' portal: the life events (一件事一次办) offered where the visitor lives. */
// Fully qualified: Vaadin's Component is the one this class talks about.
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class LifeEventsContribution implements ViewContribution {

    private final MatterCatalogue catalogue;
    private final Jurisdictions jurisdictions;
    private final String rootJurisdiction;

    @Activate
    public LifeEventsContribution(
            @Reference MatterCatalogue catalogue, @Reference Jurisdictions jurisdictions, BundleContext context) {
        this.catalogue = catalogue;
        this.jurisdictions = jurisdictions;
        this.rootJurisdiction = context.getProperty(PlatformProperties.ROOT_JURISDICTION);
    }

    @Override
    public String route() {
        return PortalRoutes.LIFE_EVENTS;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return LifeEventsView.class;
    }

    @Override
    public String titleKey() {
        return "catalogue.portal.lifeEvents";
    }

    @Override
    public Audience audience() {
        return Audience.PORTAL;
    }

    @Override
    public String icon() {
        return "vaadin:family";
    }

    @Override
    public int order() {
        return 32;
    }

    @Override
    public boolean inMenu() {
        return true;
    }

    @Override
    public Component createView() {
        return new LifeEventsView(catalogue, jurisdictions, rootJurisdiction);
    }
}
