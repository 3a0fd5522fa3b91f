package org.tongban.helpdesk.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** A city's help-desk settings (configuration PID {@value #PID}); the defaults are in {@link Settings}. */
@ObjectClassDefinition(name = "Tongban help desk")
public @interface HelpdeskConfig {
    String PID = "org.tongban.helpdesk";

    @AttributeDefinition(name = "Working days of an instant request (即时帮办)")
    int instantDays() default Settings.INSTANT_DAYS;

    @AttributeDefinition(name = "Working days of a forwarded and supervised request (转办督办)")
    int forwardedDays() default Settings.FORWARDED_DAYS;

    @AttributeDefinition(name = "Working days of a joint request (联合代办)")
    int jointDays() default Settings.JOINT_DAYS;

    @AttributeDefinition(name = "Working days of a full agency request (全程代办)")
    int fullAgencyDays() default Settings.FULL_AGENCY_DAYS;

    @AttributeDefinition(name = "Satisfaction goal in percent (营口: 满意率不低于95%)")
    int satisfactionGoal() default Settings.SATISFACTION_GOAL;
}
