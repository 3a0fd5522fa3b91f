package org.tongban.market;

import java.math.BigDecimal;

/**
 * The city's numbers, configuration PID {@code org.tongban.market}, each with a default and its source.
 *
 * @param fiscalThreshold 政府采购限额标准 in yuan: fiscal projects below it must use the market, at or above it go to
 *     government procurement (default 1,000,000, 《中央预算单位政府集中采购目录及标准（2020年版）》 服务类分散采购限额标准 100万元)
 * @param fiscalDirectAllowed whether a city rule lets fiscal projects use direct choice (default false: 优化营商环境条例
 *     第四十三条 forbids designating intermediaries)
 * @param minDrawCandidates valid candidates a fiscal random draw needs (default 3, issue 17 / Yingkou measure 43)
 * @param minComparisonApplicants valid applicants a comparison needs (default 2)
 * @param shortlistSize agencies on a comparison's shortlist (default 3)
 * @param factorLow lowest best-price factor (default 0.95)
 * @param factorHigh highest best-price factor (default 0.98)
 * @param publicityWorkingDays 公示期 (default 3 working days)
 * @param winnerConfirmWorkingDays days the winner has to confirm (default 3 working days)
 * @param contractWorkingDays days to upload and confirm the contract (default 5 working days)
 * @param serviceWarningWorkingDays warning before the service deadline (default 3 working days)
 * @param lateWorkingDays lateness beyond which a delivery is a bad-conduct record (default 10 working days)
 * @param refusalsForBlacklist refusals in a calendar year that blacklist an agency (default 3)
 * @param blacklistMonths how long the black list blocks sign-up (default 12 months)
 * @param qualificationWarningDays warning before a qualification expires (default 30 days)
 * @param regulatorWeight points from the regulator's assessment (default 70)
 * @param enterpriseWeight points from enterprise credit (default 10)
 * @param ratingsWeight points from public ratings (default 20)
 * @param redListScore lowest score of the red list (default 90)
 */
public record MarketRules(
        BigDecimal fiscalThreshold,
        boolean fiscalDirectAllowed,
        int minDrawCandidates,
        int minComparisonApplicants,
        int shortlistSize,
        BigDecimal factorLow,
        BigDecimal factorHigh,
        int publicityWorkingDays,
        int winnerConfirmWorkingDays,
        int contractWorkingDays,
        int serviceWarningWorkingDays,
        int lateWorkingDays,
        int refusalsForBlacklist,
        int blacklistMonths,
        int qualificationWarningDays,
        int regulatorWeight,
        int enterpriseWeight,
        int ratingsWeight,
        int redListScore) {

    /** The defaults named above. */
    public static final MarketRules DEFAULTS = new MarketRules(
            new BigDecimal("1000000"),
            false,
            3,
            2,
            3,
            new BigDecimal("0.95"),
            new BigDecimal("0.98"),
            3,
            3,
            5,
            3,
            10,
            3,
            12,
            30,
            70,
            10,
            20,
            90);
}
