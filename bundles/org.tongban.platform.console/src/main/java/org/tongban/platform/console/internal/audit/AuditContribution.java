package org.tongban.platform.console.internal.audit;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.console.internal.ConsoleFormats;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Contributes the audit log view, {@code /console/audit}. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "audit",
        view = AuditView.class,
        audience = Audience.CONSOLE,
        titleKey = "console.audit.menu",
        permission = "audit:read",
        icon = "vaadin:clipboard-check",
        menuGroup = ConsoleFormats.SYSTEM_GROUP,
        order = 910)
public class AuditContribution implements ViewFactory {
    private final AuditLog audit;
    private final Jurisdictions jurisdictions;

    @Activate
    public AuditContribution(@Reference AuditLog audit, @Reference Jurisdictions jurisdictions) {
        this.audit = audit;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public Component createView() {
        return new AuditView(audit, jurisdictions);
    }
}
