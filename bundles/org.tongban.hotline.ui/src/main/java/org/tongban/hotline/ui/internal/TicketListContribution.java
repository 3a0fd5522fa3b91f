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

/** Adds {@code /console/hotline/tickets}: the office list of tickets. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "hotline/tickets",
        view = TicketListView.class,
        audience = Audience.CONSOLE,
        titleKey = "hotline.ui.list.menu",
        permission = HotlinePermissions.READ,
        icon = "vaadin:list",
        menuGroup = TicketPath.GROUP,
        order = 20)
public final class TicketListContribution implements ViewFactory {
    private final HotlineService service;
    private final HotlineQueries queries;
    private final DispatchCatalogue catalogue;
    private final AccessControl access;
    private final Jurisdictions jurisdictions;

    @Activate
    public TicketListContribution(
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
        return new TicketListView(queries, catalogue);
    }
}
