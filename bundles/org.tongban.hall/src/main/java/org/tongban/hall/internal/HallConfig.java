package org.tongban.hall.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** A city's hall settings (configuration PID {@value #PID}); the defaults and their sources are in {@link HallRules}. */
@ObjectClassDefinition(name = "Tongban service hall queue")
public @interface HallConfig {
    String PID = "org.tongban.hall";

    /** This many no-shows within {@link #noShowWindowDays} block online booking. */
    @AttributeDefinition(name = "No-shows that block booking")
    int noShowLimit() default HallRules.NO_SHOW_LIMIT;

    /** The no-shows counted are those of the last this many days. */
    @AttributeDefinition(name = "No-shows counted over days")
    int noShowWindowDays() default HallRules.NO_SHOW_WINDOW_DAYS;

    /** Online booking stays blocked this many days after the last no-show that reached the limit. */
    @AttributeDefinition(name = "Days blocked")
    int noShowBlockDays() default HallRules.NO_SHOW_BLOCK_DAYS;

    /** A booking without a number this many minutes after its slot ended is a no-show. */
    @AttributeDefinition(name = "Grace minutes after the slot")
    int noShowGraceMinutes() default HallRules.NO_SHOW_GRACE_MINUTES;

    /** Slots can be booked at most this many days ahead. */
    @AttributeDefinition(name = "Days bookable ahead")
    int bookingDaysAhead() default HallRules.BOOKING_DAYS_AHEAD;

    /** From this age a number taken by ID number is a priority number. */
    @AttributeDefinition(name = "Elderly from age")
    int elderlyAge() default HallRules.ELDERLY_AGE;

    /**
     * How priority numbers are called: {@code FIRST} (always before the others) or {@code EVERY_n} (every n-th call
     * goes to a priority number while one waits, so ordinary numbers still move).
     */
    @AttributeDefinition(name = "Priority rule")
    String priorityRule() default HallRules.PRIORITY_FIRST;
}
