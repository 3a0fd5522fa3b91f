package org.tongban.market;

/**
 * A search of public projects.
 *
 * @param text part of the number or title, may be empty
 * @param serviceTypeCode only this type, or {@code null}
 * @param state only this state, or {@code null}
 * @param jurisdictionCode only projects in or under this jurisdiction, or {@code null}
 * @param offset rows to skip
 * @param limit rows to return, 1 to 100
 */
public record ProjectQuery(
        String text, String serviceTypeCode, ProjectState state, String jurisdictionCode, int offset, int limit) {}
