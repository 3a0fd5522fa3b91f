package org.tongban.hotline.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hotline.DispatchCatalogue;
import org.tongban.hotline.HotlinePermissions;
import org.tongban.hotline.HotlineQueries;
import org.tongban.hotline.HotlineService;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /console/hotline/queue}: a unit's own open tickets. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "hotline/queue",
        view = UnitQueueView.class,
        audience = Audience.CONSOLE,
        titleKey = "hotline.ui.queue.menu",
        permission = HotlinePermissions.HANDLE,
        icon = "vaadin:inbox",
        menuGroup = TicketPath.GROUP,
        order = 30)
public final class UnitQueueContribution implements ViewFactory {
    private final HotlineService service;
    private final HotlineQueries queries;
    private final DispatchCatalogue catalogue;
    private final AccessControl access;
    private final Jurisdictions jurisdictions;

    @Activate
    public UnitQueueContribution(
            @Reference HotlineService service,
            @Reference HotlineQueries queries,
            @Reference DispatchCatalogue catalogue,
            @Reference AccessControl access,
            @Reference Jurisdictions jurisdictions) {
        this.service = service;
        this.queries = queries;
        this.catalogue = catalogue;
        this.access = access;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public Component createView() {
        return new UnitQueueView(queries, catalogue);
    }
}
