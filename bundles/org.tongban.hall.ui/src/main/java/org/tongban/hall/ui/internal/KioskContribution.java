package org.tongban.hall.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hall.HallAdministration;
import org.tongban.hall.HallQueue;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /hall/kiosk/<token>}: the number kiosk of a hall, reached by its token only. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = KioskView.ROUTE,
        view = KioskView.class,
        audience = Audience.DEVICE,
        titleKey = "hall.ui.kiosk.title",
        icon = "vaadin:ticket",
        inMenu = false,
        order = 90)
public final class KioskContribution implements ViewFactory {
    private final HallAdministration halls;
    private final HallQueue queue;

    @Activate
    public KioskContribution(@Reference HallAdministration halls, @Reference HallQueue queue) {
        this.halls = halls;
        this.queue = queue;
    }

    @Override
    public Component createView() {
        return new KioskView(halls, queue);
    }
}
