package org.tongban.market;

import java.time.Instant;
import java.util.List;

/**
 * A draw's outcome: the full order of the candidates; the first wins (ties of a price method go to the earliest).
 *
 * @param inputs the published inputs
 * @param key the text hashed, as RFC 3797 builds it from the inputs
 * @param ranked the candidates' credit codes in drawn order
 * @param ranAt when it ran
 */
public record DrawResult(DrawInputs inputs, String key, List<String> ranked, Instant ranAt) {
    public DrawResult {
        ranked = List.copyOf(ranked);
    }

    /** The first drawn candidate. */
    public String winner() {
        return ranked.getFirst();
    }
}
