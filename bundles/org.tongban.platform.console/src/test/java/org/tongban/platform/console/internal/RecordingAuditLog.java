package org.tongban.platform.console.internal;

import java.util.ArrayList;
import java.util.List;
import org.tongban.platform.api.security.AuditEntry;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.ChainVerification;

/** Keeps recorded actions in memory as {@code action target detail}. */
public final class RecordingAuditLog implements AuditLog {
    final List<String> recorded = new ArrayList<>();

    @Override
    public void record(String action, String target, String detail) {
        recorded.add(action + " " + target + " " + detail);
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        return List.of();
    }

    @Override
    public ChainVerification verify() {
        return new ChainVerification(true, recorded.size(), -1);
    }
}
