package org.tongban.documents;

import java.time.Instant;

/**
 * An issued document as the registry keeps it.
 *
 * @param id identifier
 * @param kind its kind
 * @param title its title as printed
 * @param caseNumber the case that issued it
 * @param jurisdictionCode the issuing jurisdiction
 * @param sha256 SHA-256 of the signed file, lower-case hex: what verification looks up
 * @param size length of the file in bytes
 * @param issuedAt when it was issued
 * @param issuedBy who issued it
 */
public record IssuedDocument(
        long id,
        DocumentKind kind,
        String title,
        String caseNumber,
        String jurisdictionCode,
        String sha256,
        long size,
        Instant issuedAt,
        String issuedBy) {}
