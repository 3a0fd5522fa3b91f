package org.tongban.hall.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hall.Appointments;
import org.tongban.hall.HallAdministration;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /hall/booking}: citizens book a slot of a service hall. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = BookingView.ROUTE,
        view = BookingView.class,
        audience = Audience.PORTAL,
        titleKey = "hall.ui.booking.menu",
        icon = "vaadin:calendar-clock",
        inMenu = true,
        order = 40)
public final class BookingContribution implements ViewFactory {
    private final HallAdministration halls;
    private final Appointments appointments;

    @Activate
    public BookingContribution(@Reference HallAdministration halls, @Reference Appointments appointments) {
        this.halls = halls;
        this.appointments = appointments;
    }

    @Override
    public Component createView() {
        return new BookingView(halls, appointments);
    }
}
