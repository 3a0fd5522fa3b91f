package org.tongban.credit;

import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Credit records per applicant. Every method checks its permission itself; every change is audited in the
 * transaction that makes it. A record counts from {@code recordedOn} until {@code expiresOn} (by default
 * {@code validityYears} later, per city, 3 years after 国办发〔2020〕49号) unless an appeal annulled it.
 */
@ProviderType
public interface CreditRecords {

    /** Permission to read an applicant's records and ask {@link #hasBadRecord}, anywhere it is granted. */
    String READ_PERMISSION = "credit:read";

    /** Permission to write records and lodge appeals, at the recording jurisdiction. */
    String RECORD_PERMISSION = "credit:record";

    /** Permission to decide appeals, at the record's jurisdiction. */
    String DECIDE_PERMISSION = "credit:decide";

    /**
     * Writes a record.
     *
     * @throws CreditException for a malformed identifier, an empty source, a day in the future, or an expiry not
     *     after the day or beyond the longest validity
     */
    CreditRecord record(NewCreditRecord record);

    /**
     * Writes a record that a case's step entails by rule (a 容缺 pledge not kept by its deadline, a 告知承诺 found
     * false), with the same checks as {@link #record} but no permission of its own: the step that calls it was
     * checked, or is the system's (the deadline passing, nobody signed in). Joins the caller's transaction.
     */
    CreditRecord recordConsequence(NewCreditRecord record);

    /** The applicant's records, newest first, in force or not; the read is audited. */
    List<CreditRecord> records(String applicantId);

    /** Whether a record of the applicant is in force on that day. */
    boolean hasBadRecord(String applicantId, LocalDate asOf);

    /**
     * The same answer as {@link #hasBadRecord} for a rule a case's step applies by itself (容缺 is refused to an
     * applicant with a record in force), with no permission of its own: the applicant applying online holds none, and
     * the answer is yes or no only, never a record.
     *
     * @since 1.2
     */
    boolean barsTolerance(String applicantId, LocalDate asOf);

    /** Records the applicant's appeal against a record; needs {@link #RECORD_PERMISSION} at its jurisdiction. */
    CreditRecord lodgeAppeal(long recordId, String reason);

    /**
     * Decides a lodged appeal: {@code revoke} annuls the record, otherwise it stands; needs {@link #DECIDE_PERMISSION}
     * at its jurisdiction.
     */
    CreditRecord decideAppeal(long recordId, boolean revoke, String reasoning);
}
