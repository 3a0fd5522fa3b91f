package org.tongban.market.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.tongban.market.BestPrice;
import org.tongban.market.Draw;
import org.tongban.market.DrawResult;
import org.tongban.market.Funding;
import org.tongban.market.MarketRules;
import org.tongban.market.Project;
import org.tongban.market.Selection;
import org.tongban.market.SelectionMethod;
import org.tongban.market.SignUp;

/** The selection rules on valid sign-ups, without the database: what a method decides from its inputs. */
final class Selector {
    private Selector() {}

    /**
     * Decides a random-draw, price or comparison selection.
     *
     * @param valid the valid sign-ups
     * @param draw the draw over their credit codes, for the methods that draw
     * @param scores this year's credit scores by agency, for comparison
     */
    static Selection select(
            Project p,
            List<SignUp> valid,
            DrawResult draw,
            MarketRules rules,
            Map<Long, BigDecimal> scores,
            Instant now) {
        SelectionMethod method = p.method();
        int n = valid.size();
        switch (method) {
            case RANDOM_DRAW -> {
                int needed = p.funding() == Funding.FISCAL ? rules.minDrawCandidates() : 1;
                if (n < needed) {
                    return failed(p, "有效报名" + n + "家，不足" + needed + "家，流标", now);
                }
                SignUp winner = byCode(valid, draw.winner());
                return won(p, winner.agencyId(), p.priceCeiling(), draw, null, now);
            }
            case LOWEST_PRICE -> {
                if (n < 1) {
                    return failed(p, "无有效报名，流标", now);
                }
                BigDecimal lowest = valid.stream()
                        .map(SignUp::bid)
                        .min(Comparator.naturalOrder())
                        .orElseThrow();
                SignUp winner = earliestDrawn(valid, lowest, draw);
                return won(p, winner.agencyId(), lowest, draw, null, now);
            }
            case BEST_PRICE -> {
                if (n < 3) {
                    return failed(p, "有效报价" + n + "家，不足3家，无法计算最优价，流标", now);
                }
                BigDecimal factor = Draw.factor(draw.inputs(), rules.factorLow(), rules.factorHigh());
                BestPrice best =
                        BestPrice.compute(valid.stream().map(SignUp::bid).toList(), factor);
                SignUp winner = earliestDrawn(valid, best.winningBid(), draw);
                return won(p, winner.agencyId(), best.winningBid(), draw, best, now);
            }
            case COMPARISON -> {
                if (n < rules.minComparisonApplicants()) {
                    return failed(p, "有效报名" + n + "家，不足" + rules.minComparisonApplicants() + "家，比选失败，流标", now);
                }
                List<Long> shortlist = valid.stream()
                        .sorted(Comparator.comparing((SignUp s) -> scores.getOrDefault(s.agencyId(), BigDecimal.ZERO))
                                .reversed()
                                .thenComparing(SignUp::creditCode))
                        .limit(rules.shortlistSize())
                        .map(SignUp::agencyId)
                        .toList();
                return new Selection(p.id(), method, false, null, null, null, shortlist, null, null, null, now);
            }
            default -> throw new IllegalArgumentException("the owner chooses directly: " + method);
        }
    }

    private static SignUp byCode(List<SignUp> valid, String code) {
        return valid.stream()
                .filter(s -> s.creditCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    /** Among the sign-ups with this bid, the one drawn first. */
    private static SignUp earliestDrawn(List<SignUp> valid, BigDecimal bid, DrawResult draw) {
        List<SignUp> tied =
                valid.stream().filter(s -> s.bid().compareTo(bid) == 0).toList();
        return tied.stream()
                .min(Comparator.comparingInt(s -> draw.ranked().indexOf(s.creditCode())))
                .orElseThrow();
    }

    static Selection failed(Project p, String reason, Instant now) {
        return new Selection(p.id(), p.method(), true, reason, null, null, List.of(), null, null, null, now);
    }

    private static Selection won(
            Project p, long agency, BigDecimal price, DrawResult draw, BestPrice best, Instant now) {
        return new Selection(p.id(), p.method(), false, null, agency, price, List.of(), draw, best, null, now);
    }
}
