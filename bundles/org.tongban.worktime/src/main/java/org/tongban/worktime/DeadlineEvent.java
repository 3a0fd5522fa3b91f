package org.tongban.worktime;

import java.time.Instant;

/**
 * A deadline event, delivered once per clock and kind.
 *
 * @param kind warning or overdue
 * @param clock the clock when the event fired
 * @param firedAt when the event was recorded
 */
public record DeadlineEvent(DeadlineStatus kind, DeadlineClock clock, Instant firedAt) {}
