package org.tongban.platform.security.internal;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.shiro.authz.Permission;

/**
 * A {@code domain:action} permission at a jurisdiction, identified by its materialised path. A grant implies the same
 * domain and action ({@code *} matches any) at its own jurisdiction and everywhere in its subtree, nothing outside it.
 * A requested permission without a path asks whether the permission is held anywhere.
 */
public final class ScopedPermission implements Permission, Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern PART = Pattern.compile("\\*|[a-z][a-z0-9._-]*");
    private static final String ANY = "*";

    private final String domain;
    private final String action;
    private final String path;

    private ScopedPermission(String domain, String action, String path) {
        this.domain = domain;
        this.action = action;
        this.path = path;
    }

    /**
     * Parses {@code domain:action}; {@code path} is a materialised path such as {@code /370000/370100/}, or
     * {@code null} for "anywhere".
     */
    public static ScopedPermission of(String permission, String path) {
        String[] parts = permission == null ? new String[0] : permission.split(":", -1);
        if (parts.length != 2
                || !PART.matcher(parts[0]).matches()
                || !PART.matcher(parts[1]).matches()) {
            throw new IllegalArgumentException("Permission must be domain:action, got: " + permission);
        }
        return new ScopedPermission(parts[0], parts[1], path);
    }

    @Override
    public boolean implies(Permission permission) {
        if (!(permission instanceof ScopedPermission other)) {
            return false;
        }
        return covers(domain, other.domain)
                && covers(action, other.action)
                && (other.path == null || (path != null && other.path.startsWith(path)));
    }

    private static boolean covers(String granted, String requested) {
        return ANY.equals(granted) || granted.equals(requested);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScopedPermission other
                && domain.equals(other.domain)
                && action.equals(other.action)
                && Objects.equals(path, other.path);
    }

    @Override
    public int hashCode() {
        return Objects.hash(domain, action, path);
    }

    @Override
    public String toString() {
        return domain + ":" + action + (path == null ? "" : "@" + path);
    }
}
