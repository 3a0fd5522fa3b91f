package org.tongban.market;

/** Whether a qualification lets the agency serve its type today. */
public enum QualificationStatus {
    /** 有效. */
    VALID,
    /** 即将到期: valid, but expires within the warning period (30 days by default). */
    EXPIRING,
    /** 已暂停: expired; the agency is suspended for this type until a valid qualification is added. */
    SUSPENDED
}
