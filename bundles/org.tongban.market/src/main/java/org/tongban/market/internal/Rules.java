package org.tongban.market.internal;

import java.math.BigDecimal;
import org.tongban.market.MarketRules;

/** Reads the configuration into {@link MarketRules}, refusing numbers that make no sense. */
final class Rules {
    private Rules() {}

    static MarketRules of(MarketConfig c) {
        BigDecimal low = new BigDecimal(c.factorLow().strip());
        BigDecimal high = new BigDecimal(c.factorHigh().strip());
        if (low.signum() <= 0 || high.compareTo(low) < 0 || low.scale() > 4 || high.scale() > 4) {
            throw new IllegalArgumentException("best-price factors must satisfy 0 < low <= high, at most 4 decimals");
        }
        if (c.regulatorWeight() + c.enterpriseWeight() + c.ratingsWeight() != 100) {
            throw new IllegalArgumentException("credit weights must add up to 100");
        }
        return new MarketRules(
                new BigDecimal(c.fiscalThreshold().strip()),
                c.fiscalDirectAllowed(),
                c.minDrawCandidates(),
                c.minComparisonApplicants(),
                c.shortlistSize(),
                low,
                high,
                c.publicityWorkingDays(),
                c.winnerConfirmWorkingDays(),
                c.contractWorkingDays(),
                c.serviceWarningWorkingDays(),
                c.lateWorkingDays(),
                c.refusalsForBlacklist(),
                c.blacklistMonths(),
                c.qualificationWarningDays(),
                c.regulatorWeight(),
                c.enterpriseWeight(),
                c.ratingsWeight(),
                c.redListScore());
    }
}
