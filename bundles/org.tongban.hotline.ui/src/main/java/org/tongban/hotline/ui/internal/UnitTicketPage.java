package org.tongban.hotline.ui.internal;

import org.tongban.hotline.DispatchCatalogue;
import org.tongban.hotline.HotlineQueries;
import org.tongban.hotline.HotlineService;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.workflow.WorkflowDefinition;
import org.tongban.platform.workflow.Workflows;

/** The ticket page under the unit's route, whose permission is {@code hotline:handle}. */
public final class UnitTicketPage extends TicketPage {
    public UnitTicketPage(
            HotlineService service,
            HotlineQueries queries,
            DispatchCatalogue catalogue,
            AccessControl access,
            Workflows workflows,
            WorkflowDefinition definition) {
        // Units do not review replies: no knowledge-base marks here.
        super(service, queries, catalogue, access, workflows, definition, null);
    }
}
