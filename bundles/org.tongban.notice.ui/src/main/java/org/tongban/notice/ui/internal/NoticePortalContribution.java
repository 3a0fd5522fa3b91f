package org.tongban.notice.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.notice.NoticeService;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;

/** Adds {@code /notices} to the citizens' portal: the notices of a chosen jurisdiction, open to every visitor. */
// Fully qualified: Vaadin's Component is the one this class talks about.
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class NoticePortalContribution implements ViewContribution {

    private final NoticeService notices;
    private final Jurisdictions jurisdictions;
    private final String rootJurisdiction;

    @Activate
    public NoticePortalContribution(
            @Reference NoticeService notices, @Reference Jurisdictions jurisdictions, BundleContext context) {
        this.notices = notices;
        this.jurisdictions = jurisdictions;
        this.rootJurisdiction = context.getProperty(PlatformProperties.ROOT_JURISDICTION);
    }

    @Override
    public String route() {
        return "notices";
    }

    @Override
    public Class<? extends Component> viewClass() {
        return NoticeListView.class;
    }

    @Override
    public String titleKey() {
        return "notice.menu";
    }

    @Override
    public Audience audience() {
        return Audience.PORTAL;
    }

    @Override
    public String icon() {
        return "vaadin:megaphone";
    }

    @Override
    public Component createView() {
        return new NoticeListView(notices, jurisdictions, rootJurisdiction);
    }
}
