package org.tongban.platform.console.internal.audit;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;
import org.tongban.platform.console.internal.ConsoleFormats;

/** Contributes the audit log view, {@code /console/audit}. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class AuditContribution implements ViewContribution {
    private final AuditLog audit;

    @Activate
    public AuditContribution(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public String route() {
        return "audit";
    }

    @Override
    public Class<? extends Component> viewClass() {
        return AuditView.class;
    }

    @Override
    public String titleKey() {
        return "console.audit.menu";
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
        return "vaadin:clipboard-check";
    }

    @Override
    public String requiredPermission() {
        return "audit:read";
    }

    @Override
    public int order() {
        return 910;
    }

    @Override
    public Component createView() {
        return new AuditView(audit);
    }
}
