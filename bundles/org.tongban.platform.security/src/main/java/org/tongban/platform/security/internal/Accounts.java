package org.tongban.platform.security.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.security.UserAccount;

/** Users, their roles and role permissions in the {@code sec_} tables. */
final class Accounts {
    private static final String USER_COLUMNS =
            "username, display_name, jurisdiction_code, password_hash, enabled, must_change_password";

    /** A row of {@code sec_user}. */
    record User(
            String username,
            String displayName,
            String jurisdictionCode,
            String passwordHash,
            boolean enabled,
            boolean mustChangePassword) {}

    /**
     * What a user may do: granted permissions at the home jurisdiction's path.
     *
     * @param enabled the account is enabled
     * @param passwordChanged the account is not waiting for a password change
     */
    record Grants(boolean enabled, boolean passwordChanged, String path, List<String> permissions) {

        /** Whether a password login may use the grants. */
        boolean active() {
            return enabled && passwordChanged;
        }
    }

    private final Transactions tx;

    Accounts(Transactions tx) {
        this.tx = tx;
    }

    Optional<User> find(String username) {
        return tx.read(c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT " + USER_COLUMNS + " FROM sec_user WHERE username = ?")) {
                ps.setString(1, username);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(user(rs)) : Optional.empty();
                }
            }
        });
    }

    boolean any() {
        return tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM sec_user");
                    ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        });
    }

    void setPassword(String username, String hash, boolean mustChange) {
        tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE sec_user SET password_hash = ?, must_change_password = ? WHERE username = ?")) {
                ps.setString(1, hash);
                ps.setBoolean(2, mustChange);
                ps.setString(3, username);
                return ps.executeUpdate();
            }
        });
    }

    void create(
            String username,
            String displayName,
            String jurisdictionCode,
            String hash,
            boolean mustChange,
            List<String> roles,
            Instant now) {
        tx.required(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sec_user (username, display_name,"
                    + " jurisdiction_code, password_hash, enabled, must_change_password, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, username);
                ps.setString(2, displayName);
                ps.setString(3, jurisdictionCode);
                ps.setString(4, hash);
                ps.setBoolean(5, true);
                ps.setBoolean(6, mustChange);
                Jdbc.setInstant(ps, 7, now);
                ps.executeUpdate();
            }
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO sec_user_role (username, role_name) VALUES (?, ?)")) {
                for (String role : roles) {
                    ps.setString(1, username);
                    ps.setString(2, role);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    List<String> roles(String username) {
        return strings("SELECT role_name FROM sec_user_role WHERE username = ? ORDER BY role_name", username);
    }

    List<String> roleNames() {
        return strings("SELECT name FROM sec_role ORDER BY name");
    }

    /** Role name to title, in name order; the name stands in for a missing title. */
    java.util.Map<String, String> roleTitles() {
        return tx.read(c -> {
            java.util.Map<String, String> titles = new java.util.LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name, title FROM sec_role ORDER BY name");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String title = rs.getString(2);
                    titles.put(rs.getString(1), title == null || title.isBlank() ? rs.getString(1) : title);
                }
            }
            return titles;
        });
    }

    List<String> permissions(String role) {
        return strings("SELECT permission FROM sec_role_permission WHERE role_name = ? ORDER BY permission", role);
    }

    /** The user's permissions and where they apply; inactive when disabled, unknown or waiting for a new password. */
    Grants grants(String username) {
        return tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT u.enabled, u.must_change_password, j.path,"
                    + " rp.permission FROM sec_user u JOIN sec_jurisdiction j ON j.code = u.jurisdiction_code"
                    + " LEFT JOIN sec_user_role ur ON ur.username = u.username"
                    + " LEFT JOIN sec_role_permission rp ON rp.role_name = ur.role_name WHERE u.username = ?")) {
                ps.setString(1, username);
                try (ResultSet rs = ps.executeQuery()) {
                    boolean enabled = false;
                    boolean passwordChanged = false;
                    String path = null;
                    List<String> permissions = new ArrayList<>();
                    while (rs.next()) {
                        enabled = rs.getBoolean(1);
                        passwordChanged = !rs.getBoolean(2);
                        path = rs.getString(3);
                        if (rs.getString(4) != null) {
                            permissions.add(rs.getString(4));
                        }
                    }
                    return new Grants(enabled, passwordChanged, path, permissions);
                }
            }
        });
    }

    /** Accounts whose home jurisdiction lies in the subtree with this path, by username. */
    List<UserAccount> listUnder(String path) {
        return tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT u.username, u.display_name, u.jurisdiction_code,"
                    + " (SELECT MAX(f.locked_until) FROM sec_login_failure f WHERE f.username = u.username)"
                    + " AS locked_until, u.must_change_password, ur.role_name FROM sec_user u"
                    + " JOIN sec_jurisdiction j ON j.code = u.jurisdiction_code"
                    + " LEFT JOIN sec_user_role ur ON ur.username = u.username"
                    + " WHERE j.path LIKE ? ORDER BY u.username, ur.role_name")) {
                ps.setString(1, path + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    Map<String, UserAccount> accounts = new LinkedHashMap<>();
                    Map<String, List<String>> roles = new HashMap<>();
                    while (rs.next()) {
                        String name = rs.getString(1);
                        if (!accounts.containsKey(name)) {
                            accounts.put(
                                    name,
                                    new UserAccount(
                                            name,
                                            rs.getString(2),
                                            rs.getString(3),
                                            List.of(),
                                            Jdbc.instant(rs, "locked_until"),
                                            rs.getBoolean(5)));
                            roles.put(name, new ArrayList<>());
                        }
                        if (rs.getString(6) != null) {
                            roles.get(name).add(rs.getString(6));
                        }
                    }
                    return accounts.values().stream()
                            .map(a -> new UserAccount(
                                    a.username(),
                                    a.displayName(),
                                    a.jurisdictionCode(),
                                    List.copyOf(roles.get(a.username())),
                                    a.lockedUntil(),
                                    a.mustChangePassword()))
                            .toList();
                }
            }
        });
    }

    private List<String> strings(String sql, String... parameters) {
        return tx.read(c -> strings(c, sql, parameters));
    }

    private static List<String> strings(Connection c, String sql, String... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<String> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(rs.getString(1));
                }
                return result;
            }
        }
    }

    private static User user(ResultSet rs) throws SQLException {
        return new User(
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("jurisdiction_code"),
                rs.getString("password_hash"),
                rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"));
    }
}
