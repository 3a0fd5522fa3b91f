package org.tongban.helpdesk;

/** What a written authorisation lets the agent do in intake for the principal. */
public enum Power {
    /** Apply (申请) and hand in the materials. */
    APPLY,
    /** Supply corrected or missing materials (补正、补充材料). */
    SUPPLY,
    /** Collect the results (领取结果). */
    COLLECT,
    /** Follow the case (查询办理进度). */
    FOLLOW
}
