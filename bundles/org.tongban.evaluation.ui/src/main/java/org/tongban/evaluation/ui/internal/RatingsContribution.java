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

/** Adds {@code /console/evaluation/ratings}: the ratings, the reviewer behind a permission. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "evaluation/ratings",
        view = RatingsView.class,
        audience = Audience.CONSOLE,
        titleKey = "evaluation.ui.ratings.menu",
        permission = EvaluationPermissions.READ,
        icon = "vaadin:star",
        menuGroup = QueueView.GROUP,
        order = 20,
        inMenu = true)
public final class RatingsContribution implements ViewFactory {
    private final EvaluationService service;
    private final AccessControl access;

    @Activate
    public RatingsContribution(@Reference EvaluationService service, @Reference AccessControl access) {
        this.service = service;
        this.access = access;
    }

    @Override
    public Component createView() {
        return new RatingsView(service, access);
    }
}
