package org.tongban.evaluation.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.evaluation.CitizenRatings;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /rate/<token>}, the window tablet: no sign-in, out of the menu; the token is the credential. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = RateView.ROUTE,
        view = RateView.class,
        audience = Audience.DEVICE,
        titleKey = "evaluation.ui.rate.menu",
        permission = "",
        icon = "vaadin:star",
        menuGroup = "",
        order = 100,
        inMenu = false)
public final class RateContribution implements ViewFactory {
    private final CitizenRatings ratings;
    private final MatterCatalogue catalogue;

    @Activate
    public RateContribution(@Reference CitizenRatings ratings, @Reference MatterCatalogue catalogue) {
        this.ratings = ratings;
        this.catalogue = catalogue;
    }

    @Override
    public Component createView() {
        return new RateView(
                ratings,
                code -> catalogue.publishedMatter(code).map(Matter::name).orElse(code));
    }
}
