package org.tongban.evaluation;

/** What a rating rates (GB/T 39735-2020 评价指标). */
public enum Dimension {
    /** 总体评价: its level is the rating's level. */
    OVERALL,
    /** 办事效率. */
    EFFICIENCY,
    /** 办事指南准确性. */
    GUIDE,
    /** 办事便捷程度. */
    CONVENIENCE,
    /** 平台易用性. */
    PLATFORM,
    /** 业务能力. */
    COMPETENCE,
    /** 服务态度. */
    ATTITUDE
}
