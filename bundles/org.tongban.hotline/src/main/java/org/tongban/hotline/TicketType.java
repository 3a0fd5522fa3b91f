package org.tongban.hotline;

/** What the caller wants. */
public enum TicketType {
    /** 咨询 */
    CONSULTATION,
    /** 求助 */
    HELP,
    /** 投诉 */
    COMPLAINT,
    /** 举报: the caller is always confidential. */
    REPORT,
    /** 建议 */
    SUGGESTION,
    /** 表扬 */
    PRAISE
}
