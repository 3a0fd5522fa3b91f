package org.tongban.evaluation.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.evaluation.EvaluationPermissions;
import org.tongban.evaluation.EvaluationService;
import org.tongban.evaluation.Rectification;
import org.tongban.evaluation.RectificationStates;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.work.WorkItem;
import org.tongban.platform.api.work.WorkItemSource;
import org.tongban.platform.api.work.WorkUrgency;

/**
 * 好差评's lines of the console home's 我的待办: for a handling unit the bad reviews to verify or fix, split by their
 * close-out deadline's warning (RED overdue, YELLOW near); for the office the close-outs waiting for its review.
 */
@Component(service = WorkItemSource.class)
public final class EvaluationWorkItems implements WorkItemSource {
    static final String QUEUE = "console/evaluation/queue";
    private static final Set<String> AT_UNIT = Set.of(RectificationStates.VERIFY, RectificationStates.FIXING);

    private final EvaluationService service;
    private final AccessControl access;

    @Activate
    public EvaluationWorkItems(@Reference EvaluationService service, @Reference AccessControl access) {
        this.service = service;
        this.access = access;
    }

    @Override
    public List<WorkItem> items() {
        List<WorkItem> items = new ArrayList<>();
        CurrentUser user = access.currentUser().orElse(null);
        if (user == null) {
            return items;
        }
        String home = user.jurisdictionCode();
        boolean unit = access.isPermitted(EvaluationPermissions.RECTIFY, home);
        boolean office = access.isPermitted(EvaluationPermissions.SUPERVISE, home);
        if (!access.isPermitted(EvaluationPermissions.READ, home) || !(unit || office)) {
            return items;
        }
        List<Rectification> open = service.rectifications(home, true);
        if (unit) {
            add(items, "evaluation.ui.work.overdue", atUnit(open, "RED"), WorkUrgency.OVERDUE);
            add(items, "evaluation.ui.work.dueSoon", atUnit(open, "YELLOW"), WorkUrgency.DUE_SOON);
            add(items, "evaluation.ui.work.toCloseOut", atUnit(open, "NONE"), WorkUrgency.NORMAL);
        }
        if (office) {
            long waiting = open.stream()
                    .filter(x -> RectificationStates.OFFICE_REVIEW.equals(x.state()))
                    .count();
            add(items, "evaluation.ui.work.toReview", waiting, WorkUrgency.NORMAL);
        }
        return items;
    }

    private static long atUnit(List<Rectification> open, String warning) {
        return open.stream()
                .filter(x -> AT_UNIT.contains(x.state()) && warning.equals(x.warning()))
                .count();
    }

    private static void add(List<WorkItem> items, String key, long count, WorkUrgency urgency) {
        if (count > 0) {
            items.add(WorkItem.counted(key, count, QUEUE, urgency));
        }
    }
}
