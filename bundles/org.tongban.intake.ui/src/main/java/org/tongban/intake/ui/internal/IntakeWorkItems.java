package org.tongban.intake.ui.internal;

import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.intake.IntakePermissions;
import org.tongban.intake.IntakeQueries;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.work.WorkItem;
import org.tongban.platform.api.work.WorkItemSource;
import org.tongban.platform.api.work.WorkUrgency;

/**
 * Intake's lines of the console home's 我的待办: the open cases of the clerk's jurisdiction whose legal time limit
 * passed (超期), and the cases the clerk holds for review (我的待办 of intake). The queries read only what the user may
 * read; both pages need {@link IntakePermissions#READ}.
 */
@Component(service = WorkItemSource.class)
public final class IntakeWorkItems implements WorkItemSource {
    static final String OVERDUE = "console/intake/overdue";
    static final String MINE = "console/intake/my";

    private final IntakeQueries queries;
    private final AccessControl access;

    @Activate
    public IntakeWorkItems(@Reference IntakeQueries queries, @Reference AccessControl access) {
        this.queries = queries;
        this.access = access;
    }

    @Override
    public List<WorkItem> items() {
        List<WorkItem> items = new ArrayList<>();
        CurrentUser user = access.currentUser().orElse(null);
        if (user == null || !access.isPermitted(IntakePermissions.READ, user.jurisdictionCode())) {
            return items;
        }
        long overdue = queries.overdue(user.jurisdictionCode(), 0, 1).total();
        if (overdue > 0) {
            items.add(WorkItem.counted("intake.ui.work.overdue", overdue, OVERDUE, WorkUrgency.OVERDUE));
        }
        long mine = queries.myQueue(0, 1).total();
        if (mine > 0) {
            items.add(WorkItem.counted("intake.ui.work.myQueue", mine, MINE, WorkUrgency.NORMAL));
        }
        return items;
    }
}
