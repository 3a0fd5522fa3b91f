package org.tongban.market;

import java.time.Instant;
import java.util.List;

/**
 * An agency as stored.
 *
 * @param id its id
 * @param accountId the public account it acts through
 * @param creditCode unified social credit code, public
 * @param name registered name
 * @param legalRepresentative 法定代表人
 * @param contactPhone phone shown in the directory
 * @param address office address
 * @param jurisdictionCode where it is registered
 * @param serviceArea division codes served; empty for the whole city
 * @param staff staff as registered
 * @param introduction short description
 * @param status where the registration stands
 * @param reviewNote the office's note when it returned or published it, or {@code null}
 * @param publishedAt when it was first published, or {@code null}
 * @param version increases with every change
 */
public record Agency(
        long id,
        long accountId,
        String creditCode,
        String name,
        String legalRepresentative,
        String contactPhone,
        String address,
        String jurisdictionCode,
        List<String> serviceArea,
        List<AgencyStaff> staff,
        String introduction,
        AgencyStatus status,
        String reviewNote,
        Instant publishedAt,
        long version) {
    public Agency {
        serviceArea = List.copyOf(serviceArea);
        staff = List.copyOf(staff);
    }
}
