package org.tongban.market;

import java.time.Instant;

/**
 * A contract or result file of a project.
 *
 * @param fileId the file in the platform's file store
 * @param kind {@code CONTRACT} or {@code RESULT}
 * @param name file name as uploaded
 * @param uploadedBy the account that uploaded it
 * @param uploadedAt when
 */
public record ProjectDocument(long fileId, String kind, String name, long uploadedBy, Instant uploadedAt) {
    /** Kind of the contract. */
    public static final String CONTRACT = "CONTRACT";

    /** Kind of a result file (report). */
    public static final String RESULT = "RESULT";
}
