package org.tongban.hotline.ui.internal;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.tongban.hotline.DispatchCatalogue;
import org.tongban.hotline.HotlinePermissions;
import org.tongban.hotline.HotlineQueries;
import org.tongban.hotline.HotlineService;
import org.tongban.hotline.KnowledgeBase;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;
import org.tongban.platform.workflow.WorkflowDefinition;
import org.tongban.platform.workflow.Workflows;

/**
 * Adds {@code /console/hotline/ticket/<number>}: 工单详情 for the office, reached from the list and the desk; the
 * services show the ticket only to the office at its place. Units open the same page at {@link UnitTicketContribution}.
 */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = TicketPath.TICKET_ROUTE,
        view = TicketPage.class,
        audience = Audience.CONSOLE,
        titleKey = "hotline.ui.ticket.menu",
        permission = HotlinePermissions.READ,
        icon = "vaadin:file-text-o",
        menuGroup = TicketPath.GROUP,
        inMenu = false)
public final class TicketContribution implements ViewFactory {
    static final String KIND = "hotline";

    private final HotlineService service;
    private final HotlineQueries queries;
    private final DispatchCatalogue catalogue;
    private final AccessControl access;
    private final Workflows workflows;
    private final KnowledgeBase knowledge;
    private final List<WorkflowDefinition> definitions = new CopyOnWriteArrayList<>();

    @Activate
    public TicketContribution(
            @Reference HotlineService service,
            @Reference HotlineQueries queries,
            @Reference DispatchCatalogue catalogue,
            @Reference AccessControl access,
            @Reference Workflows workflows,
            @Reference KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.service = service;
        this.queries = queries;
        this.catalogue = catalogue;
        this.access = access;
        this.workflows = workflows;
    }

    /** The hotline registers its transition table as a service; the page offers the steps it allows. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDefinition(WorkflowDefinition definition) {
        definitions.add(definition);
    }

    void removeDefinition(WorkflowDefinition definition) {
        definitions.remove(definition);
    }

    @Override
    public Component createView() {
        WorkflowDefinition hotline = definitions.stream()
                .filter(d -> KIND.equals(d.kind()))
                .findFirst()
                .orElse(null);
        return new TicketPage(service, queries, catalogue, access, workflows, hotline, knowledge);
    }
}
