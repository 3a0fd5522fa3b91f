package org.tongban.platform.workflow;

import java.time.Instant;

/**
 * Where a case stands.
 *
 * @param version increases with every transition; a transition names the version it was decided on
 * @param clockId the case's deadline clock, once started
 */
public record WorkflowState(
        String kind, String id, String state, long version, String jurisdictionCode, Long clockId, Instant updatedAt) {}
