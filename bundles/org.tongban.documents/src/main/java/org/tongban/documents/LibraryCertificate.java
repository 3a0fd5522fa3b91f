package org.tongban.documents;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A certificate in the library.
 *
 * @param id identifier
 * @param type the certificate type
 * @param number the certificate's number
 * @param holderId the holder's ID number or credit code
 * @param holderName the holder's name
 * @param jurisdictionCode the issuing jurisdiction
 * @param caseNumber the case that issued it
 * @param documentId the issued document, or {@code null}
 * @param validFrom first day of validity
 * @param validUntil last day of validity, or {@code null} for no end
 * @param revokedAt when it was revoked, or {@code null}
 * @param revokedReason why, or {@code null}
 * @param enteredAt when it entered the library
 */
public record LibraryCertificate(
        long id,
        String type,
        String number,
        String holderId,
        String holderName,
        String jurisdictionCode,
        String caseNumber,
        Long documentId,
        LocalDate validFrom,
        LocalDate validUntil,
        Instant revokedAt,
        String revokedReason,
        Instant enteredAt) {

    /** Whether it may replace a material on this day: not revoked and within its validity. */
    public boolean validOn(LocalDate day) {
        return revokedAt == null && !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }
}
