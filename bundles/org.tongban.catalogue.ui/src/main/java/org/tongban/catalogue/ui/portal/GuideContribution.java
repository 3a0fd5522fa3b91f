package org.tongban.catalogue.ui.portal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /guides/<code>}, one published service guide, reached from the guide list and from life events. */
// Fully qualified: Vaadin's Component is the one this class talks about.
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = PortalRoutes.GUIDE,
        view = GuideView.class,
        audience = Audience.PORTAL,
        titleKey = "catalogue.portal.guides",
        icon = "vaadin:book",
        order = 31,
        inMenu = false)
public final class GuideContribution implements ViewFactory {

    private final MatterCatalogue catalogue;
    private final Jurisdictions jurisdictions;

    @Activate
    public GuideContribution(@Reference MatterCatalogue catalogue, @Reference Jurisdictions jurisdictions) {
        this.catalogue = catalogue;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public Component createView() {
        return new GuideView(catalogue, jurisdictions);
    }
}
