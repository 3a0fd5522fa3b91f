package org.tongban.intake.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.intake.IntakePermissions;
import org.tongban.intake.IntakeQueries;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /console/intake/my}: 我的待办. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "intake/my",
        view = MyQueueView.class,
        audience = Audience.CONSOLE,
        titleKey = "intake.ui.my.menu",
        permission = IntakePermissions.READ,
        icon = "vaadin:user-check",
        menuGroup = DeskContribution.GROUP,
        order = 20)
public final class MyQueueContribution implements ViewFactory {
    private final IntakeQueries queries;

    @Activate
    public MyQueueContribution(@Reference IntakeQueries queries) {
        this.queries = queries;
    }

    @Override
    public Component createView() {
        return new MyQueueView(queries);
    }
}
