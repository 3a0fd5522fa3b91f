package org.tongban.platform.scheduler;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The service properties of a {@link ScheduledJob} component:
 *
 * <pre>
 * &#64;Component(service = ScheduledJob.class)
 * &#64;Job(name = "worktime-deadline-sweep", period = 60)
 * </pre>
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Job {
    String PREFIX_ = "scheduler.";

    /** {@link ScheduledJob#NAME}. */
    String name();

    /** {@link ScheduledJob#PERIOD}, in seconds; 0 when {@link #expression()} is given. */
    long period() default 0;

    /** {@link ScheduledJob#EXPRESSION}. */
    String expression() default "";

    /**
     * {@link ScheduledJob#SCOPE}: {@link ScheduledJob#CLUSTER} or {@link ScheduledJob#NODE}.
     *
     * @since 1.1
     */
    String scope() default ScheduledJob.CLUSTER;
}
