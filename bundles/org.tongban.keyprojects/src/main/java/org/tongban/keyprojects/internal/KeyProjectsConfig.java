package org.tongban.keyprojects.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** A city's settings of the green channel (configuration PID {@value #PID}). */
@ObjectClassDefinition(name = "Tongban green channel for key projects")
public @interface KeyProjectsConfig {
    String PID = "org.tongban.keyprojects";

    /**
     * A stage is at risk, and its manager is warned, this many working days before its target date. The default of 5
     * working days is the green channel's own rule, not a legal limit; cities set theirs.
     */
    @AttributeDefinition(name = "Warning working days before a stage's target")
    int warningWorkingDays() default StageRules.DEFAULT_WARNING_WORKING_DAYS;
}
