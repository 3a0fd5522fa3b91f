package org.tongban.hotline;

/** A unit's part in a ticket. */
public enum AssignmentRole {
    /** 主办单位: signs, handles and replies for the ticket. */
    LEAD,
    /** 协办单位: signs and contributes its reply to the lead unit. */
    ASSISTING
}
