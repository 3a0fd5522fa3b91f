package org.tongban.platform.api.security;

/** Thrown by a service when the current user lacks a permission; the message is fit to show to the user. */
public class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String permission;
    private final String jurisdictionCode;

    public AccessDeniedException(String permission, String jurisdictionCode) {
        super("无权执行此操作（" + permission + (jurisdictionCode == null ? "" : " @ " + jurisdictionCode) + "）");
        this.permission = permission;
        this.jurisdictionCode = jurisdictionCode;
    }

    /** The permission that was missing. */
    public String permission() {
        return permission;
    }

    /** The jurisdiction the check was for, or {@code null} for an unscoped check. */
    public String jurisdictionCode() {
        return jurisdictionCode;
    }
}
