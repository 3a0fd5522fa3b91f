package org.tongban.keyprojects.ui.internal;

import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.keyprojects.KeyProjectPermissions;
import org.tongban.keyprojects.KeyProjects;
import org.tongban.keyprojects.ProjectRow;
import org.tongban.keyprojects.StageStatus;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.work.WorkItem;
import org.tongban.platform.api.work.WorkItemSource;
import org.tongban.platform.api.work.WorkUrgency;

/** The green channel's lines of the console home's 我的待办: the reader's own projects with a late or at-risk stage. */
@Component(service = WorkItemSource.class)
public final class KeyProjectWorkItems implements WorkItemSource {
    static final String LIST = "console/keyprojects?mine=1";

    private final KeyProjects projects;
    private final AccessControl access;

    @Activate
    public KeyProjectWorkItems(@Reference KeyProjects projects, @Reference AccessControl access) {
        this.projects = projects;
        this.access = access;
    }

    @Override
    public List<WorkItem> items() {
        List<WorkItem> items = new ArrayList<>();
        CurrentUser user = access.currentUser().orElse(null);
        if (user == null || !access.isPermitted(KeyProjectPermissions.READ, user.jurisdictionCode())) {
            return items;
        }
        List<ProjectRow> mine = projects.list(user.jurisdictionCode(), null, true, 0, KeyProjects.MAX_PAGE_SIZE)
                .items();
        add(items, "keyprojects.ui.work.late", count(mine, StageStatus.LATE), WorkUrgency.OVERDUE);
        add(items, "keyprojects.ui.work.atRisk", count(mine, StageStatus.AT_RISK), WorkUrgency.DUE_SOON);
        return items;
    }

    private static long count(List<ProjectRow> rows, StageStatus status) {
        return rows.stream().filter(r -> r.overall() == status).count();
    }

    private static void add(List<WorkItem> items, String key, long count, WorkUrgency urgency) {
        if (count > 0) {
            items.add(WorkItem.counted(key, count, LIST, urgency));
        }
    }
}
