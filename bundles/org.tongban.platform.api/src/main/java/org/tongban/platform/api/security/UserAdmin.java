package org.tongban.platform.api.security;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Manages clerks' accounts; every method checks {@code user:admin} for the affected jurisdiction itself. */
@ProviderType
public interface UserAdmin {

    /** Accounts in the current user's jurisdiction subtree. */
    List<UserAccount> list();

    /**
     * Creates an account with a generated one-time password, which is returned once and must be changed at first
     * login.
     */
    String create(String username, String displayName, String jurisdictionCode, List<String> roles);

    /** Unlocks an account locked after failed logins. */
    void unlock(String username);

    /** Role names that can be assigned. */
    List<String> roles();

    /**
     * Each role's title for people ("窗口叫号" for {@code hall-clerk}), by role name, in name order; a role without a
     * title is titled by its name.
     *
     * @since 1.8
     */
    java.util.Map<String, String> roleTitles();
}
