package org.tongban.ops;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The Liquibase changesets a database has applied, in the order they ran. */
final class Changelog {

    private Changelog() {}

    static List<String> applied(Connection connection) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT filename, id, author FROM databasechangelog ORDER BY orderexecuted, dateexecuted")) {
            while (rows.next()) {
                ids.add(rows.getString(1) + "::" + rows.getString(2) + "::" + rows.getString(3));
            }
        }
        return ids;
    }
}
