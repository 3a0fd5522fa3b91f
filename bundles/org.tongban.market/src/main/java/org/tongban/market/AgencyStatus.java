package org.tongban.market;

/** Where an agency's registration stands. */
public enum AgencyStatus {
    /** 待提交: registered, still being completed by the agency. */
    DRAFT,
    /** 待审核: handed in to the market office. */
    SUBMITTED,
    /** 已退回: the office found facts wrong; the agency corrects and hands in again. */
    RETURNED,
    /** 已发布: shown in the directory and may sign up. */
    PUBLISHED
}
