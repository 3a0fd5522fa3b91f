package org.tongban.platform.console.internal.bundles;

import com.vaadin.flow.component.Component;
import java.nio.file.Path;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.console.internal.BundleAdministration;
import org.tongban.platform.console.internal.BundleErrors;
import org.tongban.platform.console.internal.ConsoleFormats;
import org.tongban.platform.console.internal.FeatureCatalogue;
import org.tongban.platform.console.internal.HealthCollector;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Contributes the bundles and features view, {@code /console/bundles}. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "bundles",
        view = BundlesView.class,
        audience = Audience.CONSOLE,
        titleKey = "console.bundles.menu",
        permission = BundleAdministration.PERMISSION,
        icon = "vaadin:cubes",
        menuGroup = ConsoleFormats.SYSTEM_GROUP,
        order = 920)
public class BundlesContribution implements ViewFactory {
    private final BundleContext context;
    private final BundleAdministration admin;
    private final BundleErrors errors;
    private final HealthCollector health;

    @Activate
    public BundlesContribution(
            BundleContext context,
            @Reference AccessControl access,
            @Reference AuditLog audit,
            @Reference BundleErrors errors,
            @Reference HealthCollector health) {
        this.context = context;
        this.admin = new BundleAdministration(context, access, audit);
        this.errors = errors;
        this.health = health;
    }

    @Override
    public Component createView() {
        String home = context.getProperty(PlatformProperties.HOME);
        Path featuresFile = home == null ? null : Path.of(home).resolve(FeatureCatalogue.FILE);
        return new BundlesView(context, admin, errors, health, featuresFile);
    }
}
