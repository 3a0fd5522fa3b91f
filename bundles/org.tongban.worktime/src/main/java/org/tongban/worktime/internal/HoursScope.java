package org.tongban.worktime.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.worktime.DateHours;
import org.tongban.worktime.OfficeHours;
import org.tongban.worktime.SeasonalHours;

/**
 * Whose seasons and date hours: a jurisdiction's ({@code hallCode} null) or one of its service halls'. Both keep the
 * same rows in tables of their own, so that the jurisdiction's keys stay as they were.
 */
record HoursScope(String jurisdictionCode, String hallCode) {

    private String seasonTable() {
        return hallCode == null ? "worktime_office_season" : "worktime_hall_season";
    }

    private String dateTable() {
        return hallCode == null ? "worktime_date_hours" : "worktime_hall_date_hours";
    }

    private String where() {
        return hallCode == null ? " WHERE jurisdiction_code = ?" : " WHERE jurisdiction_code = ? AND hall_code = ?";
    }

    private String keyColumns() {
        return hallCode == null ? "jurisdiction_code" : "jurisdiction_code, hall_code";
    }

    private String keyMarks() {
        return hallCode == null ? "?" : "?, ?";
    }

    private Object[] keys(Object... more) {
        Object[] own = hallCode == null ? new Object[] {jurisdictionCode} : new Object[] {jurisdictionCode, hallCode};
        Object[] all = new Object[own.length + more.length];
        System.arraycopy(own, 0, all, 0, own.length);
        System.arraycopy(more, 0, all, own.length, more.length);
        return all;
    }

    /** The audit target of a change in this scope. */
    String auditTarget() {
        return "calendar/" + jurisdictionCode + (hallCode == null ? "" : "/hall/" + hallCode);
    }

    List<SeasonalHours> seasons(Connection connection) throws SQLException {
        return Jdbc.list(
                connection,
                "SELECT from_day, to_day, periods FROM " + seasonTable() + where() + " ORDER BY from_day",
                rows -> new SeasonalHours(
                        MonthDay.parse("--" + rows.getString("from_day")),
                        MonthDay.parse("--" + rows.getString("to_day")),
                        OfficeHours.parse(rows.getString("periods"))),
                keys());
    }

    List<DateHours> dateHours(Connection connection) throws SQLException {
        return Jdbc.list(
                connection,
                "SELECT local_date, periods, note FROM " + dateTable() + where() + " ORDER BY local_date",
                rows -> new DateHours(
                        jurisdictionCode,
                        rows.getObject("local_date", LocalDate.class),
                        OfficeHours.parse(rows.getString("periods")),
                        rows.getString("note")),
                keys());
    }

    void replaceSeasons(Connection connection, List<SeasonalHours> seasons, String user) throws SQLException {
        Jdbc.update(connection, "DELETE FROM " + seasonTable() + where(), keys());
        for (SeasonalHours season : seasons) {
            Jdbc.update(
                    connection,
                    "INSERT INTO " + seasonTable() + " (" + keyColumns()
                            + ", from_day, to_day, periods, changed_by, changed_at) VALUES (" + keyMarks()
                            + ", ?, ?, ?, ?, ?)",
                    keys(
                            monthDay(season.from()),
                            monthDay(season.to()),
                            season.hours().toString(),
                            user,
                            Instant.now()));
        }
    }

    void setDateHours(Connection connection, LocalDate date, OfficeHours hours, String note, String user)
            throws SQLException {
        removeDateHours(connection, date);
        Jdbc.update(
                connection,
                "INSERT INTO " + dateTable() + " (" + keyColumns()
                        + ", local_date, periods, note, changed_by, changed_at) VALUES (" + keyMarks()
                        + ", ?, ?, ?, ?, ?)",
                keys(date, hours.toString(), note, user, Instant.now()));
    }

    /** Whether there was a row to remove. */
    boolean removeDateHours(Connection connection, LocalDate date) throws SQLException {
        return Jdbc.update(connection, "DELETE FROM " + dateTable() + where() + " AND local_date = ?", keys(date)) > 0;
    }

    static String monthDay(MonthDay day) {
        return String.format("%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
    }
}
