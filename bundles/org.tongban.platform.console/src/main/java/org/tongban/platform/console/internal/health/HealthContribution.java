package org.tongban.platform.console.internal.health;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;
import org.tongban.platform.console.internal.ConsoleFormats;
import org.tongban.platform.console.internal.HealthCollector;

/** Contributes the health view, {@code /console/health}. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class HealthContribution implements ViewContribution {
    private final HealthCollector health;

    @Activate
    public HealthContribution(@Reference HealthCollector health) {
        this.health = health;
    }

    @Override
    public String route() {
        return "health";
    }

    @Override
    public Class<? extends Component> viewClass() {
        return HealthView.class;
    }

    @Override
    public String titleKey() {
        return "console.health.menu";
    }

    @Override
    public Audience audience() {
        return Audience.CONSOLE;
    }

    @Override
    public String menuGroup() {
        return ConsoleFormats.SYSTEM_GROUP;
    }

    @Override
    public String icon() {
        return "vaadin:pulse";
    }

    @Override
    public String requiredPermission() {
        return "platform:admin";
    }

    @Override
    public int order() {
        return 930;
    }

    @Override
    public Component createView() {
        return new HealthView(health);
    }
}
