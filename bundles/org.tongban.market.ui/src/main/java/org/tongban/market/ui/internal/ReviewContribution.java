package org.tongban.market.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.market.Agencies;
import org.tongban.market.MarketPermissions;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /console/market/review}: the market office checks registered agencies and publishes or returns them. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "market/review",
        view = ReviewView.class,
        audience = Audience.CONSOLE,
        titleKey = "market.ui.review.menu",
        permission = MarketPermissions.REVIEW,
        icon = "vaadin:check-square-o",
        menuGroup = ReviewView.GROUP,
        order = 10)
public final class ReviewContribution implements ViewFactory {
    private final Agencies agencies;

    @Activate
    public ReviewContribution(@Reference Agencies agencies) {
        this.agencies = agencies;
    }

    @Override
    public Component createView() {
        return new ReviewView(agencies);
    }
}
