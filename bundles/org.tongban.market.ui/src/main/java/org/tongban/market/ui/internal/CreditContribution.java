package org.tongban.market.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.market.MarketCredit;
import org.tongban.market.MarketPermissions;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /console/market/credit}: the red list of a year and the black list in force. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "market/credit",
        view = CreditView.class,
        audience = Audience.CONSOLE,
        titleKey = "market.ui.credit.menu",
        permission = MarketPermissions.READ,
        icon = "vaadin:star-half-left-o",
        menuGroup = ReviewView.GROUP,
        order = 40)
public final class CreditContribution implements ViewFactory {
    private final MarketCredit credit;

    @Activate
    public CreditContribution(@Reference MarketCredit credit) {
        this.credit = credit;
    }

    @Override
    public Component createView() {
        return new CreditView(credit);
    }
}
