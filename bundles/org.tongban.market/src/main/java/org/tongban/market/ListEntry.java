package org.tongban.market;

import java.time.LocalDate;

/**
 * An agency on the red or black list.
 *
 * @param agencyId the agency
 * @param agencyName its name
 * @param list which list
 * @param from first day
 * @param until first day it no longer applies
 * @param reason why (the rule and record, or the score)
 */
public record ListEntry(
        long agencyId, String agencyName, CreditList list, LocalDate from, LocalDate until, String reason) {}
