package org.tongban.credit;

import java.time.LocalDate;

/**
 * A record to write.
 *
 * @param applicantId the identity number (GB 11643) or unified social credit code (GB 32100)
 * @param type what it is about
 * @param source who reports it, for example the case number of the broken pledge
 * @param detail what happened
 * @param jurisdictionCode the recording jurisdiction
 * @param recordedOn the day it takes effect, not in the future
 * @param expiresOn the first day it no longer counts, or {@code null} for the city's default validity
 */
public record NewCreditRecord(
        String applicantId,
        CreditType type,
        String source,
        String detail,
        String jurisdictionCode,
        LocalDate recordedOn,
        LocalDate expiresOn) {}
