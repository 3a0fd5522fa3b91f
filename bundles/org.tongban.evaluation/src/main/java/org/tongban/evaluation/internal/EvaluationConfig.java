package org.tongban.evaluation.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** A city's 好差评 settings (configuration PID {@value #PID}); the sources of the defaults in {@link Settings}. */
@ObjectClassDefinition(name = "Tongban service evaluation")
public @interface EvaluationConfig {
    String PID = "org.tongban.evaluation";

    @AttributeDefinition(name = "Natural days until the default rating")
    int defaultDays() default Settings.DEFAULT_DAYS;

    @AttributeDefinition(name = "Natural days a rating may be amended")
    int amendDays() default Settings.AMEND_DAYS;

    @AttributeDefinition(name = "Working days to close out a bad review")
    int rectifyDays() default Settings.RECTIFY_DAYS;

    @AttributeDefinition(name = "Warning at percent of the close-out limit")
    int warningPercent() default Settings.WARNING_PERCENT;

    @AttributeDefinition(name = "Active rating rate goal in percent")
    int activeRateGoal() default Settings.ACTIVE_RATE_GOAL;

    @AttributeDefinition(name = "Comment length at most")
    int commentMax() default Settings.COMMENT_MAX;

    @AttributeDefinition(name = "Minutes a finished visit stays on the window tablet")
    int tabletMinutes() default Settings.TABLET_MINUTES;
}
