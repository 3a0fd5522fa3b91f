package org.tongban.documents;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/**
 * A feature's own form, issued as {@link DocumentKind#FORM}. Every value is plain text as users typed it and is
 * printed as such; nothing in it is read as a placeholder.
 *
 * @param code the feature's name of the form, lower-case letters, digits and dashes ({@code helpdesk-acceptance})
 * @param title the heading as printed (帮办代办受理单)
 * @param caseNumber the request or case it belongs to; its QR code opens the tracking page of this number
 * @param jurisdictionCode the issuing jurisdiction, where {@link Documents#ISSUE_PERMISSION} is checked
 * @param lines label and value lines in the order given (委托人, 受托人, 委托事项 ...)
 * @param paragraphs the body after the lines: statements, reasons, the signatures' wording
 * @param closing right-aligned lines at the end (the issuing body); the issue date is added after them
 * @since 1.3
 */
public record FormRequest(
        String code,
        String title,
        String caseNumber,
        String jurisdictionCode,
        SequencedMap<String, String> lines,
        List<String> paragraphs,
        List<String> closing) {

    /** The most lines, paragraphs or closing lines a form carries. */
    public static final int MAX_LINES = 30;

    public FormRequest {
        lines = lines == null
                ? Collections.unmodifiableSequencedMap(new LinkedHashMap<>())
                : Collections.unmodifiableSequencedMap(new LinkedHashMap<>(lines));
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        closing = closing == null ? List.of() : List.copyOf(closing);
    }
}
