package org.tongban.worktime;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Clocks of time limits in any {@link LimitUnit}, stored in the platform database. A pause excludes its time from the
 * clock: for a clock in working days every working day after the pause's acceptance day up to and including the
 * resume's acceptance day is excluded (the same counting as {@link WorkCalendar}); for working hours the office time in
 * between; for natural hours the time itself; for natural days and months the calendar days from the pause's date to
 * the resume's date, counted as if acceptance had been that many days later. An extension adds to the limit in its
 * unit.
 *
 * <p>Every method checks its input before it writes anything and throws {@link WorktimeException} with a Chinese
 * message otherwise. Starting, pausing, resuming, extending and completing a clock need {@link #CLOCK_PERMISSION} at
 * the clock's jurisdiction, are audited, and join the caller's transaction, so that a case and its clock commit
 * together. Reading (by id, by object, history, progress) shows only the clocks of jurisdictions the user may read
 * ({@link CalendarService#READ_PERMISSION}); another district's clock reads as not there.
 */
@ProviderType
public interface ClockService {

    /** Starting and changing a clock (pause, resume, extend, complete), granted at a jurisdiction. */
    String CLOCK_PERMISSION = "worktime:clock";

    /** Starts a clock. */
    DeadlineClock start(ClockRequest request);

    /**
     * Pauses a running clock for a step whose time does not count (行政许可法 第45条). The step must be one the city
     * allows, {@link PauseKind#OTHER} must name its law, and the written notice to the applicant with the expected
     * duration must be recorded.
     */
    DeadlineClock pause(long clockId, PauseRequest pause);

    /**
     * The steps this city lets a clock pause for (configuration {@code pauseKinds}), in {@link PauseKind}'s order, for
     * the pause dialogs to offer; {@link #pause} refuses any other.
     */
    default Set<PauseKind> pauseKinds() {
        return java.util.EnumSet.allOf(PauseKind.class);
    }

    /** Resumes a paused clock. */
    DeadlineClock resume(long clockId);

    /**
     * Extends the limit by {@code amount} (in the clock's unit) with the approver recorded. An extension must be decided
     * before the current deadline passes (行政许可法 第42条): an overdue clock cannot be extended; and it stays within the
     * clock's {@link ExtensionRule} (count and total amount).
     */
    DeadlineClock extend(long clockId, int amount, String approver, String reason);

    /** Completes a clock; its on-time flag is fixed then. */
    DeadlineClock complete(long clockId);

    Optional<DeadlineClock> find(long clockId);

    /** Clocks of an object, newest first. */
    List<DeadlineClock> findByObject(String objectType, String objectId);

    /** The history of a clock, oldest first. */
    List<ClockEvent> history(long clockId);

    /** Status, deadline and remaining time of a clock at an instant. */
    Progress progress(long clockId, Instant at);

    /** On-time figures for clocks completed in [{@code from}, {@code to}), grouped as asked. */
    List<ReportRow> report(ReportRow.Grouping grouping, Instant from, Instant to);
}
