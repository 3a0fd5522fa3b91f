package org.tongban.worktime;

/**
 * Why a clock stops: the steps whose time 行政许可法 第45条 excludes from the limit (行政机关作出行政许可决定，依法需要听证、
 * 招标、拍卖、检验、检测、检疫、鉴定和专家评审的，所需时间不计算在本节规定的期限内), plus {@link #OTHER} for a step another law
 * excludes, which must name that law. 现场核查 (on-site inspection) is not among them: it counts, unless a rule says
 * otherwise and is named under {@link #OTHER}. A city may allow fewer kinds ({@code pauseKinds} in the configuration).
 */
public enum PauseKind {
    /** 听证. */
    HEARING,
    /** 招标. */
    TENDER,
    /** 拍卖. */
    AUCTION,
    /** 检验. */
    INSPECTION,
    /** 检测. */
    TESTING,
    /** 检疫. */
    QUARANTINE,
    /** 鉴定. */
    APPRAISAL,
    /** 专家评审. */
    EXPERT_REVIEW,
    /** Another step that a named law excludes from the limit. */
    OTHER
}
