package org.tongban.market.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tongban.market.BestPrice;

/**
 * The best-price rule of issue 17 (the 最优价 method of Yingkou's market, measure 43): drop the highest and the lowest
 * bid, take the mean of the rest times a factor drawn in [0.95, 0.98], the nearest bid wins, the lower of two equally
 * near.
 */
class BestPriceTest {

    @ParameterizedTest(name = "{0} × {1}: mean {2}, reference {3}, wins {4}")
    @CsvSource(
            delimiter = ';',
            value = {
                // bids; factor; mean; reference; winning bid
                "50000 58000 60000 62000 79000; 0.9650; 60000.00; 57900.00; 58000",
                "100 200 300; 0.9500; 200.00; 190.00; 200",
                "100 180 200 300; 0.9800; 190.00; 186.20; 180",
                "1000 1000 1000 1000; 0.9600; 1000.00; 960.00; 1000",
                "900 950 1000 1050 1100; 0.9750; 1000.00; 975.00; 950",
                "80000 79999.99 50000.01 66666.66; 0.9573; 73333.33; 70202.00; 66666.66",
            })
    void tableOfBids(String bids, String factor, String mean, String reference, String winning) {
        BestPrice best = BestPrice.compute(
                Arrays.stream(bids.split(" ")).map(BigDecimal::new).toList(), new BigDecimal(factor));
        assertThat(best.mean()).isEqualByComparingTo(mean);
        assertThat(best.reference()).isEqualByComparingTo(reference);
        assertThat(best.winningBid()).isEqualByComparingTo(winning);
    }

    @Test
    void twoEquallyNearBidsGoToTheLowerAndFewerThanThreeBidsCannotBeComputed() {
        // mean of 95 and 105 = 100, reference 100 × 0.95 = 95.00: 95 wins outright; with 90 and 100 equally near 95
        BestPrice tie = BestPrice.compute(
                java.util.List.of(
                        new BigDecimal("10"), new BigDecimal("90"), new BigDecimal("100"), new BigDecimal("200")),
                new BigDecimal("0.9500"));
        assertThat(tie.reference()).isEqualByComparingTo("90.25");
        assertThat(tie.winningBid()).isEqualByComparingTo("90");
        BestPrice exact = BestPrice.compute(
                java.util.List.of(
                        new BigDecimal("1"), new BigDecimal("90"), new BigDecimal("100"), new BigDecimal("1000")),
                new BigDecimal("1.0000"));
        assertThat(exact.reference()).isEqualByComparingTo("95.00");
        assertThat(exact.winningBid()).as("90 and 100 are both 5 from 95").isEqualByComparingTo("90");
        assertThatThrownBy(() -> BestPrice.compute(java.util.List.of(BigDecimal.ONE, BigDecimal.TEN), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
