package org.tongban.testing;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdictions;

/**
 * Scoped grants over a jurisdiction tree, as the security bundle grants them: a permission granted at a jurisdiction
 * covers it and its whole subtree, never its parent or siblings. One user at a time, shared by every thread, or bound
 * to the thread that logged in ({@link #threadBound}), so that a thread of the service's own acts as the system.
 */
public final class FakeAccessControl implements AccessControl {
    /** The root of a grant that covers every jurisdiction, also none. */
    private static final String EVERYWHERE = "*";

    private final Jurisdictions jurisdictions;
    private final ThreadLocal<Subject> perThread;
    private volatile Subject shared;
    private volatile AuditLog denials;

    private FakeAccessControl(Jurisdictions jurisdictions, boolean threadBound) {
        this.jurisdictions = jurisdictions;
        this.perThread = threadBound ? new ThreadLocal<>() : null;
    }

    /** Nobody logged in; grants are scoped over {@code jurisdictions}. */
    public FakeAccessControl(Jurisdictions jurisdictions) {
        this(jurisdictions, false);
    }

    /** Like {@link #FakeAccessControl(Jurisdictions)}, but each thread has its own user: another thread has none. */
    public static FakeAccessControl threadBound(Jurisdictions jurisdictions) {
        return new FakeAccessControl(jurisdictions, true);
    }

    /** A clerk (窗口人员) holding every permission over their home jurisdiction's subtree. */
    public static FakeAccessControl clerkOf(Jurisdictions jurisdictions, String homeJurisdiction) {
        return new FakeAccessControl(jurisdictions)
                .actAs(new CurrentUser("clerk", "窗口人员", homeJurisdiction, Set.of("clerk")))
                .grantEverything();
    }

    /** The platform's administrator (管理员, at 济南市) holding these permissions regardless of jurisdiction. */
    public static FakeAccessControl administrator(String... permissions) {
        return new FakeAccessControl(new TestJurisdictions())
                .actAs(new CurrentUser("admin", "管理员", Jinan.JINAN, Set.of("admin")))
                .grantEverywhere(permissions);
    }

    /** Records each denial as {@code access.denied}, as the security bundle does. */
    public FakeAccessControl auditingDenialsTo(AuditLog auditLog) {
        this.denials = auditLog;
        return this;
    }

    /** Logs in a clerk (display name the username) holding these permissions over their home subtree. */
    public FakeAccessControl actAs(String username, String homeJurisdiction, String... permissions) {
        return actAs(new CurrentUser(username, username, homeJurisdiction, Set.of("clerk")), permissions);
    }

    /** Logs in this user holding these permissions over their home subtree, and nothing else. */
    public FakeAccessControl actAs(CurrentUser user, String... permissions) {
        Subject subject = new Subject(user);
        if (perThread != null) {
            perThread.set(subject);
        } else {
            shared = subject;
        }
        for (String permission : permissions) {
            grant(permission);
        }
        return this;
    }

    /** Grants a permission over the user's home subtree. */
    public FakeAccessControl grant(String permission) {
        return grant(permission, subject().user.jurisdictionCode());
    }

    /** Grants a permission over this jurisdiction's subtree. */
    public FakeAccessControl grant(String permission, String jurisdictionCode) {
        subject()
                .grants
                .computeIfAbsent(permission, p -> ConcurrentHashMap.newKeySet())
                .add(jurisdictionCode);
        return this;
    }

    /** Grants permissions regardless of jurisdiction, as to an administrator of the whole platform. */
    public FakeAccessControl grantEverywhere(String... permissions) {
        for (String permission : permissions) {
            grant(permission, EVERYWHERE);
        }
        return this;
    }

    /** Grants every permission over the user's home subtree. */
    public FakeAccessControl grantEverything() {
        subject().everything = true;
        return this;
    }

    /** Withdraws a permission, as an administrator may while the user has a page open. */
    public FakeAccessControl revoke(String permission) {
        subject().grants.remove(permission);
        return this;
    }

    /** Withdraws every permission; the user stays logged in. */
    public FakeAccessControl revokeAll() {
        Subject subject = subject();
        subject.grants.clear();
        subject.everything = false;
        return this;
    }

    /** Nobody is logged in (on this thread, when thread-bound). */
    public void logOut() {
        if (perThread != null) {
            perThread.remove();
        } else {
            shared = null;
        }
    }

    @Override
    public Optional<CurrentUser> currentUser() {
        return Optional.ofNullable(current()).map(s -> s.user);
    }

    @Override
    public boolean isPermitted(String permission) {
        Subject subject = current();
        return subject != null && (subject.everything || subject.grants.containsKey(permission));
    }

    @Override
    public boolean isPermitted(String permission, String jurisdictionCode) {
        Subject subject = current();
        if (subject == null) {
            return false;
        }
        if (subject.everything && jurisdictions.contains(subject.user.jurisdictionCode(), jurisdictionCode)) {
            return true;
        }
        Set<String> roots = subject.grants.getOrDefault(permission, Set.of());
        return roots.contains(EVERYWHERE)
                || (jurisdictionCode != null
                        && roots.stream().anyMatch(root -> jurisdictions.contains(root, jurisdictionCode)));
    }

    @Override
    public void check(String permission, String jurisdictionCode) {
        if (!isPermitted(permission, jurisdictionCode)) {
            deny(permission + " @ " + jurisdictionCode);
            throw new AccessDeniedException(permission, jurisdictionCode);
        }
    }

    @Override
    public void check(String permission) {
        if (!isPermitted(permission)) {
            deny(permission);
            throw new AccessDeniedException(permission, null);
        }
    }

    private void deny(String target) {
        AuditLog log = denials;
        if (log != null) {
            log.record("access.denied", target, null);
        }
    }

    private Subject current() {
        return perThread != null ? perThread.get() : shared;
    }

    private Subject subject() {
        Subject subject = current();
        if (subject == null) {
            throw new IllegalStateException("nobody is logged in: call actAs first");
        }
        return subject;
    }

    private static final class Subject {
        final CurrentUser user;
        final Map<String, Set<String>> grants = new ConcurrentHashMap<>();
        volatile boolean everything;

        Subject(CurrentUser user) {
            this.user = user;
        }
    }
}
