package org.tongban.platform.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The digest of each owner's changelog as last applied. Liquibase reads and checksums every changelog at every start
 * even when nothing changed, which is most of a start's database work; an owner whose changelog has the digest
 * recorded here is known to be applied and is not handed to Liquibase at all. The table is the platform's own, outside
 * Liquibase, so that reading it costs one query.
 */
final class ChangelogDigests {

    static final String TABLE = "TONGBAN_CHANGELOG_DIGEST";

    private ChangelogDigests() {}

    /** Whether {@code owner}'s changelog was applied with exactly this digest; false when nothing is recorded. */
    static boolean applied(Connection connection, String owner, String digest) throws SQLException {
        if (!exists(connection)) {
            return false;
        }
        try (PreparedStatement query =
                connection.prepareStatement("SELECT DIGEST FROM " + TABLE + " WHERE OWNER = ?")) {
            query.setString(1, owner);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && digest.equals(row.getString(1));
            }
        }
    }

    /**
     * Records the digest in a transaction of its own, after the migration committed. A failure here (say, two nodes
     * creating the table at once) only means that the next start hands the changelog to Liquibase again.
     */
    static void record(Connection connection, String owner, String digest) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE IF NOT EXISTS " + TABLE
                    + " (OWNER VARCHAR(255) PRIMARY KEY, DIGEST VARCHAR(64) NOT NULL)");
            connection.commit();
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE OWNER = ?");
                    PreparedStatement insert =
                            connection.prepareStatement("INSERT INTO " + TABLE + " (OWNER, DIGEST) VALUES (?, ?)")) {
                delete.setString(1, owner);
                delete.executeUpdate();
                insert.setString(1, owner);
                insert.setString(2, digest);
                insert.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    private static boolean exists(Connection connection) throws SQLException {
        String schema = connection.getSchema();
        for (String name : new String[] {TABLE, TABLE.toLowerCase(java.util.Locale.ROOT)}) {
            try (ResultSet tables = connection.getMetaData().getTables(null, schema, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
