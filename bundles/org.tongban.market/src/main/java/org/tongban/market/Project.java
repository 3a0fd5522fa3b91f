package org.tongban.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A project as stored; public once published.
 *
 * @param id its id
 * @param number its public number, for example {@code ZJ370100-2026-000001}
 * @param ownerAccountId the owner's public account
 * @param ownerCreditCode the owner's credit code
 * @param ownerName the owner's name
 * @param jurisdictionCode where it is
 * @param serviceTypeCode the service type
 * @param title title
 * @param scope scope of service
 * @param priceCeiling price ceiling in yuan
 * @param funding fiscal or own money
 * @param method selection method
 * @param requiredLevel lowest qualification level accepted, or {@code null}
 * @param requirements further requirements
 * @param signUpOpens sign-up window start
 * @param signUpCloses sign-up window end
 * @param serviceWorkingDays service period in working days
 * @param approvingDepartmentCode approving department's credit code, or {@code null}
 * @param state where it stands
 * @param version the workflow version
 * @param winnerAgencyId the selected agency, or {@code null}
 * @param price the winning price in yuan (the bid, or the ceiling when no bids are taken), or {@code null}
 * @param publicityEnds end of the publicity period, or {@code null}
 * @param serviceDue the service deadline once the contract is confirmed, or {@code null}
 * @param deliveredOn the day the result was last uploaded, or {@code null}
 * @param republishedFrom the failed project this one republishes, or {@code null}
 * @param closedReason why it failed or was terminated, or {@code null}
 */
public record Project(
        long id,
        String number,
        long ownerAccountId,
        String ownerCreditCode,
        String ownerName,
        String jurisdictionCode,
        String serviceTypeCode,
        String title,
        String scope,
        BigDecimal priceCeiling,
        Funding funding,
        SelectionMethod method,
        String requiredLevel,
        String requirements,
        Instant signUpOpens,
        Instant signUpCloses,
        int serviceWorkingDays,
        String approvingDepartmentCode,
        ProjectState state,
        long version,
        Long winnerAgencyId,
        BigDecimal price,
        Instant publicityEnds,
        Instant serviceDue,
        LocalDate deliveredOn,
        Long republishedFrom,
        String closedReason) {}
