package org.tongban.intake;

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
 */
public record CaseView(
        IntakeCase intakeCase,
        List<HistoryEntry> history,
        DeadlineClock clock,
        List<Transition> available,
        List<Inspection> inspections,
        List<String> supplementItems) {
    public CaseView {
        history = List.copyOf(history);
        available = List.copyOf(available);
        inspections = List.copyOf(inspections);
        supplementItems = List.copyOf(supplementItems);
    }
}
