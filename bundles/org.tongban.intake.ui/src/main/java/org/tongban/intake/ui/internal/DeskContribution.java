package org.tongban.intake.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.intake.IntakePermissions;
import org.tongban.intake.IntakeService;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.files.FileStore;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /console/intake/desk}: the window desk's wizard for a new case (窗口收件). */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "intake/desk",
        view = WindowDeskView.class,
        audience = Audience.CONSOLE,
        titleKey = "intake.ui.desk.menu",
        permission = IntakePermissions.RECEIVE,
        icon = "vaadin:desktop",
        menuGroup = DeskContribution.GROUP,
        order = 10)
public final class DeskContribution implements ViewFactory {
    static final String GROUP = "intake.ui.group";

    private final IntakeService service;
    private final MatterCatalogue catalogue;
    private final AccessControl access;

    /** Without the files feature the desk records the checklist without scans. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
    volatile FileStore files;

    @Activate
    public DeskContribution(
            @Reference IntakeService service, @Reference MatterCatalogue catalogue, @Reference AccessControl access) {
        this.service = service;
        this.catalogue = catalogue;
        this.access = access;
    }

    @Override
    public Component createView() {
        return new WindowDeskView(service, catalogue, access, files);
    }
}
