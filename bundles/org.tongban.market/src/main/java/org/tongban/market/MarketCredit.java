package org.tongban.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Agencies' credit on the market: yearly scores, bad-conduct records applied by rule (with evidence and appeal), the
 * red and black lists. Reads are public; writes need {@link MarketPermissions#SUPERVISE}, except appeals, lodged by
 * the agency's own account. Every change is audited in its transaction.
 */
@ProviderType
public interface MarketCredit {

    /** The agency's score for the year. Public. */
    CreditScore score(long agencyId, int year);

    /** Sets the regulator's points for the year, 0 to the regulator weight, with a note. */
    CreditScore assessRegulator(long agencyId, int year, BigDecimal points, String note);

    /** Sets the enterprise-credit points for the year, 0 to the enterprise weight, with a note. */
    CreditScore assessEnterprise(long agencyId, int year, BigDecimal points, String note);

    /** The agency's conduct records, newest first. Public. */
    List<ConductRecord> conduct(long agencyId);

    /** Records false materials found by the office, with evidence; blacklists the agency. */
    ConductRecord recordFalseMaterials(long agencyId, String projectNumber, String evidence);

    /** The agency's own account appeals a record; the record counts meanwhile. */
    ConductRecord appeal(long agencyAccountId, long recordId, String reason);

    /** Decides a lodged appeal; {@code revoke} annuls the record (and the black-list entry it caused). */
    ConductRecord decideAppeal(long recordId, boolean revoke, String reasoning);

    /** The red list for the year: agencies at or above the red-list score without a record in force. Public. */
    List<ListEntry> redList(int year);

    /** The black list on that day. Public. */
    List<ListEntry> blackList(LocalDate asOf);

    /** The agency's list on that day. Public. */
    CreditList listOf(long agencyId, LocalDate asOf);

    /** The black-list entry of the agency in force on that day, if any. */
    Optional<ListEntry> blackListEntry(long agencyId, LocalDate asOf);
}
