package org.tongban.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a selection decided, public.
 *
 * @param projectId the project
 * @param method the method used
 * @param failed whether it failed (流标)
 * @param failureReason why, or {@code null}
 * @param winnerAgencyId the winner, or {@code null} (failed, or a shortlist awaiting the owner's choice)
 * @param price the winning price, or {@code null}
 * @param shortlist for {@link SelectionMethod#COMPARISON}, the agencies the owner chooses from, best credit first
 * @param draw the draw, when the method used one (random draw, ties, the best-price factor)
 * @param bestPrice the best-price computation, for {@link SelectionMethod#BEST_PRICE}
 * @param reason the owner's reason for a direct or comparison choice, or {@code null}
 * @param decidedAt when
 */
public record Selection(
        long projectId,
        SelectionMethod method,
        boolean failed,
        String failureReason,
        Long winnerAgencyId,
        BigDecimal price,
        List<Long> shortlist,
        DrawResult draw,
        BestPrice bestPrice,
        String reason,
        Instant decidedAt) {
    public Selection {
        shortlist = shortlist == null ? List.of() : List.copyOf(shortlist);
    }
}
