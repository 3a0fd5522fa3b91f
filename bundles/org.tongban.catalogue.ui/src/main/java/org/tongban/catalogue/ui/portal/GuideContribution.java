package org.tongban.catalogue.ui.portal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;

/** Adds {@code /guides/<code>}, one published service guide, reached from the guide list and from life events. */
// Fully qualified: Vaadin's Component is the one this class talks about.
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class GuideContribution implements ViewContribution {

    private final MatterCatalogue catalogue;
    private final Jurisdictions jurisdictions;

    @Activate
    public GuideContribution(@Reference MatterCatalogue catalogue, @Reference Jurisdictions jurisdictions) {
        this.catalogue = catalogue;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public String route() {
        return PortalRoutes.GUIDE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return GuideView.class;
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
        return 31;
    }

    @Override
    public boolean inMenu() {
        return false;
    }

    @Override
    public Component createView() {
        return new GuideView(catalogue, jurisdictions);
    }
}
