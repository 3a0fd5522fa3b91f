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

/** Adds {@code /console/evaluation/queue}: the close-out of bad reviews for units and the office. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "evaluation/queue",
        view = QueueView.class,
        audience = Audience.CONSOLE,
        titleKey = "evaluation.ui.queue.menu",
        permission = EvaluationPermissions.READ,
        icon = "vaadin:thumbs-down",
        menuGroup = QueueView.GROUP,
        order = 10,
        inMenu = true)
public final class QueueContribution implements ViewFactory {
    private final EvaluationService service;
    private final AccessControl access;

    @Activate
    public QueueContribution(@Reference EvaluationService service, @Reference AccessControl access) {
        this.service = service;
        this.access = access;
    }

    @Override
    public Component createView() {
        return new QueueView(service, access);
    }
}
