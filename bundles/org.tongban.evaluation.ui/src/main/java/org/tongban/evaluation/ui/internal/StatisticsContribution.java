package org.tongban.evaluation.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.evaluation.EvaluationPermissions;
import org.tongban.evaluation.EvaluationService;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /console/evaluation/statistics}: rates, satisfaction, close-outs, trends, Excel. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "evaluation/statistics",
        view = StatisticsView.class,
        audience = Audience.CONSOLE,
        titleKey = "evaluation.ui.stats.menu",
        permission = EvaluationPermissions.READ,
        icon = "vaadin:chart",
        menuGroup = QueueView.GROUP,
        order = 30,
        inMenu = true)
public final class StatisticsContribution implements ViewFactory {
    private final EvaluationService service;
    private final AccessControl access;

    @Activate
    public StatisticsContribution(@Reference EvaluationService service, @Reference AccessControl access) {
        this.service = service;
        this.access = access;
    }

    @Override
    public Component createView() {
        return new StatisticsView(service, access);
    }
}
