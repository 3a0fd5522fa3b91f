package org.tongban.platform.security.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.security.Jurisdiction;

/**
 * Reads a nested jurisdiction tree ({@code {"code", "name", "level", "children": [...]}}) and upserts it. The file is
 * authoritative for the entries it lists: names, levels, parents and paths are brought in line, subtrees follow when
 * an entry moves. Entries not in the file are kept.
 */
final class JurisdictionSeed {

    /** One entry of the seed file. */
    record Node(String code, String name, Jurisdiction.Level level, List<Node> children) {
        List<Node> childrenOrEmpty() {
            return children == null ? List.of() : children;
        }
    }

    private JurisdictionSeed() {}

    static Node read(InputStream in) throws IOException {
        Node root = new ObjectMapper().readValue(in, Node.class);
        validate(root, null);
        return root;
    }

    private static void validate(Node node, Node parent) {
        if (node == null || !JdbcJurisdictions.isCode(node.code())) {
            throw new IllegalArgumentException(
                    "Invalid code " + (node == null ? null : node.code()) + ": expected 6, 9 or 12 digits");
        }
        if (node.name() == null || node.name().isBlank() || node.level() == null) {
            throw new IllegalArgumentException("Jurisdiction " + node.code() + " needs a name and a level");
        }
        if (parent != null && node.level().ordinal() <= parent.level().ordinal()) {
            throw new IllegalArgumentException("Jurisdiction " + node.code() + " must be below its parent's level");
        }
        node.childrenOrEmpty().forEach(child -> validate(child, node));
    }

    /** The level a code's shape suggests: xx0000 province, xxxx00 city, other 6 digits county, then town, village. */
    static Jurisdiction.Level levelOf(String code) {
        return switch (code.length()) {
            case 12 -> Jurisdiction.Level.VILLAGE;
            case 9 -> Jurisdiction.Level.TOWN;
            default ->
                code.endsWith("0000")
                        ? Jurisdiction.Level.PROVINCE
                        : code.endsWith("00") ? Jurisdiction.Level.CITY : Jurisdiction.Level.COUNTY;
        };
    }

    /** Upserts the tree in one transaction; returns the number of entries in the file. */
    static int apply(Transactions tx, Node root) {
        return tx.required(c -> upsert(c, root, null, "/"));
    }

    private static int upsert(Connection c, Node node, String parentCode, String parentPath) throws SQLException {
        String path = parentPath + node.code() + "/";
        String oldPath = null;
        boolean same = false;
        try (PreparedStatement ps =
                c.prepareStatement("SELECT name, level, parent_code, path FROM sec_jurisdiction WHERE code = ?")) {
            ps.setString(1, node.code());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    oldPath = rs.getString("path");
                    same = node.name().equals(rs.getString("name"))
                            && node.level().name().equals(rs.getString("level"))
                            && Objects.equals(parentCode, rs.getString("parent_code"))
                            && path.equals(oldPath);
                }
            }
        }
        if (oldPath == null) {
            insert(c, node, parentCode, path);
        } else if (!same) {
            update(c, node, parentCode, path, oldPath);
        }
        int count = 1;
        for (Node child : node.childrenOrEmpty()) {
            count += upsert(c, child, node.code(), path);
        }
        return count;
    }

    private static void insert(Connection c, Node node, String parentCode, String path) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sec_jurisdiction (code, name, level, parent_code, path) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, node.code());
            ps.setString(2, node.name());
            ps.setString(3, node.level().name());
            ps.setString(4, parentCode);
            ps.setString(5, path);
            ps.executeUpdate();
        }
    }

    private static void update(Connection c, Node node, String parentCode, String path, String oldPath)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE sec_jurisdiction SET name = ?, level = ?, parent_code = ?, path = ? WHERE code = ?")) {
            ps.setString(1, node.name());
            ps.setString(2, node.level().name());
            ps.setString(3, parentCode);
            ps.setString(4, path);
            ps.setString(5, node.code());
            ps.executeUpdate();
        }
        if (!path.equals(oldPath)) {
            // The entry moved: re-root the paths of everything below it.
            try (PreparedStatement ps = c.prepareStatement("UPDATE sec_jurisdiction SET path = CONCAT(?, SUBSTRING(path"
                    + " FROM ?)) WHERE path LIKE ? AND code <> ?")) {
                ps.setString(1, path);
                ps.setInt(2, oldPath.length() + 1);
                ps.setString(3, oldPath + "%");
                ps.setString(4, node.code());
                ps.executeUpdate();
            }
        }
    }
}
