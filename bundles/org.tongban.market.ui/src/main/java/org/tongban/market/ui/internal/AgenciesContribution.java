package org.tongban.market.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.market.Agencies;
import org.tongban.market.MarketCredit;
import org.tongban.market.MarketPermissions;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /console/market/agencies}: published agencies, their qualifications with expiry badges and credit. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "market/agencies",
        view = AgenciesView.class,
        audience = Audience.CONSOLE,
        titleKey = "market.ui.agencies.menu",
        permission = MarketPermissions.READ,
        icon = "vaadin:institution",
        menuGroup = ReviewView.GROUP,
        order = 20)
public final class AgenciesContribution implements ViewFactory {
    private final Agencies agencies;
    private final MarketCredit credit;

    @Activate
    public AgenciesContribution(@Reference Agencies agencies, @Reference MarketCredit credit) {
        this.agencies = agencies;
        this.credit = credit;
    }

    @Override
    public Component createView() {
        return new AgenciesView(agencies, credit);
    }
}
