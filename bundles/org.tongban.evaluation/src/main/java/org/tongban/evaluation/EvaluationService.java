package org.tongban.evaluation;

import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** 好差评 in the console; every method checks its permission at the jurisdiction concerned. */
@ProviderType
public interface EvaluationService {

    /**
     * Issues the token of a window tablet ({@link EvaluationPermissions#DEVICES}): returned once, only its hash is kept;
     * a new token for the same window replaces the old one.
     */
    String issueTabletToken(String jurisdictionCode, String hall, String window);

    /** The ratings of the jurisdiction's subtree, newest first, at most {@code limit} ({@link EvaluationPermissions#READ}). */
    List<Rating> ratings(String jurisdictionCode, Channel channel, boolean badOnly, int limit);

    /**
     * Who gave a rating: with {@link EvaluationPermissions#REVIEWER}, or {@link EvaluationPermissions#READ} when the
     * reviewer chose to be contacted. Every read is audited.
     */
    Reviewer reviewer(long ratingId);

    /**
     * The rectifications of the jurisdiction's subtree, open ones first ({@link EvaluationPermissions#READ}); a handling
     * unit's staff gets their own units' only (see {@link #unitMembers}).
     */
    List<Rectification> rectifications(String jurisdictionCode, boolean openOnly);

    /** One rectification ({@link EvaluationPermissions#READ}). */
    Rectification rectification(long id);

    /**
     * The unit's finding ({@link EvaluationPermissions#RECTIFY}): justified (fix and report), not justified (explain),
     * malicious (appeal with evidence); the text is required.
     */
    Rectification verify(long id, long version, Verdict verdict, String finding);

    /** The unit reports what it fixed ({@link EvaluationPermissions#RECTIFY}). */
    Rectification report(long id, long version, String report);

    /** Records the callback to the reviewer ({@link EvaluationPermissions#RECTIFY}). */
    Rectification recordCallback(long id, String note);

    /** The office accepts the close-out or sends it back with a reason ({@link EvaluationPermissions#SUPERVISE}). */
    Rectification review(long id, long version, boolean accept, String reason);

    /**
     * The staff entered for a handling unit (the rating's unit: a department or a hall) at a jurisdiction, by name
     * ({@link EvaluationPermissions#READ}). The unit's bad reviews go to them; a unit nobody is entered for goes to
     * every holder of {@link EvaluationPermissions#RECTIFY} there.
     *
     * @since 1.1
     */
    List<String> unitMembers(String jurisdictionCode, String unit);

    /**
     * Enters a holder of {@link EvaluationPermissions#RECTIFY} at the jurisdiction for a unit ({@link
     * EvaluationPermissions#SUPERVISE}); audited. Entering someone already entered changes nothing.
     *
     * @since 1.1
     */
    void addUnitMember(String jurisdictionCode, String unit, String username);

    /**
     * Takes someone off a unit ({@link EvaluationPermissions#SUPERVISE}); audited.
     *
     * @since 1.1
     */
    void removeUnitMember(String jurisdictionCode, String unit, String username);

    /** The figures of a period ({@link EvaluationPermissions#READ}). */
    EvaluationStatistics statistics(String jurisdictionCode, LocalDate from, LocalDate to);
}
