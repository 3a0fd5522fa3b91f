package org.tongban.worktime;

import java.time.LocalDate;

/**
 * Office hours of one date only, for example a half day before a holiday. A date that is entirely off is a local day
 * off instead ({@link LocalDay}).
 *
 * @param jurisdictionCode who set it
 * @param date the date
 * @param hours the office hours on that date
 * @param note why, shown to clerks
 */
public record DateHours(String jurisdictionCode, LocalDate date, OfficeHours hours, String note) {}
