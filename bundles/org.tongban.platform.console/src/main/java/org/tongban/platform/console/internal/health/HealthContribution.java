package org.tongban.platform.console.internal.health;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.console.internal.ConsoleFormats;
import org.tongban.platform.console.internal.HealthCollector;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Contributes the health view, {@code /console/health}. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "health",
        view = HealthView.class,
        audience = Audience.CONSOLE,
        titleKey = "console.health.menu",
        permission = "platform:admin",
        icon = "vaadin:pulse",
        menuGroup = ConsoleFormats.SYSTEM_GROUP,
        order = 930)
public class HealthContribution implements ViewFactory {
    private final HealthCollector health;

    @Activate
    public HealthContribution(@Reference HealthCollector health) {
        this.health = health;
    }

    @Override
    public Component createView() {
        return new HealthView(health);
    }
}
