package org.tongban.market.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tongban.market.BestPrice;
import org.tongban.market.Draw;
import org.tongban.market.DrawInputs;
import org.tongban.market.DrawResult;
import org.tongban.market.MarketRules;
import org.tongban.platform.api.portal.PageRequest;

/**
 * The draw page's server re-check uses nothing but what the visitor submits: the published inputs give the published
 * order and best-price winner; another public value or one candidate less gives another outcome, said as such.
 */
class DrawRecheckTest {
    private static final List<String> CANDIDATES = IntStream.range(0, 12)
            .mapToObj(i -> "91210800MA0" + (100000 + i) + " 营口某测绘有限公司" + i)
            .toList();
    private final DrawInputs published =
            Draw.inputs("YK-2026-0007", CANDIDATES, "2026-12-08 上证指数收盘 3412.57", Instant.parse("2026-12-08T08:00:00Z"));
    private final DrawResult result = Draw.run(published, Instant.parse("2026-12-08T09:00:00Z"));

    private static PageRequest request(Map<String, List<String>> parameters) {
        return new PageRequest(DrawPage.PATH, Map.of("id", "7"), parameters, Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void thePublishedInputsGiveThePublishedOrder() {
        DrawPage.Recheck same =
                DrawPage.recheck(request(Map.of("check", List.of("1"))), published, result, null, MarketRules.DEFAULTS);
        assertThat(same.same()).isTrue();
        assertThat(same.checksumMatches()).isTrue();
        assertThat(same.ranked()).isEqualTo(result.ranked());
        DrawPage.Recheck submitted = DrawPage.recheck(
                request(Map.of(
                        "publicValue", List.of(published.publicValue()),
                        "candidates", List.of(String.join("\n", CANDIDATES.reversed())))),
                published,
                result,
                null,
                MarketRules.DEFAULTS);
        assertThat(submitted.same())
                .as("the order of the submitted lines does not matter: they are sorted")
                .isTrue();
    }

    @Test
    void anotherPublicValueOrCandidateListChangesTheOutcome() {
        DrawPage.Recheck otherValue = DrawPage.recheck(
                request(Map.of("publicValue", List.of("2026-12-08 上证指数收盘 3412.58"))),
                published,
                result,
                null,
                MarketRules.DEFAULTS);
        assertThat(otherValue.same()).isFalse();
        assertThat(otherValue.checksumMatches()).isTrue();
        assertThat(otherValue.ranked())
                .containsExactlyInAnyOrderElementsOf(CANDIDATES)
                .isNotEqualTo(result.ranked());

        DrawPage.Recheck oneLess = DrawPage.recheck(
                request(Map.of("candidates", List.of(String.join("\n", CANDIDATES.subList(1, CANDIDATES.size()))))),
                published,
                result,
                null,
                MarketRules.DEFAULTS);
        assertThat(oneLess.same()).isFalse();
        assertThat(oneLess.checksumMatches()).isFalse();
        assertThat(oneLess.candidatesSha256()).isNotEqualTo(published.candidatesSha256());
        assertThat(oneLess.ranked()).doesNotContain(CANDIDATES.getFirst());
    }

    @Test
    void theBestPriceIsRecomputedFromTheSameInputs() {
        List<BigDecimal> bids = List.of("81000", "79500", "90000", "85500", "76000").stream()
                .map(BigDecimal::new)
                .toList();
        MarketRules rules = MarketRules.DEFAULTS;
        BestPrice price = BestPrice.compute(bids, Draw.factor(published, rules.factorLow(), rules.factorHigh()));
        DrawPage.Recheck same =
                DrawPage.recheck(request(Map.of("check", List.of("1"))), published, result, price, rules);
        assertThat(same.same()).isTrue();
        assertThat(same.bestPrice().factor()).isEqualTo(price.factor());
        assertThat(same.bestPrice().factor()).isBetween(new BigDecimal("0.95"), new BigDecimal("0.98"));
        assertThat(same.bestPrice().winningBid()).isEqualTo(price.winningBid());
    }
}
