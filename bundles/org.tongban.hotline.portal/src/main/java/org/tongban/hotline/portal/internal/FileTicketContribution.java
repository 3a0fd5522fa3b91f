package org.tongban.hotline.portal.internal;

import com.vaadin.flow.component.Component;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hotline.CitizenTickets;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /hotline} (我要留言) to the portal, open to every visitor; the view offers the web form to visitors. */
// Fully qualified: Vaadin's Component is the one this class talks about.
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = FileTicketView.ROUTE,
        view = FileTicketView.class,
        audience = Audience.PORTAL,
        titleKey = "hotline.portal.file.menu",
        icon = "vaadin:phone")
public final class FileTicketContribution implements ViewFactory {
    private final CitizenTickets tickets;
    private final Jurisdictions jurisdictions;
    private final String rootJurisdiction;

    @Activate
    public FileTicketContribution(
            @Reference CitizenTickets tickets, @Reference Jurisdictions jurisdictions, BundleContext context) {
        this.tickets = tickets;
        this.jurisdictions = jurisdictions;
        this.rootJurisdiction = context == null ? null : context.getProperty(PlatformProperties.ROOT_JURISDICTION);
    }

    @Override
    public Component createView() {
        return new FileTicketView(tickets, jurisdictions, rootJurisdiction);
    }
}
