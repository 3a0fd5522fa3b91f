package org.tongban.platform.workflow;

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
}
