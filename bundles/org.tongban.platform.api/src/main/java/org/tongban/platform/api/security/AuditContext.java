package org.tongban.platform.api.security;

/** Holds per-request facts the audit log records. */
final class AuditContext {
    static final ThreadLocal<String> REMOTE_ADDRESS = new ThreadLocal<>();

    private AuditContext() {}
}
