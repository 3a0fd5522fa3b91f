package org.tongban.intake.portal.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.intake.CaseFiles;
import org.tongban.intake.CitizenCases;
import org.tongban.intake.OnlineApplications;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /my-cases/<number>}, one case of 我的办件 with 补正 and 容缺 online; the view asks for the sign-in. */
// Fully qualified: Vaadin's Component is the one this class talks about.
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = MyCaseView.ROUTE,
        view = MyCaseView.class,
        audience = Audience.PORTAL,
        titleKey = "intake.portal.mine.menu",
        icon = "vaadin:folder-open",
        inMenu = false)
public final class MyCaseContribution implements ViewFactory {
    private final CitizenCases citizens;
    private final OnlineApplications online;
    private final CaseFiles files;

    @Activate
    public MyCaseContribution(
            @Reference CitizenCases citizens, @Reference OnlineApplications online, @Reference CaseFiles files) {
        this.citizens = citizens;
        this.online = online;
        this.files = files;
    }

    @Override
    public Component createView() {
        return new MyCaseView(citizens, online, files);
    }
}
