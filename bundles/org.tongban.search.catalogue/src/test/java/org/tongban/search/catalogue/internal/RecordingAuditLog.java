package org.tongban.search.catalogue.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditEntry;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.ChainVerification;
import org.tongban.platform.api.security.CurrentUser;

/** Keeps what is recorded and by whom; the hash chain belongs to the security bundle and is not faked here. */
final class RecordingAuditLog implements AuditLog {
    record Recorded(String actor, String action, String target, String detail) {}

    final List<Recorded> entries = new CopyOnWriteArrayList<>();
    private AccessControl accessControl;

    void actorsFrom(AccessControl accessControl) {
        this.accessControl = accessControl;
    }

    List<Recorded> withAction(String action) {
        return entries.stream().filter(e -> e.action().equals(action)).toList();
    }

    @Override
    public void record(String action, String target, String detail) {
        String actor = accessControl == null
                ? "system"
                : accessControl.currentUser().map(CurrentUser::username).orElse("system");
        entries.add(new Recorded(actor, action, target, detail));
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ChainVerification verify() {
        throw new UnsupportedOperationException();
    }
}
