package org.tongban.intake;

import java.util.Set;

/** The states of the {@code intake} workflow. */
public final class IntakeStates {
    /** Received at a window of another jurisdiction, waiting for the processing side (异地代收). */
    public static final String FORWARDED = "FORWARDED";
    /** 收件: received, not yet accepted. */
    public static final String RECEIVED = "RECEIVED";
    /** 补正: the applicant was told everything to correct. */
    public static final String SUPPLEMENT = "SUPPLEMENT";
    /** 受理: accepted, in the department queue; the clock runs. */
    public static final String ACCEPTED = "ACCEPTED";
    /** 审查: a reviewer holds it. */
    public static final String REVIEW = "REVIEW";
    /** 中止: an excluded step of 第四十五条 runs; the clock is paused. */
    public static final String SUSPENDED = "SUSPENDED";
    /** 准予许可. */
    public static final String APPROVED = "APPROVED";
    /** 不予许可. */
    public static final String DENIED = "DENIED";
    /** 办结. */
    public static final String COMPLETED = "COMPLETED";
    /** 出件: the result was handed over. */
    public static final String DELIVERED = "DELIVERED";
    /** 不予受理. */
    public static final String REJECTED = "REJECTED";
    /** 撤回. */
    public static final String WITHDRAWN = "WITHDRAWN";
    /** 终止. */
    public static final String TERMINATED = "TERMINATED";
    /** 撤销: the decision was revoked after a false pledge. */
    public static final String REVOKED = "REVOKED";

    /** States in which nothing more is done. */
    public static final Set<String> CLOSED = Set.of(DENIED, DELIVERED, REJECTED, WITHDRAWN, TERMINATED, REVOKED);

    /** States of a case that ended with a result. */
    public static final Set<String> DONE = Set.of(COMPLETED, DELIVERED, DENIED);

    /** States of a case that ended without one. */
    public static final Set<String> FAILED = Set.of(REJECTED, WITHDRAWN, TERMINATED, REVOKED);

    private IntakeStates() {}
}
