package org.tongban.intake.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.intake.IntakePermissions;
import org.tongban.intake.IntakeQueries;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /console/intake/overdue}: 超期预警. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "intake/overdue",
        view = OverdueView.class,
        audience = Audience.CONSOLE,
        titleKey = "intake.ui.overdue.menu",
        permission = IntakePermissions.READ,
        icon = "vaadin:alarm",
        menuGroup = DeskContribution.GROUP,
        order = 40)
public final class OverdueContribution implements ViewFactory {
    private final IntakeQueries queries;
    private final Jurisdictions jurisdictions;
    private final AccessControl access;

    @Activate
    public OverdueContribution(
            @Reference IntakeQueries queries, @Reference Jurisdictions jurisdictions, @Reference AccessControl access) {
        this.queries = queries;
        this.jurisdictions = jurisdictions;
        this.access = access;
    }

    @Override
    public Component createView() {
        return new OverdueView(queries, jurisdictions, access);
    }
}
