package org.tongban.evaluation;

/** The handling unit's finding on a bad review. */
public enum Verdict {
    /** 情况属实: fix within the deadline and report back. */
    JUSTIFIED,
    /** 不属实: explain. */
    NOT_JUSTIFIED,
    /** 恶意差评: appeal to the office with evidence. */
    MALICIOUS
}
