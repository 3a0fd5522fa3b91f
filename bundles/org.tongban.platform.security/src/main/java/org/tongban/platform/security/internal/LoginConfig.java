package org.tongban.platform.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Login policy, configuration PID {@code org.tongban.platform.security.login}. */
@ObjectClassDefinition(name = "Tongban login policy", description = "Lockout after failed logins and session timeout")
public @interface LoginConfig {

    @AttributeDefinition(name = "Failed logins before lock", min = "1")
    int maxFailedAttempts() default 5;

    @AttributeDefinition(name = "Lock duration (minutes)", min = "1")
    int lockMinutes() default 15;

    @AttributeDefinition(name = "Idle session timeout (minutes)", min = "1")
    int sessionTimeoutMinutes() default 30;
}
