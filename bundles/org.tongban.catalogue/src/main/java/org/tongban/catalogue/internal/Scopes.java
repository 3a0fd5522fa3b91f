package org.tongban.catalogue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;

/** Turns jurisdictions into the code lists that queries filter on. */
final class Scopes {

    private Scopes() {}

    /** The jurisdiction and its ancestors; empty when unknown or {@code null}. */
    static List<String> ancestry(Jurisdictions jurisdictions, String code) {
        return code == null
                ? List.of()
                : jurisdictions.ancestry(code).stream().map(Jurisdiction::code).toList();
    }

    /**
     * The codes of a subtree that occur in a column. Only the codes in use are tested, so that the list stays short
     * however many towns and villages the tree has.
     */
    static List<String> subtree(Connection c, Jurisdictions jurisdictions, String root, String table)
            throws SQLException {
        return Jdbc.list(c, "SELECT DISTINCT jurisdiction_code FROM " + table, r -> r.getString(1)).stream()
                .filter(code -> jurisdictions.contains(root, code))
                .sorted()
                .toList();
    }
}
