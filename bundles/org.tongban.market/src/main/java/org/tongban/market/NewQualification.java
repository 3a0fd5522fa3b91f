package org.tongban.market;

import java.time.LocalDate;

/**
 * A qualification (资质) an agency adds for a service type; its scan is uploaded with it.
 *
 * @param serviceTypeCode the service type it qualifies for
 * @param level the level, for example 甲级; compared with a project's required level by {@link Qualification#LEVELS}
 * @param issuer the issuing authority
 * @param number the certificate number
 * @param validFrom first valid day, not in the future
 * @param validUntil last valid day, after {@code validFrom} and in the future
 */
public record NewQualification(
        String serviceTypeCode,
        String level,
        String issuer,
        String number,
        LocalDate validFrom,
        LocalDate validUntil) {}
