package org.tongban.market;

/** Where an objection (异议) against a result stands. */
public enum ObjectionState {
    /** 待处理. */
    LODGED,
    /** 成立: the result is void and the project fails (流标). */
    UPHELD,
    /** 不成立: the result stands. */
    DISMISSED
}
