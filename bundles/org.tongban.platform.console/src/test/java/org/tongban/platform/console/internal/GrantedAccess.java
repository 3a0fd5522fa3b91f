package org.tongban.platform.console.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.api.security.CurrentUser;

/** An access control that grants a fixed set of permissions everywhere. */
public final class GrantedAccess implements AccessControl {
    final Set<String> granted = new HashSet<>();

    public GrantedAccess(String... permissions) {
        granted.addAll(Set.of(permissions));
    }

    @Override
    public Optional<CurrentUser> currentUser() {
        return Optional.of(new CurrentUser("admin", "管理员", "370100", Set.of("admin")));
    }

    @Override
    public boolean isPermitted(String permission) {
        return granted.contains(permission);
    }

    @Override
    public boolean isPermitted(String permission, String jurisdictionCode) {
        return isPermitted(permission);
    }

    @Override
    public void check(String permission, String jurisdictionCode) {
        if (!isPermitted(permission)) {
            throw new AccessDeniedException(permission, jurisdictionCode);
        }
    }

    @Override
    public void check(String permission) {
        check(permission, null);
    }
}
