package org.tongban.hall.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Transactions;

/** Gap-free numbers per hall, day and prefix: the counter row is raised under its row lock. */
final class Numbers {
    private Numbers() {}

    static String next(Transactions tx, Connection c, long hallId, LocalDate day, String prefix) throws SQLException {
        String raise =
                "UPDATE hall_counter SET last_value = last_value + 1 WHERE hall_id = ? AND visit_day = ? AND prefix = ?";
        if (Jdbc.update(c, raise, hallId, day, prefix) == 0) {
            try {
                // The day's first number: the row is created on its own, so that a racing creator only loses that.
                tx.requiresNew(n -> Jdbc.update(
                        n,
                        "INSERT INTO hall_counter (hall_id, visit_day, prefix, last_value) VALUES (?, ?, ?, 0)",
                        hallId,
                        day,
                        prefix));
            } catch (RuntimeException createdByAnother) {
                // the other transaction created it; raising it below works either way
            }
            if (Jdbc.update(c, raise, hallId, day, prefix) == 0) {
                throw new SQLException("hall counter missing for hall " + hallId);
            }
        }
        int value = Jdbc.one(
                        c,
                        "SELECT last_value FROM hall_counter WHERE hall_id = ? AND visit_day = ? AND prefix = ?",
                        row -> row.getInt(1),
                        hallId,
                        day,
                        prefix)
                .orElseThrow();
        return prefix + String.format("%03d", value);
    }
}
