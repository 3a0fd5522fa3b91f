package org.tongban.platform.accounts.ui.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.notify.Notifications;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** {@code /account/messages}: 我的消息. */
@Component(service = ViewFactory.class)
@TongbanView(
        route = AccountRoutes.MESSAGES,
        view = MessagesView.class,
        audience = Audience.PORTAL,
        titleKey = "accounts.messages.menu",
        icon = "vaadin:envelope-o",
        order = 901)
public final class MessagesContribution implements ViewFactory {
    private final Notifications notifications;

    @Activate
    public MessagesContribution(@Reference Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new MessagesView(notifications);
    }
}
