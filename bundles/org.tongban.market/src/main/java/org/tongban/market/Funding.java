package org.tongban.market;

/** Where a project's money comes from. */
public enum Funding {
    /** 财政资金: the market's rules on fiscal money apply (threshold, no direct choice, at least 3 in a draw). */
    FISCAL,
    /** 自有资金. */
    OWN
}
