package org.tongban.market;

import java.time.LocalDate;
import java.util.List;

/**
 * A qualification as stored.
 *
 * @param id its id
 * @param agencyId the agency
 * @param serviceTypeCode the service type
 * @param level its level
 * @param issuer the issuing authority
 * @param number certificate number
 * @param validFrom first valid day
 * @param validUntil last valid day
 * @param scanFileId the scan in the platform's file store
 * @param status what it means today
 */
public record Qualification(
        long id,
        long agencyId,
        String serviceTypeCode,
        String level,
        String issuer,
        String number,
        LocalDate validFrom,
        LocalDate validUntil,
        long scanFileId,
        QualificationStatus status) {

    /** Levels from highest to lowest; a level not listed ranks below all of them. */
    public static final List<String> LEVELS = List.of("甲级", "乙级", "丙级", "丁级");

    /** Whether this qualification's level is at least {@code required} ({@code null} or empty requires nothing). */
    public boolean meets(String required) {
        if (required == null || required.isBlank()) {
            return true;
        }
        int have = LEVELS.indexOf(level);
        int need = LEVELS.indexOf(required.strip());
        return have >= 0 && (need < 0 ? level.equals(required.strip()) : have <= need);
    }
}
