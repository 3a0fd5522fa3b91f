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

/** Adds {@code /console/intake/verification}: 告知承诺核查. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "intake/verification",
        view = VerificationView.class,
        audience = Audience.CONSOLE,
        titleKey = "intake.ui.verification.menu",
        permission = IntakePermissions.VERIFY,
        icon = "vaadin:clipboard-check",
        menuGroup = DeskContribution.GROUP,
        order = 45)
public final class VerificationContribution implements ViewFactory {
    private final IntakeQueries queries;
    private final Jurisdictions jurisdictions;
    private final AccessControl access;

    @Activate
    public VerificationContribution(
            @Reference IntakeQueries queries, @Reference Jurisdictions jurisdictions, @Reference AccessControl access) {
        this.queries = queries;
        this.jurisdictions = jurisdictions;
        this.access = access;
    }

    @Override
    public Component createView() {
        return new VerificationView(queries, jurisdictions, access);
    }
}
