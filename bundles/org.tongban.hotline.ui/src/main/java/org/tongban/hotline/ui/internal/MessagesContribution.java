package org.tongban.hotline.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.tongban.hotline.DemoGateway;
import org.tongban.hotline.HotlinePermissions;
import org.tongban.hotline.MessageIntake;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /console/hotline/messages}: e-mails and text messages taken, and the demo gateway's test form. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "hotline/messages",
        view = MessagesView.class,
        audience = Audience.CONSOLE,
        titleKey = "hotline.ui.messages.menu",
        permission = HotlinePermissions.READ,
        icon = "vaadin:envelopes",
        menuGroup = TicketPath.GROUP,
        order = 25)
public final class MessagesContribution implements ViewFactory {
    private final MessageIntake intake;
    private final AccessControl access;
    private volatile DemoGateway demo;

    @Activate
    public MessagesContribution(@Reference MessageIntake intake, @Reference AccessControl access) {
        this.intake = intake;
        this.access = access;
    }

    @org.osgi.service.component.annotations.Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setDemo(DemoGateway gateway) {
        this.demo = gateway;
    }

    void unsetDemo(DemoGateway gateway) {
        if (this.demo == gateway) {
            this.demo = null;
        }
    }

    @Override
    public Component createView() {
        String home = access.currentUser().map(CurrentUser::jurisdictionCode).orElse(null);
        return new MessagesView(intake, demo, home);
    }
}
