package org.tongban.market;

/** Why a sign-up was excluded automatically; shown with the sign-up. */
public enum ExclusionReason {
    /** 无该类资质. */
    NO_QUALIFICATION,
    /** 资质已过期 (or expires before sign-up closes). */
    QUALIFICATION_EXPIRED,
    /** 资质等级不符. */
    LEVEL_TOO_LOW,
    /** 已暂停该类服务. */
    SUSPENDED,
    /** 列入黑名单. */
    BLACKLISTED,
    /** 利害关系回避: on the avoidance list of the owner or the approving department. */
    CONFLICT_OF_INTEREST,
    /** 不在服务区域. */
    OUTSIDE_SERVICE_AREA
}
