package org.tongban.worktime.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.worktime.OfficeHours;
import org.tongban.worktime.ServiceHall;
import org.tongban.worktime.WorktimeException;

/** Rows of {@code worktime_hall}, with each hall's seasons and date hours. */
final class HallRows {
    private HallRows() {}

    private record Head(String code, String name, String periods) {}

    static List<ServiceHall> halls(Connection connection, String jurisdictionCode) throws SQLException {
        List<Head> heads = Jdbc.list(
                connection,
                "SELECT hall_code, name, periods FROM worktime_hall WHERE jurisdiction_code = ? ORDER BY hall_code",
                rows -> new Head(rows.getString("hall_code"), rows.getString("name"), rows.getString("periods")),
                jurisdictionCode);
        List<ServiceHall> halls = new ArrayList<>();
        for (Head head : heads) {
            halls.add(hall(connection, jurisdictionCode, head));
        }
        return halls;
    }

    static Optional<ServiceHall> find(Connection connection, String jurisdictionCode, String hallCode)
            throws SQLException {
        List<Head> heads = Jdbc.list(
                connection,
                "SELECT hall_code, name, periods FROM worktime_hall WHERE jurisdiction_code = ? AND hall_code = ?",
                rows -> new Head(rows.getString("hall_code"), rows.getString("name"), rows.getString("periods")),
                jurisdictionCode,
                hallCode);
        return heads.isEmpty() ? Optional.empty() : Optional.of(hall(connection, jurisdictionCode, heads.getFirst()));
    }

    /** The hall, or a Chinese message naming what is unknown. */
    static ServiceHall require(Connection connection, String jurisdictionCode, String hallCode) throws SQLException {
        ServiceHall.checkCode(hallCode);
        return find(connection, jurisdictionCode, hallCode)
                .orElseThrow(
                        () -> new WorktimeException("未知的服务大厅：" + hallCode + "（行政区划 " + jurisdictionCode + " 下没有这个大厅）"));
    }

    /** Adds the hall, or changes its name and base hours ({@code periods} null: the jurisdiction's). */
    static boolean save(
            Connection connection, String jurisdictionCode, String hallCode, String name, String periods, String user)
            throws SQLException {
        Instant now = Instant.now();
        if (Jdbc.update(
                        connection,
                        "UPDATE worktime_hall SET name = ?, periods = ?, changed_by = ?, changed_at = ?"
                                + " WHERE jurisdiction_code = ? AND hall_code = ?",
                        name,
                        periods,
                        user,
                        now,
                        jurisdictionCode,
                        hallCode)
                > 0) {
            return false;
        }
        Jdbc.update(
                connection,
                "INSERT INTO worktime_hall (jurisdiction_code, hall_code, name, periods, changed_by, changed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                jurisdictionCode,
                hallCode,
                name,
                periods,
                user,
                now);
        return true;
    }

    private static ServiceHall hall(Connection connection, String jurisdictionCode, Head head) throws SQLException {
        HoursScope scope = new HoursScope(jurisdictionCode, head.code());
        return new ServiceHall(
                jurisdictionCode,
                head.code(),
                head.name(),
                head.periods() == null ? null : OfficeHours.parse(head.periods()),
                scope.seasons(connection),
                scope.dateHours(connection));
    }
}
