package org.tongban.hotline.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hotline.open311.Open311Keys;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /console/hotline/open311-keys}: administrators issue, list and revoke Open311 API keys. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "hotline/open311-keys",
        view = Open311KeysView.class,
        audience = Audience.CONSOLE,
        titleKey = "hotline.ui.keys.menu",
        permission = Open311Keys.PERMISSION,
        icon = "vaadin:key",
        menuGroup = TicketPath.GROUP,
        order = 80)
public final class Open311KeysContribution implements ViewFactory {
    private final Open311Keys keys;

    @Activate
    public Open311KeysContribution(@Reference Open311Keys keys) {
        this.keys = keys;
    }

    @Override
    public Component createView() {
        return new Open311KeysView(keys);
    }
}
