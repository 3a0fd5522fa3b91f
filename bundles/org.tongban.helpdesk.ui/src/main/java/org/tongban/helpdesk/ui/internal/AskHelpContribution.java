package org.tongban.helpdesk.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.helpdesk.CitizenHelp;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /help} to the portal's menu: 帮办代办, ask for help and follow one's own requests. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = AskHelpView.ROUTE,
        view = AskHelpView.class,
        audience = Audience.PORTAL,
        titleKey = "helpdesk.ui.portal.menu",
        icon = "vaadin:handshake",
        order = 70)
public final class AskHelpContribution implements ViewFactory {
    private final CitizenHelp help;
    private final PublicAccounts accounts;
    private final Jurisdictions jurisdictions;
    private final String root;

    @Activate
    public AskHelpContribution(
            BundleContext context,
            @Reference CitizenHelp help,
            @Reference PublicAccounts accounts,
            @Reference Jurisdictions jurisdictions) {
        this.help = help;
        this.accounts = accounts;
        this.jurisdictions = jurisdictions;
        this.root = context == null ? null : context.getProperty(PlatformProperties.ROOT_JURISDICTION);
    }

    @Override
    public Component createView() {
        return new AskHelpView(help, accounts, jurisdictions, root);
    }
}
