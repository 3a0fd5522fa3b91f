package org.tongban.platform.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Applies transition tables. Each call joins the caller's transaction (or opens one), so a case's own rows, its state,
 * history, audit entry, clock and event commit together.
 */
@ProviderType
public interface Workflows {

    /** Creates a case in the definition's initial state; needs the create permission at the jurisdiction. */
    WorkflowState create(WorkflowDefinition definition, String id, String jurisdictionCode);

    /**
     * Makes one transition: locks the case, checks that it is still at {@code expectedVersion} (else {@link
     * StaleCaseException}), that the table has a row for its state and the action, the row's permission at the case's
     * jurisdiction and its reason; applies the clock effect (through the {@link WorkflowClock} service); writes the
     * history and the audit entry; publishes {@code kind/ACTION}.
     *
     * @param details arguments of the clock effect: {@code limit} and {@code unit} (and {@code department}, {@code
     *     matterType}) to start, {@code amount} and {@code approver} to extend
     */
    WorkflowState transition(
            WorkflowDefinition definition,
            String id,
            String action,
            long expectedVersion,
            String reason,
            Map<String, String> details);

    /** The case, if it exists and the user may read it at its jurisdiction. */
    Optional<WorkflowState> find(WorkflowDefinition definition, String id);

    /** The case's history, oldest first; needs the read permission. */
    List<HistoryEntry> history(WorkflowDefinition definition, String id);

    /** The rows the current user may take from the case's state now (for the buttons of a case view). */
    List<Transition> available(WorkflowDefinition definition, String id);
}
