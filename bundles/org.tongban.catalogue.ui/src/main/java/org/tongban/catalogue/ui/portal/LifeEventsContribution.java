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

/** Adds {@code /life-events} to the citizens' portal: the life events (一件事一次办) offered where the visitor lives. */
// Fully qualified: Vaadin's Component is the one this class talks about.
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = PortalRoutes.LIFE_EVENTS,
        view = LifeEventsView.class,
        audience = Audience.PORTAL,
        titleKey = "catalogue.portal.lifeEvents",
        icon = "vaadin:family",
        order = 32,
        inMenu = true)
public final class LifeEventsContribution implements ViewFactory {

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
    public Component createView() {
        return new LifeEventsView(catalogue, jurisdictions, rootJurisdiction);
    }
}
