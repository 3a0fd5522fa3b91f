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

/** Adds {@code /console/evaluation/tablets}: the window tablets' tokens. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "evaluation/tablets",
        view = TabletsView.class,
        audience = Audience.CONSOLE,
        titleKey = "evaluation.ui.tablets.menu",
        permission = EvaluationPermissions.DEVICES,
        icon = "vaadin:tablet",
        menuGroup = QueueView.GROUP,
        order = 40,
        inMenu = true)
public final class TabletsContribution implements ViewFactory {
    private final EvaluationService service;
    private final AccessControl access;

    @Activate
    public TabletsContribution(@Reference EvaluationService service, @Reference AccessControl access) {
        this.service = service;
        this.access = access;
    }

    @Override
    public Component createView() {
        return new TabletsView(service, access);
    }
}
