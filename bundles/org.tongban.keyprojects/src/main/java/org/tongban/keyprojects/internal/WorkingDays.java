package org.tongban.keyprojects.internal;

import java.time.LocalDate;

/** The working calendar of a jurisdiction (the working-time engine's). */
@FunctionalInterface
interface WorkingDays {
    boolean isWorkingDay(String jurisdictionCode, LocalDate date);
}
