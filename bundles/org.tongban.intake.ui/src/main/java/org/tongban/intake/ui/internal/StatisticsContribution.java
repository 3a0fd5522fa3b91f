package org.tongban.intake.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.intake.IntakePermissions;
import org.tongban.intake.IntakeQueries;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /console/intake/statistics}: 统计分析 with the Excel export. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "intake/statistics",
        view = StatisticsView.class,
        audience = Audience.CONSOLE,
        titleKey = "intake.ui.stats.menu",
        permission = IntakePermissions.READ,
        icon = "vaadin:chart",
        menuGroup = DeskContribution.GROUP,
        order = 50)
public final class StatisticsContribution implements ViewFactory {
    private final IntakeQueries queries;
    private final MatterCatalogue catalogue;
    private final Jurisdictions jurisdictions;
    private final AccessControl access;

    @Activate
    public StatisticsContribution(
            @Reference IntakeQueries queries,
            @Reference MatterCatalogue catalogue,
            @Reference Jurisdictions jurisdictions,
            @Reference AccessControl access) {
        this.queries = queries;
        this.catalogue = catalogue;
        this.jurisdictions = jurisdictions;
        this.access = access;
    }

    @Override
    public Component createView() {
        return new StatisticsView(queries, catalogue, jurisdictions, access);
    }
}
