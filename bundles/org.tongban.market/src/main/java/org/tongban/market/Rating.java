package org.tongban.market;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The owner's public rating of a completed service, each part 1 (poor) to 5 (excellent).
 *
 * @param projectId the project
 * @param projectNumber its number
 * @param agencyId the rated agency
 * @param quality 质量
 * @param timeliness 时效
 * @param attitude 态度
 * @param price 价格
 * @param comment free text, may be empty
 * @param ratedAt when
 */
public record Rating(
        long projectId,
        String projectNumber,
        long agencyId,
        int quality,
        int timeliness,
        int attitude,
        int price,
        String comment,
        Instant ratedAt) {

    /** The mean of the four parts. */
    public BigDecimal mean() {
        return BigDecimal.valueOf(quality + timeliness + attitude + price)
                .divide(BigDecimal.valueOf(4), 2, java.math.RoundingMode.HALF_UP);
    }
}
