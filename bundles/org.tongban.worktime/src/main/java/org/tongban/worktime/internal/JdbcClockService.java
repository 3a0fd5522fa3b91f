package org.tongban.worktime.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.worktime.CalendarService;
import org.tongban.worktime.Clock;
import org.tongban.worktime.ClockEvent;
import org.tongban.worktime.ClockEvent.Kind;
import org.tongban.worktime.ClockRequest;
import org.tongban.worktime.ClockService;
import org.tongban.worktime.ClockState;
import org.tongban.worktime.LimitUnit;
import org.tongban.worktime.Progress;
import org.tongban.worktime.ReportRow;
import org.tongban.worktime.WorkCalendar;
import org.tongban.worktime.WorktimeException;

/** Clocks in {@code worktime_clock}, their history in {@code worktime_clock_event}. */
@Component(service = ClockService.class, configurationPid = WorktimeConfig.PID)
public final class JdbcClockService implements ClockService {
    private static final int MAX_TEXT = 100;
    private static final int MAX_REASON = 500;

    private final Database database;
    private final CalendarService calendars;
    private final AccessControl accessControl;
    private final Settings settings;
    private final java.time.Clock time;

    @Activate
    public JdbcClockService(
            @Reference Database database,
            @Reference CalendarService calendars,
            @Reference AccessControl accessControl,
            WorktimeConfig config) {
        this(database, calendars, accessControl, Settings.of(config), java.time.Clock.systemUTC());
    }

    JdbcClockService(
            Database database,
            CalendarService calendars,
            AccessControl accessControl,
            Settings settings,
            java.time.Clock time) {
        this.database = database;
        this.calendars = calendars;
        this.accessControl = accessControl;
        this.settings = settings;
        this.time = time;
    }

    @Override
    public Clock start(ClockRequest request) {
        validate(request);
        WorkCalendar calendar = calendars.calendar(request.jurisdictionCode());
        ClockRequest clean = new ClockRequest(
                request.objectType().strip(),
                request.objectId().strip(),
                request.jurisdictionCode(),
                blankToDash(request.department()),
                blankToDash(request.matterType()),
                request.limit(),
                request.unit(),
                Jdbc.truncate(request.acceptedAt()));
        Instant now = now();
        ClockMath math = new ClockMath(calendar, clean, 0, List.of());
        Instant deadline = math.deadline(now);
        Instant warningAt = math.warningAt(deadline, settings.warningWorkingDays(), settings.warningPercent(), now);
        return Jdbc.inTransaction(database.dataSource(), connection -> {
            long id;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO worktime_clock (object_type, object_id, jurisdiction_code, department, matter_type,"
                            + " limit_amount, limit_unit, extension_amount, state, started_at, deadline, warning_at,"
                            + " next_event_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, clean.objectType());
                insert.setString(2, clean.objectId());
                insert.setString(3, clean.jurisdictionCode());
                insert.setString(4, clean.department());
                insert.setString(5, clean.matterType());
                insert.setInt(6, clean.limit());
                insert.setString(7, clean.unit().name());
                insert.setString(8, ClockState.RUNNING.name());
                Jdbc.set(insert, 9, clean.acceptedAt());
                Jdbc.set(insert, 10, deadline);
                Jdbc.set(insert, 11, warningAt);
                Jdbc.set(insert, 12, warningAt);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            ClockRows.event(connection, new ClockEvent(id, Kind.START, clean.acceptedAt(), actor(), null, null, null));
            return new Clock(id, clean, 0, ClockState.RUNNING, deadline, warningAt, null, null);
        });
    }

    @Override
    public Clock pause(long clockId, String reason) {
        String cleanReason = text(reason, MAX_REASON, "暂停原因");
        return change(clockId, (row, history) -> {
            if (row.clock().state() != ClockState.RUNNING) {
                throw new WorktimeException("计时不在进行中，不能暂停：" + clockId);
            }
            return new ClockEvent(clockId, Kind.PAUSE, now(), actor(), cleanReason, null, null);
        });
    }

    @Override
    public Clock resume(long clockId) {
        return change(clockId, (row, history) -> {
            if (row.clock().state() != ClockState.PAUSED) {
                throw new WorktimeException("计时未暂停，不能恢复：" + clockId);
            }
            return new ClockEvent(clockId, Kind.RESUME, now(), actor(), null, null, null);
        });
    }

    @Override
    public Clock extend(long clockId, int amount, String approver, String reason) {
        if (amount <= 0) {
            throw new WorktimeException("延长的时限必须为正数：" + amount);
        }
        String cleanApprover = text(approver, MAX_TEXT, "批准人");
        String cleanReason = text(reason, MAX_REASON, "延期原因");
        return change(clockId, (row, history) -> {
            if (row.clock().state() == ClockState.COMPLETED) {
                throw new WorktimeException("计时已结束，不能延期：" + clockId);
            }
            return new ClockEvent(clockId, Kind.EXTEND, now(), actor(), cleanReason, amount, cleanApprover);
        });
    }

    @Override
    public Clock complete(long clockId) {
        return change(clockId, (row, history) -> {
            if (row.clock().state() == ClockState.COMPLETED) {
                throw new WorktimeException("计时已结束：" + clockId);
            }
            return new ClockEvent(clockId, Kind.COMPLETE, now(), actor(), null, null, null);
        });
    }

    private interface Transition {
        ClockEvent event(ClockRows.Row row, List<ClockEvent> history);
    }

    // Locks the row, checks the transition, recomputes deadline and warning from the whole history, writes both.
    private Clock change(long clockId, Transition transition) {
        return Jdbc.inTransaction(database.dataSource(), connection -> {
            ClockRows.Row row = ClockRows.find(connection, clockId, true)
                    .orElseThrow(() -> new WorktimeException("计时不存在：" + clockId));
            List<ClockEvent> history = new ArrayList<>(ClockRows.history(connection, clockId));
            ClockEvent event = transition.event(row, history);
            history.add(event);
            Clock old = row.clock();
            int extension = old.extension() + (event.kind() == Kind.EXTEND ? event.amount() : 0);
            ClockState state =
                    switch (event.kind()) {
                        case PAUSE -> ClockState.PAUSED;
                        case COMPLETE -> ClockState.COMPLETED;
                        case RESUME -> ClockState.RUNNING;
                        default -> old.state();
                    };
            Instant now = event.at();
            WorkCalendar calendar = calendars.calendar(old.request().jurisdictionCode());
            ClockMath math = new ClockMath(calendar, old.request(), extension, ClockRows.pauses(history));
            Instant deadline = math.deadline(now);
            Instant warningAt = math.warningAt(deadline, settings.warningWorkingDays(), settings.warningPercent(), now);
            boolean completed = state == ClockState.COMPLETED;
            Boolean onTime = completed ? !now.isAfter(deadline) : null;
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE worktime_clock SET extension_amount = ?, state = ?, deadline = ?, warning_at = ?,"
                            + " completed_at = ?, elapsed = ?, on_time = ?, next_event_at = ? WHERE id = ?")) {
                update.setInt(1, extension);
                update.setString(2, state.name());
                Jdbc.set(update, 3, deadline);
                Jdbc.set(update, 4, warningAt);
                Jdbc.set(update, 5, completed ? now : null);
                update.setObject(6, completed ? math.elapsed(now) : null);
                update.setObject(7, onTime);
                Jdbc.set(
                        update,
                        8,
                        ClockRows.nextEvent(state, warningAt, deadline, row.warningFiredAt(), row.overdueFiredAt()));
                update.setLong(9, clockId);
                update.executeUpdate();
            }
            ClockRows.event(connection, event);
            return new Clock(
                    clockId, old.request(), extension, state, deadline, warningAt, completed ? now : null, onTime);
        });
    }

    @Override
    public Optional<Clock> find(long clockId) {
        try (Connection connection = database.dataSource().getConnection()) {
            Optional<ClockRows.Row> row = ClockRows.find(connection, clockId, false);
            if (row.isPresent() && row.get().clock().state() == ClockState.PAUSED) {
                // The stored deadline of a paused clock is as of the pause; show it as if resumed now.
                return Optional.of(withDeadlineNow(connection, row.get().clock()));
            }
            return row.map(ClockRows.Row::clock);
        } catch (SQLException e) {
            throw new IllegalStateException("读取计时失败", e);
        }
    }

    private Clock withDeadlineNow(Connection connection, Clock clock) throws SQLException {
        Instant now = now();
        ClockMath math = new ClockMath(
                calendars.calendar(clock.request().jurisdictionCode()),
                clock.request(),
                clock.extension(),
                ClockRows.pauses(ClockRows.history(connection, clock.id())));
        Instant deadline = math.deadline(now);
        return new Clock(
                clock.id(),
                clock.request(),
                clock.extension(),
                clock.state(),
                deadline,
                math.warningAt(deadline, settings.warningWorkingDays(), settings.warningPercent(), now),
                null,
                null);
    }

    @Override
    public List<Clock> findByObject(String objectType, String objectId) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT " + ClockRows.COLUMNS
                        + " FROM worktime_clock WHERE object_type = ? AND object_id = ? ORDER BY id DESC")) {
            select.setString(1, objectType);
            select.setString(2, objectId);
            List<Clock> clocks = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    clocks.add(ClockRows.row(rows).clock());
                }
            }
            return clocks;
        } catch (SQLException e) {
            throw new IllegalStateException("读取计时失败", e);
        }
    }

    @Override
    public List<ClockEvent> history(long clockId) {
        try (Connection connection = database.dataSource().getConnection()) {
            return ClockRows.history(connection, clockId);
        } catch (SQLException e) {
            throw new IllegalStateException("读取计时历史失败", e);
        }
    }

    @Override
    public Progress progress(long clockId, Instant at) {
        Clock clock = find(clockId).orElseThrow(() -> new WorktimeException("计时不存在：" + clockId));
        Instant when = clock.completedAt() != null && clock.completedAt().isBefore(at) ? clock.completedAt() : at;
        WorkCalendar calendar = calendars.calendar(clock.request().jurisdictionCode());
        return ClockMath.progress(calendar, clock.deadline(), clock.warningAt(), when);
    }

    @Override
    public List<ReportRow> report(ReportRow.Grouping grouping, Instant from, Instant to) {
        if (from == null || to == null || !to.isAfter(from)) {
            throw new WorktimeException("统计期间无效：结束时间须晚于开始时间");
        }
        String column =
                switch (grouping) {
                    case DEPARTMENT -> "department";
                    case MATTER_TYPE -> "matter_type";
                    case JURISDICTION -> "jurisdiction_code";
                };
        String sql = "SELECT " + column + " AS grp, limit_unit, COUNT(*) AS completed,"
                + " SUM(CASE WHEN on_time THEN 1 ELSE 0 END) AS on_time,"
                + " AVG(CAST(elapsed AS DOUBLE PRECISION)) AS elapsed,"
                + " AVG(CAST(limit_amount + extension_amount AS DOUBLE PRECISION)) AS lim"
                + " FROM worktime_clock WHERE completed_at >= ? AND completed_at < ?"
                + " GROUP BY " + column + ", limit_unit ORDER BY " + column + ", limit_unit";
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            Jdbc.set(select, 1, from);
            Jdbc.set(select, 2, to);
            List<ReportRow> report = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    LimitUnit unit = LimitUnit.valueOf(rows.getString("limit_unit"));
                    // Hours clocks store elapsed office minutes.
                    double elapsed = rows.getDouble("elapsed") / (unit == LimitUnit.WORKING_HOURS ? 60 : 1);
                    report.add(new ReportRow(
                            rows.getString("grp"),
                            unit,
                            rows.getLong("completed"),
                            rows.getLong("on_time"),
                            elapsed,
                            rows.getDouble("lim")));
                }
            }
            return report;
        } catch (SQLException e) {
            throw new IllegalStateException("统计失败", e);
        }
    }

    private static void validate(ClockRequest request) {
        if (request == null) {
            throw new WorktimeException("缺少计时参数");
        }
        text(request.objectType(), 50, "对象类型");
        text(request.objectId(), MAX_TEXT, "对象编号");
        if (request.limit() < 0) {
            throw new WorktimeException("时限不能为负数：" + request.limit());
        }
        if (request.unit() == null) {
            throw new WorktimeException("请指定时限单位（工作日或工作小时）");
        }
        if (request.acceptedAt() == null) {
            throw new WorktimeException("缺少受理时间");
        }
        if ((request.department() != null && request.department().length() > MAX_TEXT)
                || (request.matterType() != null && request.matterType().length() > MAX_TEXT)) {
            throw new WorktimeException("部门或事项类型不能超过" + MAX_TEXT + "个字");
        }
    }

    private static String text(String value, int max, String field) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new WorktimeException(field + "不能为空");
        }
        if (stripped.length() > max) {
            throw new WorktimeException(field + "不能超过" + max + "个字");
        }
        return stripped;
    }

    private static String blankToDash(String value) {
        return value == null || value.isBlank() ? "-" : value.strip();
    }

    private Instant now() {
        return Jdbc.truncate(time.instant());
    }

    private String actor() {
        return accessControl.currentUser().map(CurrentUser::username).orElse("system");
    }
}
