package org.tongban.itests.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * What each user may do, read from the security tables of a running instance and judged by the documented rule
 * rather than by the product's code: a role's {@code domain:action} ({@code *} matching any part) is granted at the
 * user's jurisdiction and covers that jurisdiction and its subtree.
 */
public final class Grants {

    private final Map<String, Set<String>> permissions = new HashMap<>();
    private final Map<String, String> jurisdictionOf = new HashMap<>();
    private final Map<String, String> paths = new HashMap<>();

    private Grants() {}

    public static Grants read(DataSource database) throws SQLException {
        Grants grants = new Grants();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT username, jurisdiction_code FROM sec_user")) {
                while (rows.next()) {
                    grants.jurisdictionOf.put(rows.getString(1), rows.getString(2));
                    grants.permissions.put(rows.getString(1), new HashSet<>());
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT ur.username, rp.permission FROM sec_user_role ur"
                    + " JOIN sec_role_permission rp ON rp.role_name = ur.role_name")) {
                while (rows.next()) {
                    grants.permissions.get(rows.getString(1)).add(rows.getString(2));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT code, path FROM sec_jurisdiction")) {
                while (rows.next()) {
                    grants.paths.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return grants;
    }

    /** Every user of the instance. */
    public Set<String> users() {
        return permissions.keySet();
    }

    /** The user's home jurisdiction. */
    public String jurisdictionOf(String username) {
        return jurisdictionOf.get(username);
    }

    /** Whether the user holds the permission anywhere; an anonymous visitor ({@code null}) holds none. */
    public boolean holds(String username, String permission) {
        return username != null && permissions.get(username).stream().anyMatch(g -> implies(g, permission));
    }

    /** Whether the user holds the permission for the jurisdiction with this code. */
    public boolean holds(String username, String permission, String jurisdictionCode) {
        String home = paths.get(jurisdictionOf.get(username));
        String target = paths.get(jurisdictionCode);
        return holds(username, permission) && home != null && target != null && target.startsWith(home);
    }

    private static boolean implies(String granted, String wanted) {
        String[] g = granted.split(":");
        String[] w = wanted.split(":");
        return covers(g[0], w[0]) && covers(g[1], w[1]);
    }

    private static boolean covers(String granted, String wanted) {
        return granted.equals("*") || granted.equals(wanted);
    }
}
