package org.tongban.market;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The best-price (最优价) computation: drop one highest and one lowest bid, take the mean of the rest (to the fen),
 * multiply by the drawn factor (to the fen) for the reference price; the bid nearest the reference wins, the lower
 * of two equally near. Several agencies with the winning bid are separated by the draw.
 *
 * @param bids the valid bids, ascending
 * @param lowestDropped the lowest bid, dropped
 * @param highestDropped the highest bid, dropped
 * @param mean the mean of the other bids
 * @param factor the drawn factor, for example 0.9650
 * @param reference mean × factor
 * @param winningBid the bid nearest the reference
 */
public record BestPrice(
        List<BigDecimal> bids,
        BigDecimal lowestDropped,
        BigDecimal highestDropped,
        BigDecimal mean,
        BigDecimal factor,
        BigDecimal reference,
        BigDecimal winningBid) {
    public BestPrice {
        bids = List.copyOf(bids);
    }

    /**
     * Computes it.
     *
     * @throws IllegalArgumentException for fewer than 3 bids, which leave nothing after dropping two
     */
    public static BestPrice compute(List<BigDecimal> bids, BigDecimal factor) {
        if (bids.size() < 3) {
            throw new IllegalArgumentException("best price needs at least 3 bids");
        }
        List<BigDecimal> sorted = new ArrayList<>(bids);
        sorted.sort(Comparator.naturalOrder());
        List<BigDecimal> middle = sorted.subList(1, sorted.size() - 1);
        BigDecimal mean = middle.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(middle.size()), 2, RoundingMode.HALF_UP);
        BigDecimal reference = mean.multiply(factor).setScale(2, RoundingMode.HALF_UP);
        BigDecimal winning = sorted.getFirst();
        for (BigDecimal bid : sorted) {
            // ascending: a later bid replaces only when strictly nearer, so the lower of two equally near stays
            if (bid.subtract(reference)
                            .abs()
                            .compareTo(winning.subtract(reference).abs())
                    < 0) {
                winning = bid;
            }
        }
        return new BestPrice(sorted, sorted.getFirst(), sorted.getLast(), mean, factor, reference, winning);
    }
}
