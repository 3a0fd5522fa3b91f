package org.tongban.notice.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.notice.NoticeService;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /console/notices} to the clerks' console: publishing and withdrawing notices. */
// Fully qualified: Vaadin's Component is the one this class talks about.
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "notices",
        view = NoticeAdminView.class,
        audience = Audience.CONSOLE,
        titleKey = "notice.console.menu",
        permission = NoticeService.EDIT_PERMISSION,
        icon = "vaadin:megaphone")
public final class NoticeConsoleContribution implements ViewFactory {
    private final NoticeService notices;
    private final Jurisdictions jurisdictions;
    private final AccessControl accessControl;
    private final String rootJurisdiction;

    @Activate
    public NoticeConsoleContribution(
            @Reference NoticeService notices,
            @Reference Jurisdictions jurisdictions,
            @Reference AccessControl accessControl,
            BundleContext context) {
        this.notices = notices;
        this.jurisdictions = jurisdictions;
        this.accessControl = accessControl;
        this.rootJurisdiction = context.getProperty(PlatformProperties.ROOT_JURISDICTION);
    }

    @Override
    public Component createView() {
        return new NoticeAdminView(notices, jurisdictions, accessControl, rootJurisdiction);
    }
}
