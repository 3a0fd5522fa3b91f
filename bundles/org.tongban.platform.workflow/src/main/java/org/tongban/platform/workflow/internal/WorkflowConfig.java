package org.tongban.platform.workflow.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Tongban workflow", description = "Case workflows: per-city limits of timeouts.")
public @interface WorkflowConfig {
    String PID = "org.tongban.platform.workflow";

    @AttributeDefinition(
            description = "Limits of timeouts set by a city, overriding the definition's default: entries"
                    + " kind/STATE=amount (everywhere) or kind/STATE@code=amount (a jurisdiction and its subtree;"
                    + " the nearest level wins), for example intake/RECEIVED@370100=3")
    String[] timeoutAmounts() default {};
}
