package org.tongban.search.internal;

import java.util.ArrayList;
import java.util.List;
import org.tongban.platform.api.security.AuditEntry;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.ChainVerification;

/** Keeps what the service records; the hash chain belongs to the security bundle and is not faked here. */
final class RecordingAuditLog implements AuditLog {
    record Recorded(String action, String target, String detail) {}

    final List<Recorded> entries = new ArrayList<>();

    @Override
    public void record(String action, String target, String detail) {
        entries.add(new Recorded(action, target, detail));
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
