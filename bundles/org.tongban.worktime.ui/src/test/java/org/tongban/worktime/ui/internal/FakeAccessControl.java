package org.tongban.worktime.ui.internal;

import java.util.Optional;
import java.util.Set;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdictions;

/** A clerk holding every permission over their home jurisdiction's subtree. */
final class FakeAccessControl implements AccessControl {
    private final Jurisdictions jurisdictions;
    private final CurrentUser clerk;

    FakeAccessControl(Jurisdictions jurisdictions, String homeJurisdiction) {
        this.jurisdictions = jurisdictions;
        this.clerk = new CurrentUser("clerk", "窗口人员", homeJurisdiction, Set.of("clerk"));
    }

    @Override
    public Optional<CurrentUser> currentUser() {
        return Optional.of(clerk);
    }

    @Override
    public boolean isPermitted(String permission) {
        return true;
    }

    @Override
    public boolean isPermitted(String permission, String jurisdictionCode) {
        return jurisdictions.contains(clerk.jurisdictionCode(), jurisdictionCode);
    }

    @Override
    public void check(String permission, String jurisdictionCode) {
        if (!isPermitted(permission, jurisdictionCode)) {
            throw new AccessDeniedException(permission, jurisdictionCode);
        }
    }

    @Override
    public void check(String permission) {}
}
