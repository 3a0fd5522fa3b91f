package org.tongban.platform.workflow;

/**
 * One row of a transition table.
 *
 * @param from the state it leaves
 * @param action what the clerk does, for example {@code accept}
 * @param to the state it enters
 * @param permission needed at the case's jurisdiction; {@link #SYSTEM} for a row only the system takes (a timeout's
 *     action)
 * @param reasonRequired whether the clerk must give a reason (sending back, refusing, pausing)
 * @param clock the effect on the case's deadline clock
 */
public record Transition(
        String from, String action, String to, String permission, boolean reasonRequired, ClockEffect clock) {

    /**
     * The permission of a row that no clerk takes: only a {@link Timeout} does. Such rows are not offered by {@link
     * Workflows#available} and refused by {@link Workflows#transition}.
     *
     * @since 1.2
     */
    public static final String SYSTEM = "system";
}
