package org.tongban.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock the test moves by hand, shared by every thread of the service under test. It keeps its zone whatever zone a
 * caller asks for, so that time a service reads after {@link #set} or {@link #advance} is always the test's.
 */
public final class MutableClock extends Clock {
    /** China's one time zone, in which every legal day and working hour is counted. */
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final ZoneId zone;
    private volatile Instant now;

    /** Starts on a Monday morning, 2 March 2026, 09:00 Beijing time, in UTC. */
    public MutableClock() {
        this(Instant.parse("2026-03-02T01:00:00Z"));
    }

    public MutableClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    public MutableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public void set(Instant instant) {
        now = instant;
    }

    /** Sets the time to a local date and time in Beijing, such as {@code 2026-12-07T09:00}. */
    public void set(String beijingLocalDateTime) {
        now = beijing(beijingLocalDateTime);
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** The instant of a local date and time in Beijing. */
    public static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
