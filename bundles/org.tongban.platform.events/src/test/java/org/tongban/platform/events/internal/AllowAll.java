package org.tongban.platform.events.internal;

import java.util.Optional;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;

/** An administrator: permitted everything. */
final class AllowAll implements AccessControl {
    @Override
    public Optional<CurrentUser> currentUser() {
        return Optional.empty();
    }

    @Override
    public boolean isPermitted(String permission) {
        return true;
    }

    @Override
    public boolean isPermitted(String permission, String jurisdictionCode) {
        return true;
    }

    @Override
    public void check(String permission, String jurisdictionCode) {}

    @Override
    public void check(String permission) {}
}
