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

    /**
     * Keeps the written authorisation the requester signed for a helper ({@link HelpdeskPermissions#HANDLE}, as the
     * request's owner): the matters must be among the request's and none may be one the catalogue reserves to the
     * person in person; the period must be a real one. It goes into the request's timeline and the audit log.
     */
    Authorisation authorise(long requestId, NewAuthorisation authorisation);

    /** The authorisations of a request, newest first. */
    List<Authorisation> authorisations(long requestId);

    /** The principal revoked the authorisation; it no longer lets anyone act. */
    Authorisation revokeAuthorisation(long requestId, String number, String reason);

    /**
     * Checks that the signed-in helper may do this for the request's requester under the authorisation: it is the
     * request's, not revoked, valid today, its fingerprint matches, it names the helper, the matter and the power,
     * and the matter is not one that needs the person in person (须本人到场，不得代办). Refused with the reason otherwise.
     */
    Authorisation checkAgency(long requestId, String number, String fingerprint, Power power, String matterCode);

    /**
     * Files the requester's intake case with the helper as agent (全程代办), through intake's public API, after {@link
     * #checkAgency} with {@link Power#APPLY}; the case number is kept with the request and its timeline. Refused when
     * intake is not installed.
     *
     * @return the intake case number
     */
    String fileIntakeCase(long requestId, AgencyFiling filing);

    /**
     * The forms issued for the request, oldest first: 受理单 when taken, 授权委托书 when authorised, 中止、恢复、终止告知单
     * and 办结单 at those steps, each sealed by the documents feature.
     *
     * @since 1.1
     */
    List<HelpForm> forms(long requestId);

    /**
     * The signed PDF of one of the request's forms, for whoever may see the request.
     *
     * @since 1.1
     */
    byte[] formContent(long requestId, long documentId);

    /**
     * How long the requests completed in the period took from registration, in spans: {@code 1D} (within a day),
     * {@code 3D}, {@code 5D}, {@code 10D}, {@code 20D}, {@code LONGER}, and {@code OPEN} for those not completed;
     * every span is present.
     *
     * @since 1.2
     */
    List<HelpdeskStatistics.Row> completionSpans(
            String jurisdictionCode, java.time.LocalDate from, java.time.LocalDate to);

    /**
     * Records the rating the person helped gave at the window for their completed or terminated request, as its
     * owner; once per request.
     *
     * @since 1.2
     */
    RequestRating recordRating(long requestId, HelpRating rating, String comment);

    /**
     * The request's rating, if it was rated and the caller may see the request.
     *
     * @since 1.2
     */
    java.util.Optional<RequestRating> rating(long requestId);

    /** The intake cases filed for the request, by number. */
    List<String> intakeCases(long requestId);

    /**
     * The intake cases filed for the request, oldest first, each with its state and clock as intake lets the
     * signed-in user see them.
     *
     * @since 1.3
     */
    List<LinkedCase> linkedCases(long requestId);

    /**
     * The figures of the requests registered from {@code from} to {@code to} (Beijing dates, inclusive) over the area's
     * subtree ({@link HelpdeskPermissions#READ}).
     */
    HelpdeskStatistics statistics(String jurisdictionCode, java.time.LocalDate from, java.time.LocalDate to);

    /**
     * How long requests waited for their first contact, in spans: {@code 30M} (within 30 minutes), {@code 2H},
     * {@code 8H}, {@code 24H}, {@code LONGER}, and {@code WAITING} for those nobody took yet; every span is present.
     *
     * @since 1.1
     */
    List<HelpdeskStatistics.Row> firstContactSpans(
            String jurisdictionCode, java.time.LocalDate from, java.time.LocalDate to);

    /**
     * Satisfaction from the ratings of the area's requests given in the period, against the configured goal ({@code
     * satisfactionGoal}): the share of 满意 and 基本满意 ({@link HelpdeskPermissions#READ}).
     *
     * @since 1.1
     */
    Satisfaction satisfaction(String jurisdictionCode, java.time.LocalDate from, java.time.LocalDate to);

    /**
     * 材料预审 by the request's owner: the guide's materials of one of the request's matters ticked as present; the
     * required ones not ticked make the one-time notice, which goes into the request's timeline (the applicant sees it
     * among their request's steps) and out as {@link HelpdeskTopics#PRECHECKED}.
     */
    Precheck precheck(long requestId, String matterCode, java.util.Set<String> present);

    /** The guide's materials of a published matter, required ones first, for the helper's checklist. */
    List<String> checklist(String matterCode);
}
