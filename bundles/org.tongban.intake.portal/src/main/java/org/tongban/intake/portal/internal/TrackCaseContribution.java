package org.tongban.intake.portal.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.intake.CaseTracking;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /track} to the citizens' portal: the page the QR code of every document opens, without login. */
// Fully qualified: Vaadin's Component is the one this class talks about.
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "track",
        view = TrackCaseView.class,
        audience = Audience.PORTAL,
        titleKey = "intake.portal.track.menu",
        icon = "vaadin:search")
public final class TrackCaseContribution implements ViewFactory {
    private final CaseTracking tracking;

    @Activate
    public TrackCaseContribution(@Reference CaseTracking tracking) {
        this.tracking = tracking;
    }

    @Override
    public Component createView() {
        return new TrackCaseView(tracking);
    }
}
