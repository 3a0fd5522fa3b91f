package org.tongban.platform.api.security;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The append-only audit log. Every entry carries the hash of the previous one, so any edit or deletion breaks the
 * chain and {@link #verify()} finds it. {@link #record} joins the caller's transaction ({@link
 * org.tongban.platform.api.persistence.Transactions}): an entry commits with the change it records, or not at all.
 */
@ProviderType
public interface AuditLog {

    /** Records an action of the current user (or of the system when no user is bound), in the caller's transaction. */
    void record(String action, String target, String detail);

    /**
     * Records an attempt that must stay on record even when the caller's transaction rolls back, such as a refused
     * permission or a failed login: the entry commits in a transaction of its own.
     */
    default void recordIndependently(String action, String target, String detail) {
        record(action, target, detail);
    }

    /** The newest entries the current user may read (scoped to their jurisdiction), newest first. */
    List<AuditEntry> recent(int limit);

    /**
     * The entries the current user may read that match {@code query}, newest first, {@code limit} of them from {@code
     * offset}. A jurisdiction outside the reader's own is refused. The default filters {@link #recent} for
     * implementations without a query of their own; not knowing the jurisdiction tree, it matches a jurisdiction
     * exactly.
     */
    default AuditPage search(AuditQuery query, int offset, int limit) {
        List<AuditEntry> matching = recent(Integer.MAX_VALUE).stream()
                .filter(e -> query.actor() == null || query.actor().equals(e.actor()))
                .filter(e -> query.matchesAction(e.action()))
                .filter(e -> query.jurisdictionCode() == null
                        || query.jurisdictionCode().equals(e.jurisdictionCode()))
                .filter(e -> query.from() == null || !e.at().isBefore(query.from()))
                .filter(e -> query.to() == null || e.at().isBefore(query.to()))
                .toList();
        int start = Math.max(0, Math.min(offset, matching.size()));
        return new AuditPage(
                matching.subList(start, Math.min(matching.size(), start + Math.max(0, limit))), matching.size());
    }

    /** Recomputes the hash chain over the whole log. */
    ChainVerification verify();

    /** The remote address of the request being served, recorded with each entry. */
    static void setRemoteAddress(String address) {
        AuditContext.REMOTE_ADDRESS.set(address);
    }

    /** Clears the remote address at the end of a request. */
    static void clearRemoteAddress() {
        AuditContext.REMOTE_ADDRESS.remove();
    }

    /** The remote address set for this thread, or {@code null}. */
    static String remoteAddress() {
        return AuditContext.REMOTE_ADDRESS.get();
    }
}
