package org.tongban.market;

/** An agency's list today. */
public enum CreditList {
    /** On neither list. */
    NONE,
    /** 红名单: a score at or above the red-list score this year, no conduct record in force. */
    RED,
    /** 黑名单: blocked from sign-up until the entry ends. */
    BLACK
}
