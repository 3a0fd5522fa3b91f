package org.tongban.intake.ui.internal;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.util.EnumSet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.tongban.intake.CaseFiles;
import org.tongban.intake.IntakePermissions;
import org.tongban.intake.IntakeQueries;
import org.tongban.intake.IntakeService;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.files.FileStore;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;
import org.tongban.worktime.ClockService;
import org.tongban.worktime.PauseKind;

/** Adds {@code /console/intake/case/<number>}: 办件详情, reached from the queues and the desk, not from the menu. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = CasePath.CASE_ROUTE,
        view = CasePage.class,
        audience = Audience.CONSOLE,
        titleKey = "intake.ui.case.menu",
        permission = IntakePermissions.READ,
        icon = "vaadin:file-text-o",
        menuGroup = DeskContribution.GROUP,
        inMenu = false)
public final class CaseContribution implements ViewFactory {
    private final IntakeService service;
    private final IntakeQueries queries;
    private final AccessControl access;
    private final Jurisdictions jurisdictions;
    private final CaseFiles files;

    /** Gives the clock badge its working days left; without it the badge shows the deadline alone. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
    volatile ClockService clocks;

    /** Where inspection photos are uploaded; without the files feature an inspection takes links only. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
    volatile FileStore photoStore;

    @Activate
    public CaseContribution(
            @Reference IntakeService service,
            @Reference IntakeQueries queries,
            @Reference AccessControl access,
            @Reference Jurisdictions jurisdictions,
            @Reference CaseFiles files) {
        this.service = service;
        this.files = files;
        this.jurisdictions = jurisdictions;
        this.queries = queries;
        this.access = access;
    }

    @Override
    public Component createView() {
        ClockService clockService = clocks;
        return new CasePage(
                service,
                queries,
                access,
                jurisdictions,
                new ClockBadges(clockService, Clock.systemUTC()),
                files,
                photoStore,
                clockService == null ? EnumSet.allOf(PauseKind.class) : clockService.pauseKinds());
    }
}
