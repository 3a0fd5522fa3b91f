package org.tongban.catalogue.ui.console;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdictions;

/** A clerk holding chosen permissions over chosen subtrees, like the security bundle grants them. */
final class ClerkAccess implements AccessControl {
    private final Jurisdictions jurisdictions;
    private final CurrentUser clerk;
    private final Map<String, String> grants = new HashMap<>();

    ClerkAccess(Jurisdictions jurisdictions, String username, String home) {
        this.jurisdictions = jurisdictions;
        this.clerk = new CurrentUser(username, username, home, Set.of("clerk"));
    }

    /** Grants a permission over the clerk's home subtree. */
    ClerkAccess grant(String permission) {
        grants.put(permission, clerk.jurisdictionCode());
        return this;
    }

    @Override
    public Optional<CurrentUser> currentUser() {
        return Optional.of(clerk);
    }

    @Override
    public boolean isPermitted(String permission) {
        return grants.containsKey(permission);
    }

    @Override
    public boolean isPermitted(String permission, String jurisdictionCode) {
        String root = grants.get(permission);
        return root != null && jurisdictionCode != null && jurisdictions.contains(root, jurisdictionCode);
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
