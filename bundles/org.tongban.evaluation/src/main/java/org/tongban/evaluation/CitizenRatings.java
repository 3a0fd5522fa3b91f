package org.tongban.evaluation;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Rating as a citizen: a finished case from the portal or the mobile app (the caller authenticated the public account
 * and passes its id, never input), a hall visit from the window tablet (the tablet's token is the only credential). No
 * staff permission; the clerk never sees the answer.
 */
@ProviderType
public interface CitizenRatings {

    /** The account's finished cases not rated yet, newest first. */
    List<PendingCase> pending(long accountId);

    /**
     * Rates one of the account's finished cases, once (一事一评).
     *
     * @throws EvaluationException when the case is not theirs ({@code evaluation.error.caseNotFound}), not finished,
     *     already rated, or the answer is invalid; nothing is stored then
     */
    Rating rateCase(long accountId, String caseNumber, NewRating rating);

    /** Changes the account's rating of a case within the amendment window. */
    Rating amendCase(long accountId, String caseNumber, NewRating rating);

    /** The account's rating of a case, if it is theirs and rated. */
    Optional<Rating> ofCase(long accountId, String caseNumber);

    /**
     * What the window tablet shows: the window and the visit just finished there, if any.
     *
     * @throws EvaluationException {@code evaluation.error.token} for a forged or revoked token
     */
    Tablet tablet(String token);

    /**
     * Rates the visit shown on the tablet, once per visit (一次一评).
     *
     * @throws EvaluationException for a forged token, another window's visit, a visit rated already
     */
    Rating rateVisit(String token, long ratingId, NewRating rating);

    /**
     * A finished case waiting for its rating.
     *
     * @param caseNumber the case
     * @param matterName the matter's name
     * @param finishedState the case's state (COMPLETED, DELIVERED, DENIED)
     */
    record PendingCase(String caseNumber, String matterName, String finishedState) {}

    /**
     * A tablet's window and the visit it offers for rating.
     *
     * @param hall the hall
     * @param window the window
     * @param visit the pending rating of the visit just finished, or empty
     */
    record Tablet(String hall, String window, Optional<Rating> visit) {}
}
