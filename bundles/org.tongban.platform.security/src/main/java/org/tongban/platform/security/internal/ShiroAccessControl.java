package org.tongban.platform.security.internal;

import java.util.LinkedHashSet;
import java.util.Optional;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.CurrentUser;

/**
 * Answers permission questions for the subject bound to the thread. No bound subject, an expired session or a pending
 * one-time password change means nothing is granted; an unknown jurisdiction code is always denied.
 */
@Component(service = AccessControl.class)
public class ShiroAccessControl implements AccessControl {
    private final Accounts accounts;
    private final JdbcJurisdictions jurisdictions;
    private final AuditLog audit;

    @Activate
    public ShiroAccessControl(@Reference Database database, @Reference AuditLog audit) {
        this.accounts = new Accounts(database.transactions());
        this.jurisdictions = new JdbcJurisdictions(database);
        this.audit = audit;
    }

    @Override
    public Optional<CurrentUser> currentUser() {
        return CurrentSubject.get()
                .flatMap(CurrentSubject::principalOf)
                .flatMap(p -> accounts.find(p.username()))
                .map(u -> new CurrentUser(
                        u.username(),
                        u.displayName(),
                        u.jurisdictionCode(),
                        new LinkedHashSet<>(accounts.roles(u.username()))));
    }

    @Override
    public Runnable asCurrentUser(Runnable work) {
        Subject subject = ThreadContext.getSubject();
        String address = AuditLog.remoteAddress();
        Runnable bound = subject == null ? work : subject.associateWith(work);
        return () -> {
            AuditLog.setRemoteAddress(address);
            try {
                bound.run();
            } finally {
                AuditLog.clearRemoteAddress();
            }
        };
    }

    @Override
    public boolean isPermitted(String permission) {
        ScopedPermission wanted = ScopedPermission.of(permission, null);
        return CurrentSubject.get().map(s -> s.isPermitted(wanted)).orElse(false);
    }

    @Override
    public boolean isPermitted(String permission, String jurisdictionCode) {
        ScopedPermission.of(permission, null); // fail fast on a malformed permission, known jurisdiction or not
        Optional<String> path = jurisdictions.path(jurisdictionCode);
        if (path.isEmpty()) {
            return false;
        }
        ScopedPermission wanted = ScopedPermission.of(permission, path.get());
        return CurrentSubject.get().map(s -> s.isPermitted(wanted)).orElse(false);
    }

    @Override
    public void check(String permission, String jurisdictionCode) {
        ScopedPermission.of(permission, null);
        Optional<String> path = jurisdictions.path(jurisdictionCode);
        if (path.isEmpty()) {
            audit.recordIndependently("access.denied", permission + " @ " + jurisdictionCode, "未知的行政区划代码");
            throw new UnknownJurisdictionException(permission, jurisdictionCode);
        }
        Optional<Subject> subject = CurrentSubject.get();
        if (subject.isEmpty() || !subject.get().isPermitted(ScopedPermission.of(permission, path.get()))) {
            audit.recordIndependently(
                    "access.denied", permission + " @ " + jurisdictionCode, subject.isEmpty() ? "未登录" : null);
            throw new AccessDeniedException(permission, jurisdictionCode);
        }
    }

    @Override
    public void check(String permission) {
        ScopedPermission wanted = ScopedPermission.of(permission, null);
        Optional<Subject> subject = CurrentSubject.get();
        if (subject.isEmpty() || !subject.get().isPermitted(wanted)) {
            audit.recordIndependently("access.denied", permission, subject.isEmpty() ? "未登录" : null);
            throw new AccessDeniedException(permission, null);
        }
    }
}
