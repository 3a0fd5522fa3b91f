package org.tongban.intake;

import java.time.Instant;
import java.util.List;
import org.tongban.platform.workflow.HistoryEntry;
import org.tongban.platform.workflow.Transition;
import org.tongban.worktime.DeadlineClock;

/**
 * What a case page shows.
 *
 * @param intakeCase the case, masked
 * @param history its steps, oldest first
 * @param clock its deadline clock once accepted, else null
 * @param available the steps the current user may take now
 * @param inspections its on-site inspections, oldest first
 * @param supplementItems the items of the last 补正 notice, empty when none was issued
 * @param extension the matter's extension rule and what the case used of it
 * @param pledgeCheck the verification of a 告知承诺 case's pledges, null for other cases
 */
public record CaseView(
        IntakeCase intakeCase,
        List<HistoryEntry> history,
        DeadlineClock clock,
        List<Transition> available,
        List<Inspection> inspections,
        List<String> supplementItems,
        Extension extension,
        PledgeCheck pledgeCheck) {
    public CaseView {
        history = List.copyOf(history);
        available = List.copyOf(available);
        inspections = List.copyOf(inspections);
        supplementItems = List.copyOf(supplementItems);
        extension = extension == null ? Extension.NONE : extension;
    }

    /** A case page without extension rule or pledge check. */
    public CaseView(
            IntakeCase intakeCase,
            List<HistoryEntry> history,
            DeadlineClock clock,
            List<Transition> available,
            List<Inspection> inspections,
            List<String> supplementItems) {
        this(intakeCase, history, clock, available, inspections, supplementItems, Extension.NONE, null);
    }

    /**
     * 延期 as the pinned guide allows it (行政许可法 第四十二条).
     *
     * @param count how many extensions the matter allows, 0 when none
     * @param amount at most how much each extends the limit
     * @param unit the unit of the amount, the promised limit's (a working-time unit name)
     * @param used how many were granted
     */
    public record Extension(int count, int amount, String unit, int used) {
        /** A matter without extension. */
        public static final Extension NONE = new Extension(0, 0, "WORKING_DAYS", 0);

        /** Whether one more extension may be granted. */
        public boolean left() {
            return count > 0 && used < count && amount > 0;
        }
    }

    /**
     * The verification of a 告知承诺 case's pledges after the decision.
     *
     * @param due by when they are to be verified (the city's period from the decision)
     * @param lapsedAt when the period ran out with the pledges unverified, else null
     * @param verifiedAt when they were verified, else null
     * @param finding the verification's finding, else null
     */
    public record PledgeCheck(Instant due, Instant lapsedAt, Instant verifiedAt, String finding) {}
}
