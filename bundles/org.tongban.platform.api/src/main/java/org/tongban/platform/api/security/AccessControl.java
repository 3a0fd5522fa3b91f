package org.tongban.platform.api.security;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Checks what the current user may do. Services call it themselves before they read or change data: hiding a button
 * is never the check.
 *
 * <p>Permissions are {@code domain:action} strings scoped to a jurisdiction: a grant at a jurisdiction covers that
 * jurisdiction and its whole subtree, never its parent or siblings.
 */
@ProviderType
public interface AccessControl {

    /** The user bound to this thread, if any. */
    Optional<CurrentUser> currentUser();

    /** Whether the current user holds {@code permission} anywhere. */
    boolean isPermitted(String permission);

    /** Whether the current user holds {@code permission} for the jurisdiction with this division code. */
    boolean isPermitted(String permission, String jurisdictionCode);

    /**
     * Throws {@link AccessDeniedException} unless the current user holds {@code permission} for the jurisdiction; a
     * denial is written to the audit log.
     */
    void check(String permission, String jurisdictionCode);

    /** Throws {@link AccessDeniedException} unless the current user holds {@code permission} anywhere. */
    void check(String permission);

    /**
     * Wraps work that a view hands to another thread (a long rebuild or import), so that it runs as the current user:
     * the same permission checks and the same audit attribution, as long as the user's session is alive. The default
     * returns the work unchanged, which suits implementations that do not bind users to threads.
     */
    default Runnable asCurrentUser(Runnable work) {
        return work;
    }
}
