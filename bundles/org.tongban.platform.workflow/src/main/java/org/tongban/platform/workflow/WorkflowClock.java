package org.tongban.platform.workflow;

import java.time.Instant;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Applies a transition's clock effect; the working-time bundle provides it. Runs inside the transition's transaction.
 */
@ConsumerType
public interface WorkflowClock {

    /**
     * @param clockId the case's clock, null before {@link ClockEffect#START}
     * @return the case's clock id afterwards
     */
    long apply(ClockEffect effect, WorkflowState state, Long clockId, String reason, Map<String, String> details);

    /**
     * Applies a clock effect of a step the system takes on its own (a {@link Timeout}'s action): as {@link #apply},
     * without a user and so without a user's permission. Implementations that cannot tell the system from a user run
     * {@link #apply}.
     *
     * @since 1.2
     */
    default long applyAsSystem(
            ClockEffect effect, WorkflowState state, Long clockId, String reason, Map<String, String> details) {
        return apply(effect, state, clockId, reason, details);
    }

    /**
     * When a limit counted from an instant ends in the calendar of a jurisdiction: the due moment of a {@link Timeout}.
     *
     * @param unit a unit name of the working-time engine ({@code WORKING_DAYS}, {@code NATURAL_DAYS} ...)
     * @param cutoff {@code CLOSING_TIME}, {@code END_OF_DAY} or null for the engine's default
     * @throws WorkflowException if the implementation cannot count limits
     * @since 1.2
     */
    default Instant due(String jurisdictionCode, Instant from, int amount, String unit, String cutoff) {
        throw new WorkflowException("办理时限服务不能计算超时时限");
    }
}
