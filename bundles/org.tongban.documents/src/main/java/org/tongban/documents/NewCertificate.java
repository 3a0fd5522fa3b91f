package org.tongban.documents;

import java.time.LocalDate;

/**
 * A result to enter into the certificate library.
 *
 * @param type the certificate type, the catalogue's {@code resultCertificate} name (such as 食品经营许可证), which
 *     materials name as their {@code eCertificate}
 * @param number the certificate's own number
 * @param holderId the holder's 18-character ID number (GB 11643) or unified social credit code (GB 32100)
 * @param holderName the holder's name
 * @param jurisdictionCode the issuing jurisdiction
 * @param caseNumber the case that issued it
 * @param documentId the issued document ({@link IssuedDocument#id()}), or {@code null}
 * @param validFrom first day of validity
 * @param validUntil last day of validity, or {@code null} for no end
 */
public record NewCertificate(
        String type,
        String number,
        String holderId,
        String holderName,
        String jurisdictionCode,
        String caseNumber,
        Long documentId,
        LocalDate validFrom,
        LocalDate validUntil) {}
