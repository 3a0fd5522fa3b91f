package org.tongban.platform.accounts.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Sign-in and reset rules of public accounts, configuration PID {@value #PID}; the defaults are the staff side's. */
@ObjectClassDefinition(name = "Tongban public accounts", description = "个人和法人用户的登录锁定与找回密码规则")
public @interface AccountsConfig {
    String PID = "org.tongban.platform.accounts";

    @AttributeDefinition(name = "Failed sign-ins before lock", min = "1")
    int maxFailedAttempts() default 5;

    @AttributeDefinition(name = "Lock duration (minutes)", min = "1")
    int lockMinutes() default 15;

    @AttributeDefinition(name = "Reset code validity (minutes)", min = "1")
    int resetCodeMinutes() default 10;

    @AttributeDefinition(name = "Wrong reset codes before it is void", min = "1")
    int resetCodeAttempts() default 5;

    @AttributeDefinition(name = "Mobile sign-in validity (days)", min = "1")
    int apiSessionDays() default 30;
}
