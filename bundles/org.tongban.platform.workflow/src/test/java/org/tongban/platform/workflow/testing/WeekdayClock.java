package org.tongban.platform.workflow.testing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.tongban.platform.workflow.ClockEffect;
import org.tongban.platform.workflow.WorkflowClock;
import org.tongban.platform.workflow.WorkflowState;

/**
 * The working-time engine as a case feature sees it, on a plain calendar (Monday to Friday, closing at 17:30 Beijing time,
 * natural days as they come): the engine's own calendars, holidays and pauses are tested in its bundle. Keeps every
 * clock effect it was asked for, with who asked.
 */
public final class WeekdayClock implements WorkflowClock {
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    public final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final Supplier<String> user;
    private long nextId = 100;

    public WeekdayClock(Supplier<String> user) {
        this.user = user;
    }

    @Override
    public synchronized long apply(
            ClockEffect effect, WorkflowState state, Long clockId, String reason, Map<String, String> details) {
        calls.add(user.get() + " " + effect + " " + state.id() + " " + new TreeMap<>(details));
        return clockId == null ? ++nextId : clockId;
    }

    @Override
    public synchronized long applyAsSystem(
            ClockEffect effect, WorkflowState state, Long clockId, String reason, Map<String, String> details) {
        calls.add("system " + effect + " " + state.id() + " " + new TreeMap<>(details));
        return clockId == null ? ++nextId : clockId;
    }

    @Override
    public Instant due(String jurisdictionCode, Instant from, int amount, String unit, String cutoff) {
        LocalDate day = from.atZone(BEIJING).toLocalDate();
        if (unit.equals("NATURAL_HOURS")) {
            return from.plus(java.time.Duration.ofHours(amount));
        }
        if (unit.equals("NATURAL_DAYS")) {
            return day.plusDays(amount)
                    .atTime(LocalTime.of(23, 59, 59))
                    .atZone(BEIJING)
                    .toInstant();
        }
        for (int counted = 0; counted < amount; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day.atTime(LocalTime.of(17, 30)).atZone(BEIJING).toInstant();
    }

    /** The calls of one effect, as {@code who EFFECT case {details}}. */
    public List<String> of(ClockEffect effect) {
        synchronized (calls) {
            return calls.stream().filter(c -> c.contains(" " + effect + " ")).toList();
        }
    }
}
