package org.tongban.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A citizen's own cases, for the portal and the mobile app: the cases whose applicant is the public account's
 * identity number or credit code. No staff permission: the caller has authenticated the account (its session or its
 * bearer secret) and passes its id, never input; another applicant's case is answered as unknown.
 */
@ProviderType
public interface CitizenCases {

    /** The account's cases, newest first, at most {@code limit} (1 to 100), masked. */
    List<IntakeCase> cases(long accountId, int limit);

    /** One of the account's cases with the documents it issued, or empty when it is not theirs. */
    Optional<CitizenCase> find(long accountId, String number);

    /**
     * The signed file of a document of one of the account's cases.
     *
     * @throws IntakeException {@code intake.error.caseNotFound} when the case is not theirs or the document not of it
     */
    byte[] document(long accountId, String number, long documentId);

    /**
     * A case as its applicant sees it.
     *
     * @param intakeCase the case, masked
     * @param documents the documents it issued, oldest first
     */
    record CitizenCase(IntakeCase intakeCase, List<CaseDocument> documents) {
        public CitizenCase {
            documents = List.copyOf(documents);
        }
    }

    /**
     * A document a case issued.
     *
     * @param id the document's id, for {@link #document}
     * @param kind its kind ({@code ACCEPTANCE}, {@code CORRECTION}, {@code RESULT} ...)
     * @param title its title as printed
     * @param issuedAt when
     */
    record CaseDocument(long id, String kind, String title, Instant issuedAt) {}
}
