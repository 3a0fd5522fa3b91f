package org.tongban.intake.portal.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.intake.OnlineApplications;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /apply/life-event/<code>}, reached from a life event's 在线申请; the view sends a visitor who is not signed in to sign in. */
// Fully qualified: Vaadin's Component is the one this class talks about.
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = ApplyLifeEventView.ROUTE,
        view = ApplyLifeEventView.class,
        audience = Audience.PORTAL,
        titleKey = "intake.portal.apply.menu",
        icon = "vaadin:edit",
        inMenu = false)
public final class ApplyLifeEventContribution implements ViewFactory {
    private final OnlineApplications online;
    private final MatterCatalogue catalogue;
    private final PublicAccounts accounts;

    @Activate
    public ApplyLifeEventContribution(
            @Reference OnlineApplications online,
            @Reference MatterCatalogue catalogue,
            @Reference PublicAccounts accounts) {
        this.online = online;
        this.catalogue = catalogue;
        this.accounts = accounts;
    }

    @Override
    public Component createView() {
        return new ApplyLifeEventView(online, catalogue, accounts);
    }
}
