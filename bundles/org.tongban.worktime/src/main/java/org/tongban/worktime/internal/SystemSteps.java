package org.tongban.worktime.internal;

import java.util.function.Supplier;

/**
 * Marks the clock changes of a step the system takes on its own (a workflow timeout's action, fired by the scheduler
 * with no one signed in): the clock service skips its permission check for them, on this thread, for this call only.
 * Only {@link WorkflowClockAdapter#applyAsSystem} sets it.
 */
final class SystemSteps {
    private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

    private SystemSteps() {}

    static boolean active() {
        return Boolean.TRUE.equals(ACTIVE.get());
    }

    static <T> T run(Supplier<T> step) {
        Boolean before = ACTIVE.get();
        ACTIVE.set(Boolean.TRUE);
        try {
            return step.get();
        } finally {
            if (before == null) {
                ACTIVE.remove();
            } else {
                ACTIVE.set(before);
            }
        }
    }
}
