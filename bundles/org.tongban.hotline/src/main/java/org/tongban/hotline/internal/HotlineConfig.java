package org.tongban.hotline.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** A city's hotline settings (configuration PID {@value #PID}); defaults in {@link Limits}. */
@ObjectClassDefinition(name = "Tongban 12345 hotline")
public @interface HotlineConfig {
    String PID = "org.tongban.hotline";

    /**
     * Limits over the Shandong defaults, each {@code KIND[/URGENCY[/TYPE]]=amount UNIT}, for example {@code
     * HANDLE/NORMAL/CONSULTATION=3 WORKING_DAYS}.
     */
    @AttributeDefinition(name = "Limits", required = false)
    String[] limits() default {};

    /** At most this many working days of extension per ticket (Shandong: 10). */
    @AttributeDefinition(name = "Extension days at most")
    int maxExtensionDays() default Limits.MAX_EXTENSION_DAYS;

    /** The yellow warning when this share of a limit is used. */
    @AttributeDefinition(name = "Warning at percent of the limit")
    int warningPercent() default 80;

    /** An unanswered callback is tried again after this many hours. */
    @AttributeDefinition(name = "Hours between callback attempts")
    int callbackRetryHours() default 4;

    /** After this many unanswered attempts the callback closes as 未接通. */
    @AttributeDefinition(name = "Callback attempts")
    int callbackAttempts() default 3;

    /** Similar tickets scoring at least this are suggested. */
    @AttributeDefinition(name = "Similarity cut-off")
    double similarityCutoff() default 0.45;

    /** Similar tickets are looked for among those received within this many days. */
    @AttributeDefinition(name = "Similarity window in days")
    int similarityDays() default 7;

    /** Coordinates this close count as the same place. */
    @AttributeDefinition(name = "Nearby within metres")
    int nearbyMeters() default 300;

    /** The anonymous web form takes at most this many tickets per client address and hour. */
    @AttributeDefinition(name = "Web form tickets per address and hour")
    int webFormPerHour() default 5;
}
