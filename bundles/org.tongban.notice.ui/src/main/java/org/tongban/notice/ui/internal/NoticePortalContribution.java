package org.tongban.notice.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.notice.NoticeService;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /notices} to the citizens' portal: the notices of a chosen jurisdiction, open to every visitor. */
// Fully qualified: Vaadin's Component is the one this class talks about.
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "notices",
        view = NoticeListView.class,
        audience = Audience.PORTAL,
        titleKey = "notice.menu",
        icon = "vaadin:megaphone")
public final class NoticePortalContribution implements ViewFactory {
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
    public Component createView() {
        return new NoticeListView(notices, jurisdictions, rootJurisdiction);
    }
}
