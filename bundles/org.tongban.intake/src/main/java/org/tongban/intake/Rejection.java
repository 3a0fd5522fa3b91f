package org.tongban.intake;

/**
 * Why an application is not accepted (不予受理), as the written decision states it (行政许可法 第三十二条第一款, 第三十八条
 * 第二款: reasons and the right to apply for administrative reconsideration or to sue).
 *
 * @param reason the reasons
 * @param legalBasis the provisions relied on
 * @param remedy the applicant's remedies: where and within how long to apply for 行政复议 or bring 行政诉讼
 */
public record Rejection(String reason, String legalBasis, String remedy) {}
