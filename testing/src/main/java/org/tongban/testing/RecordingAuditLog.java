package org.tongban.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditEntry;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.ChainVerification;
import org.tongban.platform.api.security.CurrentUser;

/**
 * Keeps what is recorded, in order, from any thread; the hash chain belongs to the security bundle and is not faked
 * here. Entries carry their actor only once {@link #actorsFrom} names where the current user comes from.
 */
public final class RecordingAuditLog implements AuditLog {

    /**
     * One recorded action.
     *
     * @param actor who acted ({@code system} when nobody was logged in), or {@code null} when actors are not kept
     */
    public record Recorded(String action, String target, String detail, String actor) {
        /** An entry without its actor, as most tests expect one. */
        public Recorded(String action, String target, String detail) {
            this(action, target, detail, null);
        }

        /** {@code action target detail}, as a line of a log. */
        public String line() {
            return action + " " + target + " " + detail;
        }
    }

    private final List<Recorded> entries = new CopyOnWriteArrayList<>();
    private volatile AccessControl accessControl;

    /** Keeps each entry's actor: the current user of this access control, or {@code system}. */
    public RecordingAuditLog actorsFrom(AccessControl accessControl) {
        this.accessControl = accessControl;
        return this;
    }

    /** Everything recorded so far, oldest first. */
    public List<Recorded> entries() {
        return List.copyOf(entries);
    }

    /** The entries of one action, oldest first. */
    public List<Recorded> withAction(String action) {
        return entries.stream().filter(e -> e.action().equals(action)).toList();
    }

    /** The entries as {@code action target detail} lines. */
    public List<String> lines() {
        return entries.stream().map(Recorded::line).toList();
    }

    /** The entries as {@code action target} lines. */
    public List<String> actions() {
        return entries.stream().map(e -> e.action() + " " + e.target()).toList();
    }

    /** Forgets what was recorded, for a test that looks only at what comes next. */
    public void clear() {
        entries.clear();
    }

    @Override
    public void record(String action, String target, String detail) {
        AccessControl users = accessControl;
        String actor = users == null
                ? null
                : users.currentUser().map(CurrentUser::username).orElse("system");
        entries.add(new Recorded(action, target, detail, actor));
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        return List.of();
    }

    @Override
    public ChainVerification verify() {
        return new ChainVerification(true, entries.size(), -1);
    }
}
