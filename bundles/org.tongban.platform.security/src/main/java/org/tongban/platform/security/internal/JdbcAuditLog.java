package org.tongban.platform.security.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.api.security.AuditEntry;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.AuditPage;
import org.tongban.platform.api.security.AuditQuery;
import org.tongban.platform.api.security.ChainVerification;
import org.tongban.platform.scheduler.Job;
import org.tongban.platform.scheduler.Jobs;
import org.tongban.platform.scheduler.ScheduledJob;

/**
 * The audit log service: entries are attributed to the subject bound to the thread, or to {@code system}, and written
 * in the caller's transaction. It is also the node-scoped job of the platform scheduler that links committed entries
 * into the chain: every second on every node, and at once when woken after a commit on this node. The chain's head
 * lock keeps the nodes in one sequence, so entries left pending by a stopped node are chained by the next run on any
 * node; reading and verifying chain whatever is pending first.
 */
@Component(service = {AuditLog.class, ScheduledJob.class})
@Job(name = JdbcAuditLog.CHAINER, period = 1, scope = ScheduledJob.NODE)
public class JdbcAuditLog implements AuditLog, ScheduledJob {
    static final String SYSTEM = "system";
    static final String READ = "audit:read";
    static final int MAX_RECENT = 1000;
    static final int MAX_PAGE = 1000;
    static final String CHAINER = "audit-chainer";
    private static final Logger LOG = LoggerFactory.getLogger(JdbcAuditLog.class);

    private final Database database;
    private final AuditChain chain;
    private final JdbcJurisdictions jurisdictions;
    private final String rootJurisdiction;
    private volatile Jobs jobs;

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
        this.jurisdictions = new JdbcJurisdictions(database);
        this.rootJurisdiction = settings.rootJurisdiction();
    }

    /** The scheduler, to wake the chainer after a commit; without it the entries wait for its next period. */
    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setJobs(Jobs jobs) {
        this.jobs = jobs;
    }

    public void unsetJobs(Jobs jobs) {
        if (this.jobs == jobs) {
            this.jobs = null;
        }
    }

    @Deactivate
    public void stop() {
        // What this node recorded last is chained now rather than by another node's next run.
        try {
            chain.chainPending();
        } catch (RuntimeException e) {
            LOG.warn("Audit entries left pending for the next node: {}", e.getMessage());
        }
    }

    /** The chainer's run: links the pending entries of every node, in sequence, under the head lock. */
    @Override
    public void run() {
        try {
            chain.chainPending();
        } catch (RuntimeException e) {
            // The database may be down; the entries wait in sec_audit_pending and the next run takes them.
            LOG.warn("Audit entries not chained yet: {}", e.getMessage());
        }
    }

    private void wake() {
        Jobs scheduler = jobs;
        if (scheduler != null) {
            scheduler.runSoon(CHAINER);
        }
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
        database.transactions().afterCommit(this::wake);
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
        wake();
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        return search(AuditQuery.ALL, 0, Math.max(1, Math.min(limit, MAX_RECENT)))
                .entries();
    }

    @Override
    public AuditPage search(AuditQuery query, int offset, int limit) {
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
        String scope = path.get();
        // Entries of the system (no jurisdiction) are for readers at the top of the tree only, and only while no
        // jurisdiction is asked for.
        boolean withSystem = query.jurisdictionCode() == null
                && (home.equals(rootJurisdiction)
                        || scope.chars().filter(ch -> ch == '/').count() == 2);
        if (query.jurisdictionCode() != null) {
            Optional<String> asked = jurisdictions.path(query.jurisdictionCode());
            if (asked.isEmpty() || !asked.get().startsWith(scope)) {
                recordIndependently("access.denied", READ + " @ " + query.jurisdictionCode(), null);
                throw new AccessDeniedException(READ, query.jurisdictionCode());
            }
            scope = asked.get();
        }
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" a LEFT JOIN sec_jurisdiction j ON j.code = a.actor_jurisdiction")
                .append(" WHERE (j.path LIKE ?")
                .append(withSystem ? " OR a.actor_jurisdiction IS NULL)" : ")");
        parameters.add(scope + "%");
        if (query.actor() != null) {
            where.append(" AND a.actor = ?");
            parameters.add(query.actor());
        }
        if (query.action() != null && query.action().endsWith(".")) {
            where.append(" AND a.action LIKE ? ESCAPE '!'");
            parameters.add(query.action().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        } else if (query.action() != null) {
            where.append(" AND a.action = ?");
            parameters.add(query.action());
        }
        if (query.from() != null) {
            where.append(" AND a.occurred_at >= ?");
            parameters.add(query.from());
        }
        if (query.to() != null) {
            where.append(" AND a.occurred_at < ?");
            parameters.add(query.to());
        }
        int rows = Math.max(1, Math.min(limit, MAX_PAGE));
        int skip = Math.max(0, offset);
        chain.chainPending();
        return database.transactions().read(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM sec_audit_log" + where)) {
                bind(ps, parameters);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<AuditEntry> entries = new ArrayList<>();
            try (PreparedStatement ps =
                    c.prepareStatement(AuditChain.SELECT + where + " ORDER BY a.seq DESC LIMIT ? OFFSET ?")) {
                bind(ps, parameters);
                ps.setInt(parameters.size() + 1, rows);
                ps.setInt(parameters.size() + 2, skip);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        entries.add(AuditChain.read(rs));
                    }
                }
            }
            return new AuditPage(entries, total);
        });
    }

    private static void bind(PreparedStatement ps, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i) instanceof Instant instant) {
                Jdbc.setInstant(ps, i + 1, instant);
            } else {
                ps.setString(i + 1, (String) parameters.get(i));
            }
        }
    }

    /** Chains what is pending now, for tests; the scheduler's node job does it otherwise. */
    int chainPending() {
        return chain.chainPending();
    }

    @Override
    public ChainVerification verify() {
        return chain.verify();
    }
}
