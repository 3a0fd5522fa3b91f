package org.tongban.credit.internal;

/**
 * How long a record counts when it names no expiry, and the longest it may count. {@link #DEFAULT}: 3 and 5 years,
 * 国办发〔2020〕49号 (失信信息公开期限一般为3年，最长不超过5年).
 */
record Validity(int years, int maxYears) {
    static final Validity DEFAULT = new Validity(3, 5);

    static Validity of(CreditConfig config) {
        return new Validity(config.validityYears(), Math.max(config.validityYears(), config.maxValidityYears()));
    }
}
