package org.tongban.evaluation;

/** The permissions of 好差评, each granted at a jurisdiction and covering its subtree. */
public final class EvaluationPermissions {
    /** See the ratings and the statistics of the jurisdiction (units and the office). */
    public static final String READ = "evaluation:read";

    /** See who gave a rating; every read is audited. */
    public static final String REVIEWER = "evaluation:reviewer";

    /** Close out bad reviews as the handling unit: verify, fix and report, explain, appeal, record the callback. */
    public static final String RECTIFY = "evaluation:rectify";

    /** The office (政务服务管理办公室): review each close-out, accept or send back. */
    public static final String SUPERVISE = "evaluation:supervise";

    /** Issue and revoke the tokens of the window tablets. */
    public static final String DEVICES = "evaluation:devices";

    private EvaluationPermissions() {}
}
