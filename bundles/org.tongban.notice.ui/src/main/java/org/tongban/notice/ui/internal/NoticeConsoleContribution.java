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
import org.tongban.platform.api.ui.ViewContribution;

/** Adds {@code /console/notices} to the clerks' console: publishing and withdrawing notices. */
// Fully qualified: Vaadin's Component is the one this class talks about.
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class NoticeConsoleContribution implements ViewContribution {

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
    public String route() {
        return "notices";
    }

    @Override
    public Class<? extends Component> viewClass() {
        return NoticeAdminView.class;
    }

    @Override
    public String titleKey() {
        return "notice.console.menu";
    }

    @Override
    public Audience audience() {
        return Audience.CONSOLE;
    }

    @Override
    public String icon() {
        return "vaadin:megaphone";
    }

    @Override
    public String requiredPermission() {
        return NoticeService.EDIT_PERMISSION;
    }

    @Override
    public Component createView() {
        return new NoticeAdminView(notices, jurisdictions, accessControl, rootJurisdiction);
    }
}
