package org.tongban.market;

import java.math.BigDecimal;

/**
 * An agency's credit score for a year: parts weighted by {@link MarketRules} (by default 70 regulator + 10 enterprise
 * credit + 20 ratings), less the points of conduct records in force, never below 0.
 *
 * @param agencyId the agency
 * @param year the year
 * @param regulator points the regulator gave, 0 to its weight (full weight until assessed)
 * @param enterprise points for enterprise credit, 0 to its weight (full weight until assessed)
 * @param ratings the ratings' mean over the year scaled to its weight (full weight without ratings)
 * @param deductions points of the year's conduct records in force
 * @param total the score
 */
public record CreditScore(
        long agencyId,
        int year,
        BigDecimal regulator,
        BigDecimal enterprise,
        BigDecimal ratings,
        BigDecimal deductions,
        BigDecimal total) {}
