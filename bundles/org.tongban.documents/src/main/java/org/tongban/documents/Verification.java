package org.tongban.documents;

import java.util.Optional;

/**
 * What verification found out about a PDF.
 *
 * @param outcome the verdict; only {@link Outcome#VALID} means the document is genuine and unchanged
 * @param document the registered document it is, when the file is one
 * @param signer the signer's name from its certificate, when there is a signature
 */
public record Verification(Outcome outcome, Optional<IssuedDocument> document, Optional<String> signer) {

    /** The verdicts, each with a message key of {@code i18n/documents-messages}. */
    public enum Outcome {
        /** Signed with the city's key, unchanged since, and issued by a case. */
        VALID,
        /** Not a PDF, or too damaged to read. */
        NOT_PDF,
        /** Larger than any document this city issues. */
        TOO_LARGE,
        /** A PDF without a signature. */
        UNSIGNED,
        /** The signature does not match the content: the file was changed after signing. */
        SIGNATURE_INVALID,
        /** Something was added after the signed part: the signature does not cover the whole file. */
        NOT_WHOLE_FILE,
        /** Correctly signed, but not with this city's key. */
        FOREIGN_SIGNER,
        /** Signed with the city's key, but no case issued this file. */
        NOT_REGISTERED;

        /** The message key that explains this verdict to a citizen. */
        public String messageKey() {
            return "documents.verify." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Whether the document is genuine and unchanged. */
    public boolean valid() {
        return outcome == Outcome.VALID;
    }
}
