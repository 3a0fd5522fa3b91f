package org.tongban.intake.portal.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.intake.CitizenCases;
import org.tongban.intake.OnlineApplications;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /my-cases} (我的办件) to the portal; the view itself asks a visitor who is not signed in to sign in. */
// Fully qualified: Vaadin's Component is the one this class talks about.
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "my-cases",
        view = MyCasesView.class,
        audience = Audience.PORTAL,
        titleKey = "intake.portal.mine.menu",
        icon = "vaadin:folder-open")
public final class MyCasesContribution implements ViewFactory {
    private final CitizenCases citizens;
    private final OnlineApplications online;

    @Activate
    public MyCasesContribution(@Reference CitizenCases citizens, @Reference OnlineApplications online) {
        this.citizens = citizens;
        this.online = online;
    }

    @Override
    public Component createView() {
        return new MyCasesView(citizens, online);
    }
}
