package org.tongban.market;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.tongban.platform.workflow.HistoryEntry;

/**
 * Projects from publication to rating, on the workflow table {@value ProjectState#KIND}. Methods with an {@code
 * accountId} act for that public account (owner or agency, checked against the project); the others need the
 * permission they name, at the project's jurisdiction. Every step is audited in its transaction and a refusal ({@link
 * MarketException}) writes nothing. Numbers (threshold, minimum candidates, factor range, periods) are the city's
 * {@link MarketRules}.
 */
@ProviderType
public interface Projects {

    /**
     * Publishes a project in {@link ProjectState#AWAITING_SELECTION}.
     *
     * @throws MarketException for an account that is not an organisation, an unknown type or jurisdiction, a ceiling
     *     not positive, fiscal money at or above the procurement threshold (that goes to government procurement), direct
     *     choice on fiscal money where no rule allows it, a window that closes before it opens or in the past
     */
    Project publish(long ownerAccountId, NewProject project);

    /** Publishes a failed project again with a new sign-up window; the old one stays 流标 and points nowhere. */
    Project republish(long ownerAccountId, long failedProjectId, java.time.Instant opens, java.time.Instant closes);

    /** Whether fiscal money of this amount must be spent through the market (below the procurement threshold). */
    boolean mustUseMarket(Funding funding, BigDecimal amount);

    /**
     * Signs the account's published agency up, checking its qualification, credit, avoidance and service area; a
     * sign-up that fails those checks is stored excluded with its reasons (shown to the agency), not refused.
     *
     * @param bid the price in yuan for {@link SelectionMethod#LOWEST_PRICE} and {@link SelectionMethod#BEST_PRICE},
     *     else ignored
     * @throws MarketException outside the sign-up window, for an agency not published or already signed up, a bid
     *     missing, not positive or above the ceiling
     */
    SignUp signUp(long agencyAccountId, long projectId, BigDecimal bid);

    /**
     * The sign-ups of a project: for its owner's account and the office ({@code accountId} {@code null} with {@link
     * MarketPermissions#READ}) at any time; for anyone after sign-up closed (bids included).
     */
    List<SignUp> signUps(Long accountId, long projectId);

    /** The account's agency's sign-ups, newest first. */
    List<SignUp> ownSignUps(long agencyAccountId);

    /**
     * Fixes and publishes the draw's inputs after sign-up closed (random draw, lowest and best price); needs {@link
     * MarketPermissions#SUPERVISE}. Once fixed they do not change.
     *
     * @throws MarketException before sign-up closed, for an empty public value, inputs already fixed, or a method
     *     without a draw
     */
    DrawInputs fixDrawInputs(long projectId, String publicValue);

    /** The published draw inputs, if fixed. Public. */
    Optional<DrawInputs> drawInputs(long projectId);

    /**
     * Runs the selection of a random-draw, price or comparison project after sign-up closed (draw inputs fixed where
     * the method draws); needs {@link MarketPermissions#SUPERVISE}. Too few valid candidates fail the project (流标);
     * a comparison yields a shortlist for the owner's {@link #choose}. Each draw is audited with its inputs and order.
     */
    Selection runSelection(long projectId);

    /**
     * The owner chooses: directly (own money, or fiscal where a rule allows) among valid sign-ups, or from a
     * comparison's shortlist; {@code reason} required.
     *
     * @throws MarketException for a method that does not let the owner choose (an owner picking on fiscal money), an
     *     agency not a valid candidate or not on the shortlist
     */
    Selection choose(long ownerAccountId, long projectId, long agencyId, String reason);

    /** The selection's outcome, if decided. Public. */
    Optional<Selection> selection(long projectId);

    /** Lodges an objection during publicity; only an agency that signed up. */
    Objection object(long agencyAccountId, long projectId, String text);

    /**
     * Answers an objection; needs {@link MarketPermissions#SUPERVISE}. An upheld one voids the result: the project
     * fails (流标) and may be republished.
     */
    Objection answerObjection(long objectionId, boolean upheld, String answer);

    /** A project's objections. Public (the text is the agency's public statement). */
    List<Objection> objections(long projectId);

    /** The owner confirms the result after the publicity period, without pending objections. */
    Project confirmResult(long ownerAccountId, long projectId);

    /** The winner accepts within {@code winnerConfirmWorkingDays}. */
    Project acceptWin(long agencyAccountId, long projectId);

    /** The winner refuses: the project fails (流标) and the refusal is a bad-conduct record. */
    Project refuseWin(long agencyAccountId, long projectId, String reason);

    /** Owner or winner uploads the contract (PDF). */
    Project uploadContract(long accountId, long projectId, String fileName, byte[] content);

    /** Owner or winner confirms the uploaded contract; when both have, the service starts against its deadline. */
    Project confirmContract(long accountId, long projectId);

    /** The winner uploads the result (report files) for acceptance. */
    Project deliver(long agencyAccountId, long projectId, String fileName, byte[] content);

    /** The owner accepts the result: 已完成. A delivery late by more than the configured working days is recorded. */
    Project accept(long ownerAccountId, long projectId);

    /** The owner sends the result back with a reason; the service continues. */
    Project returnResult(long ownerAccountId, long projectId, String reason);

    /**
     * The owner rates a completed project, each part 1 to 5; once. The rating is public.
     *
     * @throws MarketException for a part outside 1 to 5, a project not completed or already rated
     */
    Rating rate(
            long ownerAccountId, long projectId, int quality, int timeliness, int attitude, int price, String comment);

    /** Terminates a project that has not completed, with a reason; needs {@link MarketPermissions#SUPERVISE}. */
    Project terminate(long projectId, String reason);

    /** A published project. Public. */
    Optional<Project> find(long projectId);

    /** Public projects, newest first. */
    ProjectPage search(ProjectQuery query);

    /** The account's projects as owner, newest first. */
    List<Project> ownProjects(long ownerAccountId);

    /** The project's contract and result files, for its owner, its winner, or {@link MarketPermissions#READ}. */
    List<ProjectDocument> documents(Long accountId, long projectId);

    /** A file's content, with the same rights as {@link #documents}. */
    byte[] document(Long accountId, long projectId, long fileId);

    /** The project's history on the workflow table, oldest first. Public. */
    List<HistoryEntry> history(long projectId);

    /** The public ratings of an agency, newest first. */
    List<Rating> ratings(long agencyId);

    /** The city's rules in force, to show next to the forms. */
    MarketRules rules();
}
