package org.tongban.worktime.internal;

import java.time.Instant;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.workflow.ClockEffect;
import org.tongban.platform.workflow.WorkflowClock;
import org.tongban.platform.workflow.WorkflowState;
import org.tongban.worktime.CalendarService;
import org.tongban.worktime.ClockRequest;
import org.tongban.worktime.ClockService;
import org.tongban.worktime.Cutoff;
import org.tongban.worktime.ExtensionRule;
import org.tongban.worktime.LimitUnit;
import org.tongban.worktime.PauseKind;
import org.tongban.worktime.PauseRequest;
import org.tongban.worktime.TimeLimit;
import org.tongban.worktime.WorktimeException;

/**
 * Applies a workflow transition's clock effect with the case's clock: started for the case ({@code objectType} =
 * the workflow kind, {@code objectId} = the case id) at its jurisdiction, in the transition's transaction. Details:
 * {@code limit}, {@code unit} (a {@code LimitUnit} name, working days by default), {@code acceptedAt} (ISO instant,
 * now by default), {@code cutoff} (a {@code Cutoff} name), {@code extensionRule} ({@code 1x10}), {@code department},
 * {@code matterType} and {@code hall} (the code of the service hall where the case was accepted) to start; {@code pauseKind} (a {@code PauseKind} name), {@code legalBasis}, {@code expectedDuration}
 * and {@code writtenNotice} to pause; {@code amount} and {@code approver} to extend. A timeout's step
 * ({@link #applyAsSystem}) needs no user's clock permission; its due moment ({@link #due}) is counted in the
 * jurisdiction's calendar like a clock's deadline.
 */
@Component(service = WorkflowClock.class)
public final class WorkflowClockAdapter implements WorkflowClock {
    private final ClockService clocks;
    private final CalendarService calendars;

    @Activate
    public WorkflowClockAdapter(@Reference ClockService clocks, @Reference CalendarService calendars) {
        this.clocks = clocks;
        this.calendars = calendars;
    }

    @Override
    public long applyAsSystem(
            ClockEffect effect, WorkflowState state, Long clockId, String reason, Map<String, String> details) {
        return SystemSteps.run(() -> apply(effect, state, clockId, reason, details));
    }

    @Override
    public Instant due(String jurisdictionCode, Instant from, int amount, String unit, String cutoff) {
        Cutoff end = cutoff(cutoff);
        TimeLimit limit = new TimeLimit(amount, unit(unit));
        return end == null
                ? calendars.calendar(jurisdictionCode).deadline(from, limit)
                : calendars.calendar(jurisdictionCode).deadline(from, limit, end);
    }

    @Override
    public long apply(
            ClockEffect effect, WorkflowState state, Long clockId, String reason, Map<String, String> details) {
        if (effect == ClockEffect.START) {
            return clocks.start(new ClockRequest(
                            state.kind(),
                            state.id(),
                            state.jurisdictionCode(),
                            details.get("department"),
                            details.get("matterType"),
                            number(details.get("limit"), "时限"),
                            unit(details.get("unit")),
                            acceptedAt(details.get("acceptedAt")),
                            cutoff(details.get("cutoff")),
                            blank(details.get("extensionRule"))
                                    ? null
                                    : ExtensionRule.parse(details.get("extensionRule")),
                            blank(details.get("hall")) ? null : details.get("hall")))
                    .id();
        }
        if (clockId == null) {
            throw new WorktimeException("该事项尚未开始计时");
        }
        switch (effect) {
            case PAUSE ->
                clocks.pause(
                        clockId,
                        new PauseRequest(
                                pauseKind(details.get("pauseKind")),
                                details.get("legalBasis"),
                                details.get("expectedDuration"),
                                details.get("writtenNotice"),
                                reason));
            case RESUME -> clocks.resume(clockId);
            case EXTEND ->
                clocks.extend(clockId, number(details.get("amount"), "延长时限"), details.get("approver"), reason);
            case COMPLETE -> clocks.complete(clockId);
            default -> {
                // NONE never reaches the clock
            }
        }
        return clockId;
    }

    /** When the case was accepted (ISO-8601 instant in {@code acceptedAt}), else now. */
    private static Instant acceptedAt(String value) {
        if (value == null || value.isBlank()) {
            return Instant.now();
        }
        try {
            return Instant.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new WorktimeException("受理时间格式无效：" + value);
        }
    }

    private static int number(String value, String field) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new WorktimeException(field + "须为整数：" + value);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Cutoff cutoff(String value) {
        try {
            return blank(value) ? null : Cutoff.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new WorktimeException("未知的截止时点：" + value);
        }
    }

    private static PauseKind pauseKind(String value) {
        try {
            return blank(value) ? null : PauseKind.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new WorktimeException("未知的暂停环节：" + value);
        }
    }

    private static LimitUnit unit(String value) {
        if (value == null || value.isBlank()) {
            return LimitUnit.WORKING_DAYS;
        }
        try {
            return LimitUnit.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new WorktimeException("未知的时限单位：" + value);
        }
    }
}
