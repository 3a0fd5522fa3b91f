package org.tongban.worktime.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.worktime.HolidayYear;

/**
 * The holiday data in use: the shipped years overlaid with the years loaded at run time ({@code
 * worktime_holiday_year}). Every node re-reads the table when its copy is older than the calendar cache, so a year
 * loaded on one node reaches the others within that time.
 */
final class LoadedHolidays {
    private final Transactions transactions;
    private final HolidayData shipped;
    private final long refreshMillis;
    private volatile State state;

    /** The data in use, the loaded years' facts, and the table's fingerprint it was built from. */
    private record State(HolidayData data, Map<Integer, Loaded> loaded, String fingerprint, long readAt) {}

    private record Loaded(String by, Instant at) {}

    LoadedHolidays(Transactions transactions, HolidayData shipped, Settings settings) {
        this.transactions = transactions;
        this.shipped = shipped;
        this.refreshMillis = settings.cacheMillis();
        this.state = new State(shipped, Map.of(), "", Long.MIN_VALUE / 2);
    }

    /** The data in use, re-read from the table at most once per calendar cache period. */
    HolidayData current() {
        State current = state;
        if (System.currentTimeMillis() - current.readAt() >= refreshMillis) {
            refresh();
        }
        return state.data();
    }

    /** Re-reads the table now; parses the loaded years again only when they changed. */
    synchronized void refresh() {
        State current = state;
        state = transactions.read(connection -> {
            String fingerprint = String.join(
                    ";",
                    Jdbc.list(
                            connection,
                            "SELECT notice_year, loaded_at FROM worktime_holiday_year ORDER BY notice_year",
                            rows -> rows.getInt("notice_year") + "@" + Jdbc.instant(rows, "loaded_at")));
            long now = System.currentTimeMillis();
            if (fingerprint.equals(current.fingerprint())) {
                return new State(current.data(), current.loaded(), fingerprint, now);
            }
            HolidayData data = shipped;
            Map<Integer, Loaded> loaded = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                            "SELECT notice_year, content, loaded_by, loaded_at FROM worktime_holiday_year ORDER BY notice_year");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    data = data.withYear(HolidayFile.parse(rows.getString("content")));
                    loaded.put(
                            rows.getInt("notice_year"),
                            new Loaded(rows.getString("loaded_by"), Jdbc.instant(rows, "loaded_at")));
                }
            }
            return new State(data, Map.copyOf(loaded), fingerprint, now);
        });
    }

    /** Stores a year in the caller's transaction, replacing an earlier load of it. */
    void store(Connection connection, HolidayFile file, String user, Instant at) throws SQLException {
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM worktime_holiday_year WHERE notice_year = ?")) {
            delete.setInt(1, file.year());
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO worktime_holiday_year (notice_year, content, loaded_by, loaded_at) VALUES (?, ?, ?, ?)")) {
            insert.setInt(1, file.year());
            insert.setString(2, file.toJson());
            insert.setString(3, user);
            Jdbc.setInstant(insert, 4, at);
            insert.executeUpdate();
        }
    }

    /** A covered year as the API shows it. */
    HolidayYear describe(int year) {
        State current = state;
        HolidayFile file = current.data().year(year);
        Loaded loaded = current.loaded().get(year);
        return new HolidayYear(
                year,
                loaded == null ? HolidayYear.Source.SHIPPED : HolidayYear.Source.LOADED,
                file == null ? List.of() : file.papers(),
                file == null ? 0 : (int) file.offDayCount(),
                file == null ? 0 : (int) file.makeUpDayCount(),
                loaded == null ? null : loaded.by(),
                loaded == null ? null : loaded.at());
    }
}
