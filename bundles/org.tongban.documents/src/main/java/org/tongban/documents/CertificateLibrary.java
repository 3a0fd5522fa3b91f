package org.tongban.documents;

import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The certificate library (电子证照库): results issued by cases, kept by type and holder, so that a later case whose
 * material can be replaced by such a certificate reuses it (免提交) once the holder has consented. Every method checks
 * its permission at the jurisdiction named and audits in the caller's transaction.
 */
@ProviderType
public interface CertificateLibrary {

    /** Permission to enter issued results into the library. */
    String ENTER_PERMISSION = "certificates:enter";

    /** Permission to look up a holder's certificates for a case (with the holder's consent). */
    String USE_PERMISSION = "certificates:use";

    /** Permission to revoke a certificate (a decision revoked after a false 告知承诺, say). */
    String REVOKE_PERMISSION = "certificates:revoke";

    /**
     * Enters an issued result.
     *
     * @throws DocumentException when the holder's ID number or credit code fails its check digit, the type or number
     *     is empty, the validity ends before it starts, or the number is already in the library for this type
     */
    LibraryCertificate enter(NewCertificate certificate);

    /**
     * Records that the holder consents to this case using their certificates instead of submitting copies.
     *
     * @param channel how the consent was given (窗口签字, 网上勾选 ...)
     */
    HolderConsent recordConsent(String holderId, String caseNumber, String jurisdictionCode, String channel);

    /**
     * The holder's certificates of a type that are valid on a day, for a case the holder consented to; the lookup is
     * audited because it reads personal records.
     *
     * @throws DocumentException when the holder has not consented for this case
     */
    List<LibraryCertificate> validForCase(
            String holderId, String type, String caseNumber, String jurisdictionCode, LocalDate on);

    /**
     * The holder's own lookup for their case, as the calling feature has authenticated the holder (an application made
     * online by the holder's account): records the holder's consent given through {@code channel}, then returns the
     * certificates of the type valid on the day, as {@link #recordConsent} and {@link #validForCase} do, audited, with
     * no staff permission.
     *
     * @since 1.2
     */
    List<LibraryCertificate> validForHolder(
            String holderId, String type, String caseNumber, String jurisdictionCode, LocalDate on, String channel);

    /** Revokes a certificate with a reason; it is no longer valid for any case. */
    LibraryCertificate revoke(long id, String reason);
}
