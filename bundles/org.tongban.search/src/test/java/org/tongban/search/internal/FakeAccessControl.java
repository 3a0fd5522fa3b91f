package org.tongban.search.internal;

import java.util.Optional;
import java.util.Set;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdictions;

/** Grants a user's permissions over their home jurisdiction's subtree, as the security bundle does. */
final class FakeAccessControl implements AccessControl {
    private final Jurisdictions jurisdictions;
    private CurrentUser user;
    private Set<String> permissions = Set.of();

    FakeAccessControl(Jurisdictions jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

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

    @Override
    public boolean isPermitted(String permission, String jurisdictionCode) {
        return isPermitted(permission) && jurisdictions.contains(user.jurisdictionCode(), jurisdictionCode);
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
