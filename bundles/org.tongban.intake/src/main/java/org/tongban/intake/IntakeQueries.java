package org.tongban.intake;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.tongban.platform.api.security.StaffMember;

/** The lists and pages of the console, each limited to what the current user may read. */
@ProviderType
public interface IntakeQueries {

    /** Largest page size. */
    int MAX_PAGE_SIZE = 200;

    /** A case the user may read at its receiving or processing jurisdiction. */
    Optional<IntakeCase> find(String number);

    /** The case page: case, history, clock, the user's steps, inspections and the last 补正 notice. */
    CaseView view(String number);

    /** The cases the current user holds for review, oldest first. */
    Page<IntakeCase> myQueue(int page, int size);

    /** Accepted cases of a department not yet claimed, oldest first; needs {@link IntakePermissions#READ} there. */
    Page<IntakeCase> departmentQueue(String departmentCode, int page, int size);

    /**
     * Open cases of a jurisdiction and its subtree whose clock passed its deadline, oldest deadline first; the
     * working-time engine's overdue events mark them.
     */
    Page<IntakeCase> overdue(String jurisdictionCode, int page, int size);

    /**
     * 告知承诺 cases of a jurisdiction and its subtree whose pledges are still to be verified, earliest verification
     * deadline first; needs {@link IntakePermissions#VERIFY} there.
     */
    Page<IntakeCase> verificationQueue(String jurisdictionCode, int page, int size);

    /**
     * 告知承诺 cases of a jurisdiction and its subtree whose verification period ran out with the pledges unverified
     * (the department was told when it did), earliest deadline first; needs {@link IntakePermissions#VERIFY} there.
     */
    Page<IntakeCase> verificationLapsed(String jurisdictionCode, int page, int size);

    /**
     * Whom a case may be handed to (分派): the clerks holding {@link IntakePermissions#REVIEW} at its processing
     * jurisdiction, by name; needs {@link IntakePermissions#ASSIGN} there.
     */
    List<StaffMember> reviewers(String number);

    /**
     * The content of a photo of one of the case's inspections, as the file store checked it on the way out; needs
     * {@link IntakePermissions#READ} at a jurisdiction of the case. A photo of another case reads as not there.
     */
    byte[] inspectionPhoto(String number, long fileId);

    /**
     * The figures of the cases received in a jurisdiction's subtree, or processed there, from {@code from} (included)
     * to {@code to} (excluded); needs {@link IntakePermissions#READ} at the jurisdiction. Every figure is counted by
     * the database.
     */
    IntakeStatistics statistics(String jurisdictionCode, java.time.Instant from, java.time.Instant to);

    /** The linked cases of a life-event application. */
    CaseGroup group(String groupId);
}
