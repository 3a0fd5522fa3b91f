package org.tongban.hotline.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hotline.CategorySuggestions;
import org.tongban.hotline.DispatchCatalogue;
import org.tongban.hotline.HotlinePermissions;
import org.tongban.hotline.HotlineQueries;
import org.tongban.hotline.HotlineService;
import org.tongban.hotline.KnowledgeBase;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /console/hotline/desk}: 来电受理, the agent desk during a call. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "hotline/desk",
        view = AgentDeskView.class,
        audience = Audience.CONSOLE,
        titleKey = "hotline.ui.desk.menu",
        permission = HotlinePermissions.ACCEPT,
        icon = "vaadin:phone",
        menuGroup = TicketPath.GROUP,
        order = 10)
public final class DeskContribution implements ViewFactory {
    private final HotlineService service;
    private final HotlineQueries queries;
    private final DispatchCatalogue catalogue;
    private final AccessControl access;
    private final Jurisdictions jurisdictions;
    private final CategorySuggestions suggestions;
    private final KnowledgeBase knowledge;

    @Activate
    public DeskContribution(
            @Reference HotlineService service,
            @Reference HotlineQueries queries,
            @Reference DispatchCatalogue catalogue,
            @Reference AccessControl access,
            @Reference Jurisdictions jurisdictions,
            @Reference CategorySuggestions suggestions,
            @Reference KnowledgeBase knowledge) {
        this.service = service;
        this.queries = queries;
        this.catalogue = catalogue;
        this.access = access;
        this.jurisdictions = jurisdictions;
        this.suggestions = suggestions;
        this.knowledge = knowledge;
    }

    @Override
    public Component createView() {
        return new AgentDeskView(service, queries, catalogue, suggestions, knowledge, access, jurisdictions);
    }
}
