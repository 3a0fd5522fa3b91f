package org.tongban.keyprojects;

import java.time.Instant;

/**
 * An intake case linked to a project, as intake last told it (or, on the project page, as intake answers the reader
 * now).
 *
 * @param number the case number
 * @param matterCode its matter
 * @param matterName the matter's name
 * @param departmentCode the handling department
 * @param jurisdictionCode where it is processed
 * @param state intake's state of the case
 * @param receivedAt when it was received
 * @param deadline its clock's deadline, or null before acceptance or where unknown
 * @param automatic whether it was linked by the owner's credit code rather than by hand
 * @param linkedBy who linked it ({@code 系统} when automatic)
 * @param linkedAt when
 */
public record LinkedCase(
        String number,
        String matterCode,
        String matterName,
        String departmentCode,
        String jurisdictionCode,
        String state,
        Instant receivedAt,
        Instant deadline,
        boolean automatic,
        String linkedBy,
        Instant linkedAt) {

    /** Intake's states of a case decided in the applicant's favour, which count towards a stage. */
    public static final java.util.Set<String> FAVOURABLE = java.util.Set.of("APPROVED", "COMPLETED", "DELIVERED");

    /** Whether the case was decided in the applicant's favour. */
    public boolean favourable() {
        return FAVOURABLE.contains(state);
    }
}
