package org.tongban.helpdesk;

/** How a request is helped. */
public enum HelpKind {
    /** 即时帮办: guided on the spot and closed the same day. */
    INSTANT,
    /** 转办督办: forwarded to the responsible department with a deadline and supervised. */
    FORWARDED,
    /** 联合代办: several departments, one helper coordinating. */
    JOINT,
    /** 全程代办: the helper acts for the applicant through intake under a written authorisation. */
    FULL_AGENCY
}
