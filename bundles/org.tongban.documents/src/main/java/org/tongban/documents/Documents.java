package org.tongban.documents;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Issues the documents of cases as e-sealed PDF and verifies documents handed back. Issuing joins the caller's
 * transaction: the registry row and the audit entry commit with the case's change or not at all.
 */
@ProviderType
public interface Documents {

    /** Permission to issue documents of a jurisdiction's cases. */
    String ISSUE_PERMISSION = "documents:issue";

    /** Permission to fetch issued documents of a jurisdiction. */
    String READ_PERMISSION = "documents:read";

    /**
     * Renders the document from its kind's template, seals it with the city's key, registers its SHA-256 and audits.
     *
     * @throws DocumentException when a required field of the template is missing or a value is too long
     * @throws org.tongban.platform.api.security.AccessDeniedException without {@link #ISSUE_PERMISSION} there
     */
    IssuedDocument issue(DocumentRequest request);

    /**
     * Issues a document of a case at the request of the case's own applicant, as the calling feature has authenticated
     * them (the 容缺 or 告知承诺 pledge an applicant signs by ticking it in an application made online): the same checks,
     * sealing and audit as {@link #issue}, no staff permission, recorded as issued by {@value #BY_APPLICANT}.
     *
     * @throws DocumentException when a required field of the template is missing or a value is too long
     * @since 1.2
     */
    IssuedDocument issueForApplicant(DocumentRequest request);

    /**
     * Issues a feature's own form ({@link DocumentKind#FORM}): the code, title, lines and paragraphs the feature gives,
     * checked (code and title well-formed, at most {@value FormRequest#MAX_LINES} lines of bounded length), rendered
     * with the same page, QR code, seal, registry and audit as {@link #issue}, and verified like every other document.
     *
     * @throws DocumentException when the code, title or a line is missing, malformed or too long
     * @throws org.tongban.platform.api.security.AccessDeniedException without {@link #ISSUE_PERMISSION} there
     * @since 1.3
     */
    IssuedDocument issueForm(FormRequest request);

    /** Who {@link #issueForApplicant} records as the issuer. */
    String BY_APPLICANT = "网上申请";

    /** The signed file of an issued document; checks {@link #READ_PERMISSION} at its jurisdiction. */
    byte[] content(long id);

    /**
     * The signed file of a document that this case issued, for the case's own applicant as the calling feature has
     * identified them (a citizen downloading a notice of their case): no staff permission.
     *
     * @throws DocumentException when no document with this id was issued by this case
     */
    byte[] contentForCase(long id, String caseNumber);

    /** An issued document; checks {@link #READ_PERMISSION} at its jurisdiction, empty when unknown. */
    Optional<IssuedDocument> find(long id);

    /**
     * Verifies a PDF: its signature is intact, covers the whole file, was made with the city's key (or a key its
     * certificate authority issued), and a case issued exactly this file. Public: anyone holding a document may ask,
     * so there is no permission check and nothing personal is returned beyond the case number and kind.
     */
    Verification verify(byte[] pdf);
}
