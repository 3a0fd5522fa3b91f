package org.tongban.market;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A project an owner publishes (采购公告).
 *
 * @param ownerName the owner unit's name (its credit code is its account's)
 * @param jurisdictionCode where the project is (GB/T 2260); the office there supervises it
 * @param serviceTypeCode the service type wanted
 * @param title short title
 * @param scope the scope of service
 * @param priceCeiling budget or price ceiling in yuan, positive; bids may not exceed it
 * @param funding fiscal or own money
 * @param method the selection method
 * @param requiredLevel the lowest qualification level accepted, or {@code null}
 * @param requirements further requirements (experience ...), may be empty
 * @param signUpOpens start of the sign-up window
 * @param signUpCloses end of the sign-up window, after its start and in the future
 * @param serviceWorkingDays the service period in working days from the contract's confirmation, positive
 * @param approvingDepartmentCode credit code of the department that will approve the matter the service serves, or
 *     {@code null}; its avoidance list applies too
 */
public record NewProject(
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
        String approvingDepartmentCode) {}
