package org.tongban.hotline.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hotline.DispatchCatalogue;
import org.tongban.hotline.HotlinePermissions;
import org.tongban.hotline.HotlineQueries;
import org.tongban.hotline.Page;
import org.tongban.hotline.Ticket;
import org.tongban.hotline.TicketFilter;
import org.tongban.hotline.TicketStates;
import org.tongban.hotline.Unit;
import org.tongban.hotline.Warning;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.work.WorkItem;
import org.tongban.platform.api.work.WorkItemSource;
import org.tongban.platform.api.work.WorkUrgency;

/**
 * The hotline's lines of the console home's 我的待办: for a unit's member the unit's tickets to sign and to handle, and
 * those past or near their limit (the ticket's warning, set by the city's limits); for the office the replies waiting
 * for review, the returned tickets and those taken but not dispatched, and its jurisdiction's overdue tickets. The
 * queries read only what the user may see, and each line needs the permission of the work it points to.
 */
@Component(service = WorkItemSource.class)
public final class HotlineWorkItems implements WorkItemSource {
    static final String QUEUE = "console/hotline/queue";
    static final String LIST = "console/hotline/tickets";
    private static final Set<String> RUNNING = Set.of(TicketStates.DISPATCHED, TicketStates.HANDLING);
    /** Tickets read per page when counting the yellow warnings, and the most pages read for one home page. */
    private static final int PAGE = 200;

    private static final int MAX_PAGES = 5;

    private final HotlineQueries queries;
    private final DispatchCatalogue catalogue;
    private final AccessControl access;

    @Activate
    public HotlineWorkItems(
            @Reference HotlineQueries queries,
            @Reference DispatchCatalogue catalogue,
            @Reference AccessControl access) {
        this.queries = queries;
        this.catalogue = catalogue;
        this.access = access;
    }

    @Override
    public List<WorkItem> items() {
        List<WorkItem> items = new ArrayList<>();
        if (access.isPermitted(HotlinePermissions.HANDLE)) {
            unitWork(items);
        }
        if (access.isPermitted(HotlinePermissions.READ)) {
            officeWork(items);
        }
        return items;
    }

    private void unitWork(List<WorkItem> items) {
        long toSign = 0;
        long handling = 0;
        long overdue = 0;
        long dueSoon = 0;
        for (String unit : topUnits()) {
            TicketFilter mine = TicketFilter.ALL.withUnit(unit);
            toSign += count(mine.withStates(Set.of(TicketStates.DISPATCHED)));
            handling += count(mine.withStates(Set.of(TicketStates.HANDLING)));
            overdue += count(mine.withStates(RUNNING).overdue());
            dueSoon += yellow(mine.withStates(RUNNING));
        }
        add(items, "hotline.ui.work.unitOverdue", overdue, QUEUE, WorkUrgency.OVERDUE);
        add(items, "hotline.ui.work.unitDueSoon", dueSoon, QUEUE, WorkUrgency.DUE_SOON);
        add(items, "hotline.ui.work.toSign", toSign, QUEUE, WorkUrgency.NORMAL);
        add(items, "hotline.ui.work.handling", handling, QUEUE, WorkUrgency.NORMAL);
    }

    private void officeWork(List<WorkItem> items) {
        add(
                items,
                "hotline.ui.work.overdue",
                count(TicketFilter.ALL.withStates(RUNNING).overdue()),
                LIST,
                WorkUrgency.OVERDUE);
        if (access.isPermitted(HotlinePermissions.REVIEW)) {
            add(items, "hotline.ui.work.toReview", count(states(TicketStates.REVIEW)), LIST, WorkUrgency.NORMAL);
        }
        if (access.isPermitted(HotlinePermissions.DISPATCH)) {
            add(items, "hotline.ui.work.returned", count(states(TicketStates.RETURNED)), LIST, WorkUrgency.NORMAL);
            add(items, "hotline.ui.work.toDispatch", count(states(TicketStates.RECEIVED)), LIST, WorkUrgency.NORMAL);
        }
    }

    /** The user's units without those below another of them, whose tickets the upper unit's filter already holds. */
    private List<String> topUnits() {
        List<Unit> mine = catalogue.myUnits();
        Set<String> codes = new java.util.HashSet<>();
        mine.forEach(u -> codes.add(u.code()));
        return mine.stream()
                .filter(u -> u.parentCode() == null || !codes.contains(u.parentCode()))
                .map(Unit::code)
                .toList();
    }

    private static TicketFilter states(String state) {
        return TicketFilter.ALL.withStates(Set.of(state));
    }

    private long count(TicketFilter filter) {
        return queries.list(filter, 0, 1).total();
    }

    /** Tickets with the yellow warning (most of the limit used); the filter has no warning, so they are read. */
    private long yellow(TicketFilter filter) {
        long found = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            Page<Ticket> tickets = queries.list(filter, page, PAGE);
            found += tickets.items().stream()
                    .filter(t -> t.warning() == Warning.YELLOW)
                    .count();
            if ((long) (page + 1) * PAGE >= tickets.total()) {
                break;
            }
        }
        return found;
    }

    private static void add(List<WorkItem> items, String key, long count, String link, WorkUrgency urgency) {
        if (count > 0) {
            items.add(WorkItem.counted(key, count, link, urgency));
        }
    }
}
