package org.tongban.platform.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Applies transition tables. Each call joins the caller's transaction (or opens one), so a case's own rows, its state,
 * history, audit entry, clock and event commit together.
 *
 * <p>A step into a state with a {@link Timeout} sets a durable timer of the platform scheduler in the same transaction,
 * due after the timeout's limit in the calendar of the case's jurisdiction; any step out of the state cancels it. When
 * it fires and the case is still in that state at the same version, the system takes the timeout's action without a
 * user's permission: history by {@code 系统} with the timeout's reason, audit entry and event as for a clerk's step.
 * Register a definition with timeouts as an OSGi service (class {@link WorkflowDefinition}) so that its timers fire
 * after a restart before anyone uses it; until then they are tried again later.
 */
@ProviderType
public interface Workflows {

    /** Creates a case in the definition's initial state; needs the create permission at the jurisdiction. */
    WorkflowState create(WorkflowDefinition definition, String id, String jurisdictionCode);

    /**
     * Creates a case in the definition's initial state, as {@link #create(WorkflowDefinition, String, String)}, with
     * the creation named in its history (for example {@code save}) and the clerk's comment.
     *
     * @since 1.1
     */
    WorkflowState create(
            WorkflowDefinition definition, String id, String jurisdictionCode, String action, String comment);

    /**
     * Creates a case as {@link #create(WorkflowDefinition, String, String, String, String)}, with details for the
     * step a {@link Timeout} of the initial state takes (for example {@code limit}, {@code unit}, {@code department}
     * and {@code matterType} of the clock that deemed acceptance starts). A transition's details are kept in the same
     * way for the timeout of the state it enters.
     *
     * @since 1.2
     */
    WorkflowState create(
            WorkflowDefinition definition,
            String id,
            String jurisdictionCode,
            String action,
            String comment,
            Map<String, String> details);

    /**
     * Puts a case into a state of the definition without a row of its table and without a permission check: for
     * loads whose caller has checked the loading party's rights itself (an import by a clerk entitled to publish
     * there, demo data at the first start) and for cases that the system moves as a consequence of another one (an
     * earlier version superseded). Creates the case if it does not exist; writes history, audit entry and event like
     * a transition, under {@code action}. Never use it for what a clerk decides.
     *
     * @throws WorkflowException if {@code state} is not a state of the definition
     * @since 1.1
     */
    WorkflowState load(
            WorkflowDefinition definition,
            String id,
            String jurisdictionCode,
            String state,
            String action,
            String comment);

    /**
     * Puts a case into a state as {@link #load(WorkflowDefinition, String, String, String, String, String)}, with the
     * details the {@link Timeout} of that state takes when it fires (the matter's {@code limit} and {@code unit} for
     * a clock that deemed acceptance starts): for a step the applicant takes, which the owning bundle checked itself
     * (an application or a correction handed in online by the case's own applicant).
     *
     * @throws WorkflowException if {@code state} is not a state of the definition
     * @since 1.3
     */
    WorkflowState load(
            WorkflowDefinition definition,
            String id,
            String jurisdictionCode,
            String state,
            String action,
            String comment,
            Map<String, String> details);

    /**
     * The case's state as stored, without a permission check, for the owning bundle's own reads (it checked the
     * permission on its own aggregate).
     *
     * @since 1.1
     */
    Optional<WorkflowState> state(WorkflowDefinition definition, String id);

    /**
     * Makes one transition: locks the case, checks that it is still at {@code expectedVersion} (else {@link
     * StaleCaseException}), that the table has a row for its state and the action, the row's permission at the case's
     * jurisdiction and its reason; applies the clock effect (through the {@link WorkflowClock} service); writes the
     * history and the audit entry; publishes {@code kind/ACTION}.
     *
     * @param details arguments of the clock effect: {@code limit} and {@code unit} (and {@code department}, {@code
     *     matterType}) to start, {@code amount} and {@code approver} to extend; kept with the timer of the state it
     *     enters, if that state has a {@link Timeout}, for the timeout's action
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

    /**
     * The case's history for a reader whose tie to the case is the feature's to know, such as the receiving window of a
     * case processed in another jurisdiction: the read permission is checked at {@code readerJurisdiction}, which the
     * calling feature has found on the case, instead of at the case's own jurisdiction.
     */
    List<HistoryEntry> history(WorkflowDefinition definition, String id, String readerJurisdiction);

    /** The rows the current user may take from the case's state now (for the buttons of a case view). */
    List<Transition> available(WorkflowDefinition definition, String id);
}
