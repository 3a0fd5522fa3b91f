package org.tongban.catalogue.ui.portal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /life-events/<code>}: a life event's questions and the materials that apply to the answers. */
// Fully qualified: Vaadin's Component is the one this class talks about.
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = PortalRoutes.LIFE_EVENT,
        view = LifeEventView.class,
        audience = Audience.PORTAL,
        titleKey = "catalogue.portal.lifeEvents",
        icon = "vaadin:family",
        order = 33,
        inMenu = false)
public final class LifeEventContribution implements ViewFactory {

    private final MatterCatalogue catalogue;

    @Activate
    public LifeEventContribution(@Reference MatterCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Component createView() {
        return new LifeEventView(catalogue);
    }
}
