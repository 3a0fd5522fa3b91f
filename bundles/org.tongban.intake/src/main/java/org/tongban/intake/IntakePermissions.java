package org.tongban.intake;

/** The permissions of intake, each granted at a jurisdiction and covering its subtree. */
public final class IntakePermissions {
    /** See cases received or processed in the jurisdiction, and the queues. */
    public static final String READ = "intake:read";

    /** Receive applications at a window of the jurisdiction (收件), for its matters and those of lower levels. */
    public static final String RECEIVE = "intake:receive";

    /** Accept, refuse or ask for 补正, and decide 即办件 and 告知承诺 cases on the spot (窗口受理). */
    public static final String ACCEPT = "intake:accept";

    /** Take a case from the department queue and review it, with on-site inspection (审查, 现场核查). */
    public static final String REVIEW = "intake:review";

    /** Hand a case of the department queue to a reviewer. */
    public static final String ASSIGN = "intake:assign";

    /** Decide (准予 / 不予许可), complete, suspend, resume and terminate. */
    public static final String DECIDE = "intake:decide";

    /** Extend the limit within the matter's extension rule (延期). */
    public static final String EXTEND = "intake:extend";

    /** Hand over the result (出件) at the window or by mail. */
    public static final String DELIVER = "intake:deliver";

    /** Verify pledges of 告知承诺 cases after the decision (核查). */
    public static final String VERIFY = "intake:verify";

    /** Read applicants' full identity numbers and credit codes; every read is audited. */
    public static final String PII = "intake:pii";

    private IntakePermissions() {}
}
