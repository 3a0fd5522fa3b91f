package org.tongban.market;

/**
 * A search of the public directory.
 *
 * @param text part of the name or the credit code, may be empty
 * @param serviceTypeCode only agencies validly qualified for this type, or {@code null}
 * @param divisionCode only agencies serving this division (or the whole city), or {@code null}
 * @param offset rows to skip
 * @param limit rows to return, 1 to 100
 */
public record DirectoryQuery(String text, String serviceTypeCode, String divisionCode, int offset, int limit) {}
