package org.tongban.platform.accounts.internal;

import java.time.Clock;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.PasswordHashing;
import org.tongban.platform.notify.Notifications;

/**
 * The real account service for other modules' tests, built as its component is with the default rules. It sits in the
 * service's package and reaches the others through this module's test-jar, to use its package-private constructor.
 */
public final class AccountsTestAccess {
    private AccountsTestAccess() {}

    public static PublicAccounts of(
            Database database, AuditLog audit, PasswordHashing hashing, Notifications notifications, String city) {
        return new JdbcPublicAccounts(
                database, audit, hashing, notifications, AccountRules.DEFAULT, city, Clock.systemUTC());
    }
}
