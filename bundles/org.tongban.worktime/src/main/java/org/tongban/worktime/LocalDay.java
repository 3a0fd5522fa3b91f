package org.tongban.worktime;

import java.time.LocalDate;

/**
 * A day a jurisdiction sets differently from the national calendar: an extra day off or an extra working day. It
 * applies to the jurisdiction and its whole subtree unless a lower level sets the same date again.
 *
 * @param jurisdictionCode GB/T 2260 code of the jurisdiction that set it
 * @param date the day
 * @param working {@code true} for an extra working day, {@code false} for an extra day off
 * @param note why, for example 泉城马拉松交通管制
 */
public record LocalDay(String jurisdictionCode, LocalDate date, boolean working, String note) {}
