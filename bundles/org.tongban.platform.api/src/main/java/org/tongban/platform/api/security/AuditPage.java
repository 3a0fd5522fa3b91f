package org.tongban.platform.api.security;

import java.util.List;

/** One page of audit entries, newest first, and how many entries match in all. */
public record AuditPage(List<AuditEntry> entries, long total) {
    public AuditPage {
        entries = List.copyOf(entries);
    }
}
