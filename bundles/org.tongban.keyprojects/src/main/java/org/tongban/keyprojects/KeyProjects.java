package org.tongban.keyprojects;

import java.time.LocalDate;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The console's service of the green channel. Every method checks {@link KeyProjectPermissions} at the project's
 * jurisdiction; every change is audited in its transaction. Bad input is refused with a {@link KeyProjectException}
 * and nothing is written.
 */
@ProviderType
public interface KeyProjects {

    /** Largest page size of {@link #list}. */
    int MAX_PAGE_SIZE = 100;

    /**
     * The projects of a jurisdiction's subtree, newest first; needs {@link KeyProjectPermissions#READ} there.
     *
     * @param text part of a project's name or code, or null
     * @param mine only the projects whose manager is the reader
     */
    ProjectPage list(String jurisdictionCode, String text, boolean mine, int offset, int limit);

    /** The project page; needs {@link KeyProjectPermissions#READ} at its jurisdiction. */
    ProjectView view(long projectId);

    /** Creates a project with its plan; needs {@link KeyProjectPermissions#EDIT} at the draft's jurisdiction. */
    KeyProject create(ProjectDraft draft);

    /**
     * Replaces a project's details and plan; needs {@link KeyProjectPermissions#EDIT} at its jurisdiction (and at the
     * new one when it moves). Linked cases stay linked.
     *
     * @param version the version the editor read; another edit since then is refused
     */
    KeyProject update(long projectId, long version, ProjectDraft draft);

    /**
     * Links an intake case by number, as intake lets the reader see it; its matter must be in the plan.
     *
     * @throws KeyProjectException for an unknown or unreadable number, a matter not in the plan, or a case already
     *     linked
     */
    LinkedCase link(long projectId, String caseNumber);

    /** Unlinks a case with a reason. */
    void unlink(long projectId, String caseNumber, String reason);

    /** Calls a joint meeting (联合审查). */
    Meeting callMeeting(long projectId, MeetingDraft draft);

    /** Records or replaces a meeting's minutes. */
    Meeting recordMinutes(long meetingId, String minutes);

    /** Adds an action agreed at a meeting. */
    MeetingAction addAction(long meetingId, String description, String owner, LocalDate due);

    /** Reports an action done, with what was done. */
    MeetingAction completeAction(long actionId, String note);
}
