package org.tongban.evaluation.portal.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.evaluation.CitizenRatings;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /my-ratings/<case>}, one case's rating page, out of the menu; the view asks for the sign-in. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = RateCaseView.ROUTE,
        view = RateCaseView.class,
        audience = Audience.PORTAL,
        titleKey = "evaluation.portal.rate.title",
        icon = "vaadin:star",
        order = 61,
        inMenu = false)
public final class RateCaseContribution implements ViewFactory {
    private final CitizenRatings ratings;

    @Activate
    public RateCaseContribution(@Reference CitizenRatings ratings) {
        this.ratings = ratings;
    }

    @Override
    public Component createView() {
        return new RateCaseView(ratings);
    }
}
