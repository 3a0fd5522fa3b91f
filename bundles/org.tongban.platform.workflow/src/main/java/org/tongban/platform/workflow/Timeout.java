package org.tongban.platform.workflow;

/**
 * "If the case is still in {@code state} after this limit, the system takes {@code action}": a 补正 notice deadline, a
 * 容缺 supply deadline, a callback window. Entering the state sets a durable timer, leaving it by any step cancels
 * it; when the timer fires and the case is still in the state at the same version, the system takes the action
 * (without a user's permission), with {@code reason} in the history.
 *
 * <p>The limit is counted in the calendar of the case's jurisdiction from the moment the case entered the state, by the
 * {@link WorkflowClock} service. A city may configure another amount per kind and state (configuration PID {@code
 * org.tongban.platform.workflow}, {@code timeoutAmounts}); {@code amount} is the default.
 *
 * @param state the state the timeout watches
 * @param amount the default limit, not negative
 * @param unit the limit's unit as the working-time engine names it: {@code WORKING_DAYS}, {@code NATURAL_DAYS}, {@code
 *     MONTHS}, {@code WORKING_HOURS}, {@code NATURAL_HOURS}
 * @param cutoff when the last day ends ({@code CLOSING_TIME} or {@code END_OF_DAY}), null for the engine's default
 *     (closing time: the agency's own deadlines)
 * @param action a row of the table that leaves {@code state}; it must not lead back to it
 * @param reason the history's reason, for example {@code 逾期未告知补正内容，视为受理}
 * @param clockAsOf null, or a state of the table: when the action starts the case's clock ({@link ClockEffect#START}),
 *     it counts from the moment the case last entered that state instead of now (deemed acceptance: 行政许可法 第三十二条第一款
 *     第四项, "逾期不告知的，自收到申请材料之日起即为受理")
 * @since 1.2
 */
public record Timeout(
        String state, int amount, String unit, String cutoff, String action, String reason, String clockAsOf) {

    public Timeout {
        if (amount < 0) {
            throw new IllegalArgumentException("超时时限不能为负数：" + amount);
        }
        if (unit == null || !unit.matches("[A-Z_]{1,30}")) {
            throw new IllegalArgumentException("超时时限的单位无效：" + unit);
        }
        if (cutoff != null && !cutoff.matches("[A-Z_]{1,30}")) {
            throw new IllegalArgumentException("超时时限的截止时点无效：" + cutoff);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("超时操作须写明原因（如“逾期未告知补正内容，视为受理”）");
        }
    }

    /** A timeout whose action counts a started clock from now, with the engine's default cutoff. */
    public static Timeout of(String state, int amount, String unit, String action, String reason) {
        return new Timeout(state, amount, unit, null, action, reason, null);
    }

    /** The same timeout with another cutoff ({@code CLOSING_TIME} or {@code END_OF_DAY}). */
    public Timeout cutoff(String value) {
        return new Timeout(state, amount, unit, value, action, reason, clockAsOf);
    }

    /** The same timeout whose action starts the case's clock as of the moment the case entered {@code asOf}. */
    public Timeout clockAsOf(String asOf) {
        return new Timeout(state, amount, unit, cutoff, action, reason, asOf);
    }

    /** The same timeout with another amount (a city's configuration). */
    public Timeout withAmount(int value) {
        return new Timeout(state, value, unit, cutoff, action, reason, clockAsOf);
    }
}
