package org.tongban.catalogue.ui.console;

import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.catalogue.CatalogueEditing;
import org.tongban.catalogue.CatalogueLimits;
import org.tongban.catalogue.CataloguePermissions;
import org.tongban.catalogue.GuideQuery;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.GuideSummary;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.work.WorkItem;
import org.tongban.platform.api.work.WorkItemSource;
import org.tongban.platform.api.work.WorkUrgency;

/**
 * The catalogue's lines of the console home's 我的待办: an editor's drafts that a publisher sent back (已退回), one line
 * each with the publisher's reason and a link to the editor, and for a publisher the guides waiting for review in the
 * jurisdiction. Both read through {@link CatalogueEditing}, which checks the permissions again.
 */
@Component(service = WorkItemSource.class)
public final class CatalogueWorkItems implements WorkItemSource {
    static final String LIST = "console/catalogue";

    private final CatalogueEditing editing;
    private final AccessControl access;

    @Activate
    public CatalogueWorkItems(@Reference CatalogueEditing editing, @Reference AccessControl access) {
        this.editing = editing;
        this.access = access;
    }

    @Override
    public List<WorkItem> items() {
        List<WorkItem> items = new ArrayList<>();
        CurrentUser user = access.currentUser().orElse(null);
        if (user == null) {
            return items;
        }
        String jurisdiction = user.jurisdictionCode();
        if (access.isPermitted(CataloguePermissions.EDIT, jurisdiction)
                && access.isPermitted(CataloguePermissions.READ, jurisdiction)) {
            sentBack(user.username(), jurisdiction, items);
        }
        if (access.isPermitted(CataloguePermissions.PUBLISH, jurisdiction)
                && access.isPermitted(CataloguePermissions.READ, jurisdiction)) {
            long waiting = editing.guides(new GuideQuery(jurisdiction, GuideStatus.REVIEW, null, null, 0, 1))
                    .total();
            if (waiting > 0) {
                items.add(WorkItem.counted("catalogue.console.work.toReview", waiting, LIST, WorkUrgency.NORMAL));
            }
        }
        return items;
    }

    /**
     * The user's own drafts answering a send-back (saved corrections included) until they are submitted again: what
     * the publisher asked them to correct.
     */
    private void sentBack(String username, String jurisdiction, List<WorkItem> items) {
        // The drafts of a jurisdiction are few (a guide is a draft only while being edited); one page holds them.
        GuideQuery drafts =
                new GuideQuery(jurisdiction, GuideStatus.DRAFT, null, null, 0, CatalogueLimits.MAX_PAGE_SIZE);
        for (GuideSummary draft : editing.guides(drafts).items()) {
            if (!username.equals(draft.author())) {
                continue;
            }
            GuideProgress.returned(draft.status(), editing.events(draft.matter().code()))
                    .ifPresent(sentBack -> items.add(new WorkItem(
                            "catalogue.console.work.sentBack",
                            List.of(draft.matter().name()),
                            1,
                            "console/catalogue/" + draft.matter().code(),
                            WorkUrgency.NORMAL,
                            sentBack.comment())));
        }
    }
}
