package org.tongban.credit;

/** What a credit record is about; every type counts against the applicant while the record is in force. */
public enum CreditType {
    /** 容缺承诺未履行: a material tolerated missing was not supplied by its deadline. */
    BROKEN_PLEDGE,
    /** 虚假承诺: a 告知承诺 pledge was found false at verification. */
    FALSE_COMMITMENT,
    /** 失信记录: imported from a credit platform (信用中国 and the like). */
    BAD_CREDIT
}
