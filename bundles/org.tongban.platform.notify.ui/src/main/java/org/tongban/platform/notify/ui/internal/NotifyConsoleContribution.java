package org.tongban.platform.notify.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.notify.Notifications;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /console/notifications}: the outbox of a jurisdiction and the demo gateway's messages. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "notifications",
        view = NotifyOutboxView.class,
        audience = Audience.CONSOLE,
        titleKey = "notify.menu",
        permission = Notifications.ADMIN_PERMISSION,
        icon = "vaadin:envelopes-o")
public final class NotifyConsoleContribution implements ViewFactory {
    private final Notifications notifications;
    private final Jurisdictions jurisdictions;
    private final AccessControl accessControl;
    private final String rootJurisdiction;

    @Activate
    public NotifyConsoleContribution(
            @Reference Notifications notifications,
            @Reference Jurisdictions jurisdictions,
            @Reference AccessControl accessControl,
            BundleContext context) {
        this.notifications = notifications;
        this.jurisdictions = jurisdictions;
        this.accessControl = accessControl;
        this.rootJurisdiction = context.getProperty(PlatformProperties.ROOT_JURISDICTION);
    }

    @Override
    public Component createView() {
        return new NotifyOutboxView(notifications, jurisdictions, accessControl, rootJurisdiction);
    }
}
