package org.tongban.platform.security.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.shiro.subject.Subject;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.api.security.AuditEntry;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.ChainVerification;

/**
 * The audit log service: entries are attributed to the subject bound to the thread, or to {@code system}, and written
 * in the caller's transaction. A single background thread chains committed entries within a second (at once after
 * a commit on this node); reading and verifying chain whatever is pending first.
 */
@Component(service = AuditLog.class)
public class JdbcAuditLog implements AuditLog {
    static final String SYSTEM = "system";
    static final String READ = "audit:read";
    static final int MAX_RECENT = 1000;

    private final Database database;
    private final AuditChain chain;
    private final AuditChainer chainer;
    private final JdbcJurisdictions jurisdictions;
    private final String rootJurisdiction;

    @Activate
    public JdbcAuditLog(@Reference Database database, BundleContext context) {
        this(database, SecuritySettings.from(context));
    }

    public JdbcAuditLog(Database database, SecuritySettings settings) {
        this.database = database;
        this.chain = new AuditChain(
                database.transactions(),
                settings.clock(),
                AuditAnchor.open(database.transactions(), settings.auditKeyFile()));
        this.chainer = new AuditChainer(chain);
        this.jurisdictions = new JdbcJurisdictions(database);
        this.rootJurisdiction = settings.rootJurisdiction();
    }

    @Deactivate
    public void stop() {
        chainer.close();
    }

    @Override
    public void record(String action, String target, String detail) {
        Objects.requireNonNull(action, "action");
        Optional<UserPrincipal> actor = CurrentSubject.principal();
        chain.record(
                actor.map(UserPrincipal::username).orElse(SYSTEM),
                actor.map(UserPrincipal::jurisdictionCode).orElse(null),
                action,
                target,
                detail,
                AuditLog.remoteAddress());
        database.transactions().afterCommit(chainer::wake);
    }

    @Override
    public void recordIndependently(String action, String target, String detail) {
        Objects.requireNonNull(action, "action");
        Optional<UserPrincipal> actor = CurrentSubject.principal();
        chain.recordIndependently(
                actor.map(UserPrincipal::username).orElse(SYSTEM),
                actor.map(UserPrincipal::jurisdictionCode).orElse(null),
                action,
                target,
                detail,
                AuditLog.remoteAddress());
        chainer.wake();
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        Optional<Subject> subject = CurrentSubject.get();
        if (subject.isEmpty() || !subject.get().isPermitted(ScopedPermission.of(READ, null))) {
            recordIndependently("access.denied", READ, subject.isEmpty() ? "未登录" : null);
            throw new AccessDeniedException(READ, null);
        }
        String home = CurrentSubject.principalOf(subject.get()).orElseThrow().jurisdictionCode();
        Optional<String> path = jurisdictions.path(home);
        if (path.isEmpty()) {
            throw new AccessDeniedException(READ, home);
        }
        // Entries of the system (no jurisdiction) are for readers at the top of the tree only.
        boolean rootLevel = home.equals(rootJurisdiction)
                || path.get().chars().filter(ch -> ch == '/').count() == 2;
        String sql = AuditChain.SELECT
                + " a LEFT JOIN sec_jurisdiction j ON j.code = a.actor_jurisdiction WHERE j.path LIKE ?"
                + (rootLevel ? " OR a.actor_jurisdiction IS NULL" : "")
                + " ORDER BY a.seq DESC LIMIT ?";
        int rows = Math.max(1, Math.min(limit, MAX_RECENT));
        chain.chainPending();
        return database.transactions().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, path.get() + "%");
                ps.setInt(2, rows);
                try (ResultSet rs = ps.executeQuery()) {
                    List<AuditEntry> entries = new ArrayList<>();
                    while (rs.next()) {
                        entries.add(AuditChain.read(rs));
                    }
                    return entries;
                }
            }
        });
    }

    /** Chains what is pending now, for tests and shutdown; the background thread does it otherwise. */
    int chainPending() {
        return chain.chainPending();
    }

    @Override
    public ChainVerification verify() {
        return chain.verify();
    }
}
