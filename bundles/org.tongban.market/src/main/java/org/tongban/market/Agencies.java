package org.tongban.market;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Service types, agencies, their qualifications and the public directory. Methods with an {@code accountId} act for
 * that public account (the UI passes the signed-in account; an organisation's credit code must match); the others
 * check staff permissions themselves. Every change is audited in its transaction; a refusal is a {@link
 * MarketException} and writes nothing.
 *
 * <p>No entry barrier beyond the law: the office checks facts (credit code, qualification scan against its number and
 * dates), not a quota. A qualification is suspended for its type the day after {@code validUntil} by a durable timer,
 * with a warning event {@code qualificationWarningDays} (30) before.
 */
@ProviderType
public interface Agencies {

    /** Every service type, by code. Public. */
    List<ServiceType> serviceTypes();

    /** The service types a catalogue matter needs. Public. */
    List<ServiceType> serviceTypesFor(String matterCode);

    /**
     * Adds or replaces a service type; needs {@link MarketPermissions#CONFIGURE}.
     *
     * @throws MarketException for a malformed code, an empty name, or a statutory type without legal basis
     */
    ServiceType defineServiceType(ServiceType type);

    /**
     * Registers the account's organisation as an agency, in {@link AgencyStatus#DRAFT}.
     *
     * @throws MarketException for a credit code that fails GB 32100 or is not the account's, an agency already
     *     registered, empty required fields, no staff, or an unknown jurisdiction or service area
     */
    Agency register(long accountId, NewAgency agency);

    /** Corrects the account's agency (not while it waits for review); a published agency goes back to review. */
    Agency update(long accountId, NewAgency agency);

    /**
     * Adds a qualification with its scan (PDF or image, through the platform's file store).
     *
     * @throws MarketException for an unknown type, empty level, issuer or number, a start in the future, an end not
     *     after the start or already past (forged or stale dates), or a refused file
     */
    Qualification addQualification(long accountId, NewQualification qualification, String scanName, byte[] scan);

    /** Hands the account's agency in for review. */
    Agency submit(long accountId);

    /** The account's own agency, whatever its status. */
    Optional<Agency> ownAgency(long accountId);

    /** Agencies waiting for review in the user's jurisdiction; needs {@link MarketPermissions#REVIEW}. */
    List<Agency> reviewQueue();

    /**
     * Publishes a submitted agency, or returns it with the facts that are wrong ({@code note} required then); needs
     * {@link MarketPermissions#REVIEW} at its jurisdiction.
     */
    Agency review(long agencyId, boolean publish, String note);

    /** An agency's qualifications, for its own account or {@link MarketPermissions#READ}. */
    List<Qualification> qualifications(long agencyId);

    /** The content of a qualification's scan, for the agency's own account ({@code accountId}) or the office. */
    byte[] qualificationScan(Long accountId, long qualificationId);

    /** The public page of a published agency; empty for an unknown or unpublished one. Public. */
    Optional<AgencyProfile> profile(long agencyId);

    /** The public directory of published agencies. Public. */
    DirectoryPage directory(DirectoryQuery query);

    /** Adds a line to the avoidance list; needs {@link MarketPermissions#CONFIGURE}. */
    AvoidanceEntry avoid(String partyCreditCode, String agencyCreditCode, String relation);

    /** The avoidance list; needs {@link MarketPermissions#READ}. */
    List<AvoidanceEntry> avoidanceList();
}
