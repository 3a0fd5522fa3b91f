package org.tongban.search.ui.console;

import java.util.ArrayList;
import java.util.List;
import org.tongban.platform.api.security.AuditEntry;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.ChainVerification;

/** Keeps the actions recorded, as "action target" lines. */
final class RecordingAuditLog implements AuditLog {
    final List<String> actions = new ArrayList<>();

    @Override
    public void record(String action, String target, String detail) {
        actions.add(action + " " + target);
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        return List.of();
    }

    @Override
    public ChainVerification verify() {
        throw new UnsupportedOperationException();
    }
}
