package org.tongban.platform.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Login policy, configuration PID {@code org.tongban.platform.security.login}. */
@ObjectClassDefinition(
        name = "Tongban login policy",
        description = "Lockout after failed logins, throttling per client address and session timeout")
public @interface LoginConfig {

    @AttributeDefinition(
            name = "Failed logins before lock",
            description = "Consecutive failures of one account from one client address that lock it for that address",
            min = "1")
    int maxFailedAttempts() default 5;

    @AttributeDefinition(name = "Lock duration (minutes)", min = "1")
    int lockMinutes() default 15;

    @AttributeDefinition(
            name = "Failed logins per address",
            description = "Failures from one client address, any accounts, after which its logins are refused",
            min = "1")
    int addressMaxFailures() default 20;

    @AttributeDefinition(
            name = "Address window (minutes)",
            description = "The sliding window in which the failures per address are counted",
            min = "1")
    int addressWindowMinutes() default 10;

    @AttributeDefinition(name = "Idle session timeout (minutes)", min = "1")
    int sessionTimeoutMinutes() default 30;
}
