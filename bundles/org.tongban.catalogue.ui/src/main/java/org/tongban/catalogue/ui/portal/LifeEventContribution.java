package org.tongban.catalogue.ui.portal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;

/** Adds {@code /life-events/<code>}: a life event's questions and the materials that apply to the answers. */
// Fully qualified: Vaadin's Component is the one this class talks about.
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class LifeEventContribution implements ViewContribution {

    private final MatterCatalogue catalogue;

    @Activate
    public LifeEventContribution(@Reference MatterCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public String route() {
        return PortalRoutes.LIFE_EVENT;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return LifeEventView.class;
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
        return 33;
    }

    @Override
    public boolean inMenu() {
        return false;
    }

    @Override
    public Component createView() {
        return new LifeEventView(catalogue);
    }
}
