package org.tongban.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An agency's sign-up (报名) for a project.
 *
 * @param id its id
 * @param projectId the project
 * @param agencyId the agency
 * @param agencyName its name
 * @param creditCode its credit code
 * @param bid its price in yuan for price methods, else {@code null}
 * @param signedUpAt when
 * @param exclusions why it was excluded, empty when it is a valid candidate
 */
public record SignUp(
        long id,
        long projectId,
        long agencyId,
        String agencyName,
        String creditCode,
        BigDecimal bid,
        Instant signedUpAt,
        List<ExclusionReason> exclusions) {
    public SignUp {
        exclusions = List.copyOf(exclusions);
    }

    /** Whether it takes part in the selection. */
    public boolean valid() {
        return exclusions.isEmpty();
    }
}
