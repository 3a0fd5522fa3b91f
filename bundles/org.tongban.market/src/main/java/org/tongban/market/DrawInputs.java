package org.tongban.market;

import java.time.Instant;
import java.util.List;

/**
 * The inputs of a draw, fixed and published before it runs. With {@link Draw#run} (or the standalone {@code
 * Redraw.java} published with the market) anyone re-runs the draw from them alone and gets the same order.
 *
 * @param projectNumber the project's number
 * @param candidates the valid candidates' credit codes, sorted
 * @param candidatesSha256 SHA-256 (lower-case hex) of the candidates, each followed by a line feed, in UTF-8
 * @param publicValue a value that became known only after sign-up closed (for example the day's published lottery
 *     number), as announced in advance
 * @param algorithm the algorithm's id, {@link Draw#ALGORITHM}
 * @param fixedAt when the inputs were fixed and published
 */
public record DrawInputs(
        String projectNumber,
        List<String> candidates,
        String candidatesSha256,
        String publicValue,
        String algorithm,
        Instant fixedAt) {
    public DrawInputs {
        candidates = List.copyOf(candidates);
    }

    /** The inputs as the text file {@code Redraw.java} reads ({@code key=value} lines, one per candidate). */
    public String toText() {
        StringBuilder text = new StringBuilder()
                .append("algorithm=")
                .append(algorithm)
                .append('\n')
                .append("project=")
                .append(projectNumber)
                .append('\n')
                .append("publicValue=")
                .append(publicValue)
                .append('\n')
                .append("candidatesSha256=")
                .append(candidatesSha256)
                .append('\n');
        candidates.forEach(c -> text.append("candidate=").append(c).append('\n'));
        return text.toString();
    }
}
