package org.tongban.market;

import java.math.BigDecimal;
import java.util.List;

/**
 * One row of the public directory.
 *
 * @param id the agency
 * @param creditCode its credit code
 * @param name its name
 * @param serviceTypeCodes the types it holds a valid qualification for
 * @param completedProjects projects completed on the market
 * @param averageRating mean of its public ratings on a 5-point scale, or {@code null} when none
 * @param creditScore this year's credit score, or {@code null} before one is computed
 * @param list red or black list today
 */
public record AgencySummary(
        long id,
        String creditCode,
        String name,
        List<String> serviceTypeCodes,
        int completedProjects,
        BigDecimal averageRating,
        BigDecimal creditScore,
        CreditList list) {
    public AgencySummary {
        serviceTypeCodes = List.copyOf(serviceTypeCodes);
    }
}
