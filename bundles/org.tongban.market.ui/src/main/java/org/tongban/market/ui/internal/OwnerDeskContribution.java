package org.tongban.market.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.market.Agencies;
import org.tongban.market.Projects;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /market/owner} (业主服务台) to the portal; a visitor who is not signed in is asked to sign in. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = OwnerDeskView.ROUTE,
        view = OwnerDeskView.class,
        audience = Audience.PORTAL,
        titleKey = "market.ui.ownerDesk.menu",
        icon = "vaadin:clipboard-text")
public final class OwnerDeskContribution implements ViewFactory {
    private final Agencies agencies;
    private final Projects projects;
    private final Jurisdictions jurisdictions;
    private final String root;

    @Activate
    public OwnerDeskContribution(
            @Reference Agencies agencies,
            @Reference Projects projects,
            @Reference Jurisdictions jurisdictions,
            BundleContext context) {
        this(agencies, projects, jurisdictions, context.getProperty(PlatformProperties.ROOT_JURISDICTION));
    }

    OwnerDeskContribution(Agencies agencies, Projects projects, Jurisdictions jurisdictions, String root) {
        this.agencies = agencies;
        this.projects = projects;
        this.jurisdictions = jurisdictions;
        this.root = root;
    }

    @Override
    public Component createView() {
        return new OwnerDeskView(agencies, projects, jurisdictions, root);
    }
}
