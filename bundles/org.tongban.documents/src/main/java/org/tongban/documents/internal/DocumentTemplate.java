package org.tongban.documents.internal;

import java.util.List;

/**
 * The wording and fields of one kind of document, read from JSON ({@code templates/<kind>.json}): a city changes its
 * documents by putting its own file of the same name in its template folder, never by changing code.
 *
 * @param title the heading
 * @param salutation the line addressed to the applicant, such as {@code {applicant}：}
 * @param paragraphs the body, each paragraph indented; {@code {field}} is replaced by the field's value
 * @param details label and value lines shown after the body
 * @param itemsHeading the heading of the numbered list of the request's items, or {@code null} for no list
 * @param afterItems paragraphs after the list
 * @param closing right-aligned lines at the end: the issuing authority and the date; the seal covers them
 * @param fields the fields a request may carry
 */
record DocumentTemplate(
        String title,
        String salutation,
        List<String> paragraphs,
        List<Detail> details,
        String itemsHeading,
        List<String> afterItems,
        List<String> closing,
        List<Field> fields) {

    DocumentTemplate {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        details = details == null ? List.of() : List.copyOf(details);
        afterItems = afterItems == null ? List.of() : List.copyOf(afterItems);
        closing = closing == null ? List.of() : List.copyOf(closing);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** A line {@code label：value} of the details block. */
    record Detail(String label, String field) {}

    /** A field a request may (or must) carry, with its longest value in characters. */
    record Field(String name, boolean required, int maxLength) {}
}
