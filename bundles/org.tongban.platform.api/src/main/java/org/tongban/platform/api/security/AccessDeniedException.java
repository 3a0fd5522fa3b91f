package org.tongban.platform.api.security;

import org.tongban.platform.api.i18n.Localized;
import org.tongban.platform.api.i18n.LocalizedMessage;

/**
 * Thrown by a service when the current user lacks a permission; the message is fit to show to the user, in Simplified
 * Chinese from {@link #getMessage()} and in the user's language from {@link #message(java.util.Locale)}.
 */
public class AccessDeniedException extends RuntimeException implements Localized {
    private static final long serialVersionUID = 1L;

    private final String permission;
    private final String jurisdictionCode;

    public AccessDeniedException(String permission, String jurisdictionCode) {
        super(message(permission, jurisdictionCode).format(java.util.Locale.SIMPLIFIED_CHINESE));
        this.permission = permission;
        this.jurisdictionCode = jurisdictionCode;
    }

    private static LocalizedMessage message(String permission, String jurisdictionCode) {
        return LocalizedMessage.of(
                AccessDeniedException.class,
                "i18n/platform-api",
                "access.denied",
                permission + (jurisdictionCode == null ? "" : " @ " + jurisdictionCode));
    }

    @Override
    public LocalizedMessage localizedMessage() {
        return message(permission, jurisdictionCode);
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
