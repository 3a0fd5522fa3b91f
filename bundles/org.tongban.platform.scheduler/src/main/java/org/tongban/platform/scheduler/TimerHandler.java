package org.tongban.platform.scheduler;

import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/** Handles the timers of one name; register it as a service with the property {@link #NAME}. */
@ConsumerType
public interface TimerHandler {

    /** Service property: the timer name handled. */
    String NAME = "timer.name";

    /** The timer {@code id} is due. Throwing makes it fire again later (with a growing delay). */
    void fire(String id, Map<String, String> payload) throws Exception;
}
