package org.tongban.credit;

/** Where an applicant's appeal (异议申诉) against a record stands. */
public enum AppealState {
    /** No appeal. */
    NONE,
    /** Lodged and waiting for a decision; the record still counts meanwhile. */
    LODGED,
    /** Decided against the applicant: the record stands. */
    DISMISSED,
    /** Decided for the applicant: the record is annulled and no longer counts. */
    REVOKED
}
