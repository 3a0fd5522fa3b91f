package org.tongban.hall.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hall.HallQueue;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /hall/screen/<hall>}: the hall's calling screen. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = CallingScreenView.ROUTE,
        view = CallingScreenView.class,
        audience = Audience.DEVICE,
        titleKey = "hall.ui.screen.title",
        icon = "vaadin:desktop",
        inMenu = false,
        order = 91)
public final class CallingScreenContribution implements ViewFactory {
    private final HallQueue queue;

    @Activate
    public CallingScreenContribution(@Reference HallQueue queue) {
        this.queue = queue;
    }

    @Override
    public Component createView() {
        return new CallingScreenView(queue);
    }
}
