package org.tongban.helpdesk;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The help desk in the console. Every method checks its permission at the area concerned; a request outside the
 * caller's area is "not found". Each step names the version it was decided on and fails when someone else moved
 * the request first.
 */
@ProviderType
public interface HelpdeskService {

    /** Sets up a team, or changes the one with the same code ({@link HelpdeskPermissions#ADMIN} at its area). */
    Team saveTeam(NewTeam team);

    /** Adds a staff account to a team, or renames it ({@link HelpdeskPermissions#ADMIN}). */
    Team addMember(long teamId, String username, String displayName);

    /** Takes a member out of a team; what the helper answers for stays theirs until handed over. */
    Team removeMember(long teamId, String username);

    /** Closes or reopens a team; a closed team is not chosen by the automatic assignment. */
    Team setTeamActive(long teamId, boolean active);

    /** The teams whose area lies in or above the jurisdiction's subtree ({@link HelpdeskPermissions#READ}). */
    List<Team> teams(String jurisdictionCode);

    Optional<Team> team(long teamId);

    /**
     * Registers a request ({@link HelpdeskPermissions#HANDLE} at its area): the requester's identifier is checked
     * (GB 11643 / GB 32100), the matters must be published in the catalogue.
     */
    HelpRequest register(NewRequest request);

    /** The request, if the caller may see it. */
    Optional<HelpRequest> find(long id);

    Optional<HelpRequest> findByNumber(String number);

    /** A page of requests ({@link HelpdeskPermissions#READ} at the query's area), urgent and oldest first. */
    RequestPage requests(RequestQuery query);

    /** The requests the signed-in helper answers for now. */
    RequestPage mine(int offset, int limit);

    /** Every step and note of the request, oldest first. */
    List<TimelineEntry> timeline(long id);

    /** The steps the caller may take on the request now (for the buttons of the request page). */
    List<String> allowedActions(long id);

    /**
     * Assigns the request to a member of a team whose area covers the request ({@link HelpdeskPermissions#ASSIGN});
     * a reason is required when it was assigned before.
     */
    HelpRequest assign(long id, long version, long teamId, String username, String reason);

    /**
     * Assigns the request automatically: among the active teams covering its area, those of its domain (else every
     * domain), the nearest to the area, and there the member with the fewest open requests.
     */
    HelpRequest assignAutomatically(long id, long version);

    /** The caller takes the request and answers for it from now on (首问负责); its clock starts. */
    HelpRequest take(long id, long version);

    /** The owner (or the team's leader) hands the request over to another helper with a reason. */
    HelpRequest handOver(long id, long version, String username, String reason);

    /** Suspends the request with a reason; its clock stops. */
    HelpRequest suspend(long id, long version, String reason);

    /** Resumes a suspended request; its clock runs again. */
    HelpRequest resume(long id, long version);

    /** Completes the request with what was done. */
    HelpRequest complete(long id, long version, String summary);

    /** Ends the request without completing it, with a reason. */
    HelpRequest terminate(long id, long version, String reason);

    /** Withdraws a request nobody took yet, with a reason ({@link HelpdeskPermissions#ASSIGN}). */
    HelpRequest cancel(long id, long version, String reason);

    /** Adds a note to the timeline (a call made, a department contacted) as the owner. */
    HelpRequest note(long id, String text);
}
