package org.tongban.platform.console.internal;

import java.util.Locale;

/** A start or stop that was refused or failed; the reason maps to a message key so the view can translate it. */
public class BundleOperationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the operation did not happen. */
    public enum Reason {
        NOT_FOUND,
        SYSTEM_BUNDLE,
        CONSOLE_BUNDLE,
        FRAMEWORK_BUNDLE,
        CONSOLE_NEEDS_IT,
        FRAGMENT,
        FAILED;

        /** Message key, for example {@code console.bundles.refused.system_bundle}; takes the bundle name as {0}. */
        public String messageKey() {
            return "console.bundles.refused." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;
    private final String bundleName;

    public BundleOperationException(Reason reason, String bundleName, Throwable cause) {
        super(reason + " " + bundleName, cause);
        this.reason = reason;
        this.bundleName = bundleName;
    }

    public Reason reason() {
        return reason;
    }

    public String bundleName() {
        return bundleName;
    }
}
