package org.tongban.catalogue.internal;

import static org.tongban.catalogue.CataloguePermissions.EDIT;
import static org.tongban.catalogue.CataloguePermissions.PUBLISH;
import static org.tongban.catalogue.CataloguePermissions.READ;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.tongban.catalogue.GuideAction;
import org.tongban.catalogue.GuideEvent;
import org.tongban.catalogue.GuideStatus;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.workflow.HistoryEntry;
import org.tongban.platform.workflow.WorkflowDefinition;
import org.tongban.platform.workflow.WorkflowException;
import org.tongban.platform.workflow.WorkflowState;
import org.tongban.platform.workflow.Workflows;

/**
 * The guide versions' workflow on the platform's {@link Workflows}: each version is a case {@code <code>/<version>} of
 * kind {@code guide}, whose state is its {@link GuideStatus}. The table below is the workflow, with the permission of
 * each step; the history of the cases is the guide's list of events. A clerk's steps are transitions of the table; an
 * import (whose permissions the importer checked) and the demo data are loads.
 *
 * <p>{@code catalogue_guide_version.status} stays as the catalogue's copy of the state, written in the same
 * transaction, because the catalogue's queries (the portal's published guides, the console's lists) filter on it.
 */
final class GuideStates {

    static final WorkflowDefinition GUIDE = WorkflowDefinition.of("guide", GuideStatus.DRAFT.name())
            .createdWith(EDIT)
            .readWith(READ)
            .on("DRAFT", "submit", "REVIEW")
            .permission(EDIT)
            .on("REVIEW", "publish", "PUBLISHED")
            .permission(PUBLISH)
            .on("REVIEW", "sendBack", "DRAFT")
            .permission(PUBLISH)
            .reason()
            // The submitter takes the guide back to change it before the reviewer decides.
            .on("REVIEW", "recall", "DRAFT")
            .permission(EDIT)
            .on("PUBLISHED", "withdraw", "WITHDRAWN")
            .permission(PUBLISH)
            .reason()
            // A newer draft replaces the one open for editing or review; a newer publication the published one.
            .on("DRAFT", "supersede", "SUPERSEDED")
            .permission(EDIT)
            .on("REVIEW", "supersede", "SUPERSEDED")
            .permission(EDIT)
            .on("PUBLISHED", "supersede", "SUPERSEDED")
            .permission(PUBLISH)
            .build();

    static final String SAVE = "save";
    static final String IMPORT = "import";
    static final String SUBMIT = "submit";
    static final String PUBLISH_ACTION = "publish";
    static final String SEND_BACK = "sendBack";
    static final String RECALL = "recall";
    static final String WITHDRAW = "withdraw";
    static final String SUPERSEDE = "supersede";

    /** The history's actions as the catalogue's events; superseding is not an event of its own. */
    private static final Map<String, GuideAction> EVENTS = Map.of(
            SAVE, GuideAction.SAVED,
            IMPORT, GuideAction.IMPORTED,
            SUBMIT, GuideAction.SUBMITTED,
            PUBLISH_ACTION, GuideAction.PUBLISHED,
            SEND_BACK, GuideAction.SENT_BACK,
            RECALL, GuideAction.RECALLED,
            WITHDRAW, GuideAction.WITHDRAWN);

    private final Workflows workflows;
    private final boolean load;

    private GuideStates(Workflows workflows, boolean load) {
        this.workflows = workflows;
        this.load = load;
    }

    /** Steps taken by the current user, each checked against the table and its permission. */
    static GuideStates clerk(Workflows workflows) {
        return new GuideStates(workflows, false);
    }

    /** Steps of an import whose permissions were checked by the importer (or of demo data). */
    static GuideStates load(Workflows workflows) {
        return new GuideStates(workflows, true);
    }

    static String id(String code, int version) {
        return code + "/" + version;
    }

    /** A new version, in DRAFT: saved by a clerk (who needs {@code catalogue:edit} there) or imported. */
    void created(String code, int version, String jurisdictionCode, String remark) {
        if (load) {
            workflows.load(GUIDE, id(code, version), jurisdictionCode, GuideStatus.DRAFT.name(), IMPORT, remark);
        } else {
            workflows.create(GUIDE, id(code, version), jurisdictionCode, SAVE, remark);
        }
    }

    /** Moves a version by one step and writes the catalogue's copy of its status. */
    void move(Connection c, String code, int version, String action, GuideStatus to, String actor, String reason)
            throws SQLException {
        String id = id(code, version);
        WorkflowState now;
        if (load) {
            String jurisdiction = workflows
                    .state(GUIDE, id)
                    .map(WorkflowState::jurisdictionCode)
                    .orElseGet(() -> jurisdictionOf(c, code, version));
            now = workflows.load(GUIDE, id, jurisdiction, to.name(), action, reason);
        } else {
            WorkflowState before = workflows
                    .state(GUIDE, id)
                    .orElseThrow(() -> new IllegalStateException("guide version " + id + " has no workflow case"));
            now = workflows.transition(GUIDE, id, action, before.version(), reason, Map.of());
        }
        if (!now.state().equals(to.name())) {
            throw new IllegalStateException("guide " + id + " is " + now.state() + " after " + action + ", not " + to);
        }
        GuideStore.setStatus(c, code, version, to, actor, Jdbc.truncate(now.updatedAt()));
    }

    private static String jurisdictionOf(Connection c, String code, int version) {
        try {
            return Jdbc.one(
                            c,
                            "SELECT jurisdiction_code FROM catalogue_guide_version WHERE matter_code = ? AND version = ?",
                            r -> r.getString(1),
                            code,
                            version)
                    .orElseThrow();
        } catch (SQLException e) {
            throw new org.tongban.platform.api.persistence.DataAccessException(e.getMessage(), e);
        }
    }

    /**
     * What happened to the matter's versions, oldest first: the history of their cases. A version of another
     * jurisdiction that the reader may not see (the matter moved) is left out.
     */
    List<GuideEvent> events(String code, List<Integer> versions) {
        List<GuideEvent> events = new ArrayList<>();
        for (int version : versions) {
            List<HistoryEntry> history;
            try {
                history = workflows.history(GUIDE, id(code, version));
            } catch (WorkflowException notReadable) {
                continue;
            }
            for (HistoryEntry step : history) {
                GuideAction action = EVENTS.get(step.action());
                if (action != null) {
                    events.add(new GuideEvent(version, action, step.actor(), step.at(), step.reason()));
                }
            }
        }
        // Stable: steps of one version keep their order, and versions follow each other in time.
        events.sort(Comparator.comparing(GuideEvent::at));
        return events;
    }
}
