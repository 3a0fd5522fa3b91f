package org.tongban.search.catalogue.internal;

import java.util.Optional;
import java.util.Set;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdictions;

/**
 * Grants a user's permissions over their home jurisdiction's subtree and audits denials, as the security bundle does;
 * the user is bound to the thread, so a thread of the indexer's own acts as the system.
 */
final class TestAccessControl implements AccessControl {
    private final Jurisdictions jurisdictions;
    private final AuditLog auditLog;
    private final ThreadLocal<CurrentUser> user = new ThreadLocal<>();
    private final ThreadLocal<Set<String>> permissions = ThreadLocal.withInitial(Set::of);

    TestAccessControl(Jurisdictions jurisdictions, AuditLog auditLog) {
        this.jurisdictions = jurisdictions;
        this.auditLog = auditLog;
    }

    void actAs(String username, String jurisdictionCode, String... permissions) {
        this.user.set(new CurrentUser(username, username, jurisdictionCode, Set.of("clerk")));
        this.permissions.set(Set.of(permissions));
    }

    void logOut() {
        user.remove();
        permissions.remove();
    }

    @Override
    public Optional<CurrentUser> currentUser() {
        return Optional.ofNullable(user.get());
    }

    @Override
    public boolean isPermitted(String permission) {
        return user.get() != null && permissions.get().contains(permission);
    }

    @Override
    public boolean isPermitted(String permission, String jurisdictionCode) {
        return isPermitted(permission) && jurisdictions.contains(user.get().jurisdictionCode(), jurisdictionCode);
    }

    @Override
    public void check(String permission, String jurisdictionCode) {
        if (!isPermitted(permission, jurisdictionCode)) {
            auditLog.record("access.denied", permission + " @ " + jurisdictionCode, null);
            throw new AccessDeniedException(permission, jurisdictionCode);
        }
    }

    @Override
    public void check(String permission) {
        if (!isPermitted(permission)) {
            auditLog.record("access.denied", permission, null);
            throw new AccessDeniedException(permission, null);
        }
    }
}
