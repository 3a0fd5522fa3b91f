package org.tongban.intake;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whether an applicant may be accepted with materials missing (容缺受理): those with a bad credit record or an earlier
 * broken pledge may not. Provided by the credit records service ({@code org.tongban.credit}, whose {@code
 * CreditRecords} keeps the records per applicant); without one, nobody is refused for their record.
 */
@ConsumerType
public interface ApplicantStanding {

    /**
     * Why the applicant may not use 容缺受理, in Chinese for the clerk, or empty when they may.
     *
     * @param identifier the applicant's identity number or unified social credit code
     */
    Optional<String> toleranceRefusal(String identifier);
}
