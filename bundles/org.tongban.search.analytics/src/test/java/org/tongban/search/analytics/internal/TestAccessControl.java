package org.tongban.search.analytics.internal;

import java.util.Optional;
import java.util.Set;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.api.security.CurrentUser;

/** Grants a user's permissions over their home jurisdiction and the districts below it, as the security bundle does. */
final class TestAccessControl implements AccessControl {
    static final String JINAN = "370100";
    static final String LIXIA = "370102";

    private CurrentUser user;
    private Set<String> permissions = Set.of();

    void actAs(String username, String jurisdictionCode, String... permissions) {
        this.user = new CurrentUser(username, username, jurisdictionCode, Set.of("clerk"));
        this.permissions = Set.of(permissions);
    }

    void logOut() {
        user = null;
        permissions = Set.of();
    }

    @Override
    public Optional<CurrentUser> currentUser() {
        return Optional.ofNullable(user);
    }

    @Override
    public boolean isPermitted(String permission) {
        return user != null && permissions.contains(permission);
    }

    // Two levels suffice here: the city contains its districts.
    @Override
    public boolean isPermitted(String permission, String jurisdictionCode) {
        return isPermitted(permission)
                && (user.jurisdictionCode().equals(jurisdictionCode)
                        || (user.jurisdictionCode().equals(JINAN) && jurisdictionCode.startsWith("3701")));
    }

    @Override
    public void check(String permission, String jurisdictionCode) {
        if (!isPermitted(permission, jurisdictionCode)) {
            throw new AccessDeniedException(permission, jurisdictionCode);
        }
    }

    @Override
    public void check(String permission) {
        if (!isPermitted(permission)) {
            throw new AccessDeniedException(permission, null);
        }
    }
}
