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
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.worktime.CalendarService;
import org.tongban.worktime.ClockEvent;
import org.tongban.worktime.ClockEvent.Kind;
import org.tongban.worktime.ClockRequest;
import org.tongban.worktime.ClockService;
import org.tongban.worktime.ClockState;
import org.tongban.worktime.DeadlineClock;
import org.tongban.worktime.ExtensionRule;
import org.tongban.worktime.LimitUnit;
import org.tongban.worktime.PauseKind;
import org.tongban.worktime.PauseRequest;
import org.tongban.worktime.Progress;
import org.tongban.worktime.ReportRow;
import org.tongban.worktime.ServiceHall;
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
    private final AuditLog auditLog;
    private final Settings settings;
    private final java.time.Clock time;

    @Activate
    public JdbcClockService(
            @Reference Database database,
            @Reference CalendarService calendars,
            @Reference AccessControl accessControl,
            @Reference AuditLog auditLog,
            WorktimeConfig config) {
        this(database, calendars, accessControl, auditLog, Settings.of(config), java.time.Clock.systemUTC());
    }

    JdbcClockService(
            Database database,
            CalendarService calendars,
            AccessControl accessControl,
            AuditLog auditLog,
            Settings settings,
            java.time.Clock time) {
        this.database = database;
        this.calendars = calendars;
        this.accessControl = accessControl;
        this.auditLog = auditLog;
        this.settings = settings;
        this.time = time;
    }

    @Override
    public DeadlineClock start(ClockRequest request) {
        validate(request);
        String hall = request.hallCode() == null || request.hallCode().isBlank()
                ? null
                : ServiceHall.checkCode(request.hallCode().strip());
        // An unknown jurisdiction or hall is named as such, also when the hall's hours play no part in the count;
        // the hall only after the permission, so that a clerk of another district learns nothing of its halls.
        calendars.calendar(request.jurisdictionCode(), null);
        checkClockPermission(request.jurisdictionCode());
        calendars.calendar(request.jurisdictionCode(), hall);
        ClockRequest clean = new ClockRequest(
                request.objectType().strip(),
                request.objectId().strip(),
                request.jurisdictionCode(),
                blankToDash(request.department()),
                blankToDash(request.matterType()),
                request.limit(),
                request.unit(),
                Jdbc.truncate(request.acceptedAt()),
                request.effectiveCutoff(),
                request.extensionRule(),
                hall);
        WorkCalendar calendar = calendar(clean);
        Instant now = now();
        ClockMath math = new ClockMath(calendar, clean, 0, List.of());
        Instant deadline = math.deadline(now);
        Instant warningAt = math.warningAt(deadline, settings.warningWorkingDays(), settings.warningPercent(), now);
        boolean provisional = math.provisional(deadline);
        return database.transactions().required(connection -> {
            long id;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO worktime_clock (object_type, object_id, jurisdiction_code, department, matter_type,"
                            + " limit_amount, limit_unit, extension_amount, state, started_at, deadline, warning_at,"
                            + " next_event_at, provisional, provisional_years, cutoff, max_extensions,"
                            + " max_extension_amount, hall_code)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, clean.objectType());
                insert.setString(2, clean.objectId());
                insert.setString(3, clean.jurisdictionCode());
                insert.setString(4, clean.department());
                insert.setString(5, clean.matterType());
                insert.setInt(6, clean.limit());
                insert.setString(7, clean.unit().name());
                insert.setString(8, ClockState.RUNNING.name());
                Jdbc.setInstant(insert, 9, clean.acceptedAt());
                Jdbc.setInstant(insert, 10, deadline);
                Jdbc.setInstant(insert, 11, warningAt);
                Jdbc.setInstant(insert, 12, warningAt);
                insert.setBoolean(13, provisional);
                insert.setString(14, provisional ? ClockRows.years(calendar) : null);
                insert.setString(15, clean.effectiveCutoff().name());
                insert.setObject(
                        16,
                        clean.extensionRule() == null
                                ? null
                                : clean.extensionRule().maxCount());
                insert.setObject(
                        17,
                        clean.extensionRule() == null
                                ? null
                                : clean.extensionRule().maxAmount());
                insert.setString(18, clean.hallCode());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            ClockRows.event(connection, new ClockEvent(id, Kind.START, clean.acceptedAt(), actor(), null, null, null));
            auditLog.record(
                    "worktime.clock.start",
                    target(id, clean),
                    clean.limit() + " " + clean.unit().name() + ", deadline " + deadline
                            + (provisional ? " (provisional)" : ""));
            return new DeadlineClock(id, clean, 0, ClockState.RUNNING, deadline, warningAt, null, null, provisional);
        });
    }

    @Override
    public DeadlineClock pause(long clockId, PauseRequest pause) {
        PauseRequest clean = pauseRequest(pause);
        return change(clockId, (row, history) -> {
            if (row.clock().state() != ClockState.RUNNING) {
                throw new WorktimeException("计时不在进行中，不能暂停：" + clockId);
            }
            return new ClockEvent(clockId, Kind.PAUSE, now(), actor(), clean.reason(), null, null, clean);
        });
    }

    @Override
    public Set<PauseKind> pauseKinds() {
        Set<PauseKind> allowed = java.util.EnumSet.noneOf(PauseKind.class);
        allowed.addAll(settings.clockRules().pauseKinds());
        return java.util.Collections.unmodifiableSet(allowed);
    }

    // 行政许可法 第45条: only the excluded steps, and the applicant told in writing how long the step takes.
    private PauseRequest pauseRequest(PauseRequest pause) {
        if (pause == null || pause.kind() == null) {
            throw new WorktimeException("请选择暂停计时的环节（听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审或其他法定环节）");
        }
        if (!settings.clockRules().pauseKinds().contains(pause.kind())) {
            throw new WorktimeException("本地规则不允许因该环节暂停计时：" + pause.kind());
        }
        String legalBasis = pause.legalBasis() == null || pause.legalBasis().isBlank()
                ? null
                : text(pause.legalBasis(), MAX_TEXT * 2, "法律依据");
        if (pause.kind() == PauseKind.OTHER && legalBasis == null) {
            throw new WorktimeException("其他环节暂停计时须写明法律依据（行政许可法第四十五条只排除法定环节的时间）");
        }
        return new PauseRequest(
                pause.kind(),
                legalBasis,
                text(pause.expectedDuration(), MAX_TEXT, "告知申请人的所需时间"),
                text(pause.writtenNotice(), MAX_TEXT * 2, "书面告知（告知书文号或日期）"),
                text(pause.reason(), MAX_REASON, "暂停原因"));
    }

    @Override
    public DeadlineClock resume(long clockId) {
        return change(clockId, (row, history) -> {
            if (row.clock().state() != ClockState.PAUSED) {
                throw new WorktimeException("计时未暂停，不能恢复：" + clockId);
            }
            return new ClockEvent(clockId, Kind.RESUME, now(), actor(), null, null, null);
        });
    }

    @Override
    public DeadlineClock extend(long clockId, int amount, String approver, String reason) {
        if (amount <= 0) {
            throw new WorktimeException("延长的时限必须为正数：" + amount);
        }
        String cleanApprover = text(approver, MAX_TEXT, "批准人");
        String cleanReason = text(reason, MAX_REASON, "延期原因");
        return change(clockId, (row, history) -> {
            if (row.clock().state() == ClockState.COMPLETED) {
                throw new WorktimeException("计时已结束，不能延期：" + clockId);
            }
            Instant now = now();
            if (row.clock().state() == ClockState.RUNNING
                    && now.isAfter(row.clock().deadline())) {
                throw new WorktimeException("已超过办理期限，不能再延期：延期须在期限届满前决定（行政许可法第四十二条）");
            }
            ExtensionRule rule = row.clock().request().extensionRule() != null
                    ? row.clock().request().extensionRule()
                    : settings.clockRules().extensionFor(row.clock().request().unit());
            long done = history.stream().filter(e -> e.kind() == Kind.EXTEND).count();
            String unit = unitName(row.clock().request().unit());
            if (rule.maxCount() == 0) {
                throw new WorktimeException("该时限不能延长（事项未规定延期）");
            }
            if (done >= rule.maxCount()) {
                throw new WorktimeException("延期次数已达上限：最多 " + rule.maxCount() + " 次");
            }
            if (row.clock().extension() + amount > rule.maxAmount()) {
                throw new WorktimeException("延长总量不能超过 " + rule.maxAmount() + unit + "（已延长 "
                        + row.clock().extension() + unit + "）");
            }
            return new ClockEvent(clockId, Kind.EXTEND, now(), actor(), cleanReason, amount, cleanApprover);
        });
    }

    @Override
    public DeadlineClock complete(long clockId) {
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

    // A workflow timeout's step has no user; the workflow service decided it under its table.
    private void checkClockPermission(String jurisdictionCode) {
        if (!SystemSteps.active()) {
            accessControl.check(CLOCK_PERMISSION, jurisdictionCode);
        }
    }

    // Locks the row, checks the transition, recomputes deadline and warning from the whole history, writes both.
    private DeadlineClock change(long clockId, Transition transition) {
        return database.transactions().required(connection -> {
            ClockRows.Row row = ClockRows.find(connection, clockId, true)
                    .orElseThrow(() -> new WorktimeException("计时不存在：" + clockId));
            checkClockPermission(row.clock().request().jurisdictionCode());
            List<ClockEvent> history = new ArrayList<>(ClockRows.history(connection, clockId));
            ClockEvent event = transition.event(row, history);
            history.add(event);
            DeadlineClock old = row.clock();
            int extension = old.extension() + (event.kind() == Kind.EXTEND ? event.amount() : 0);
            ClockState state =
                    switch (event.kind()) {
                        case PAUSE -> ClockState.PAUSED;
                        case COMPLETE -> ClockState.COMPLETED;
                        case RESUME -> ClockState.RUNNING;
                        default -> old.state();
                    };
            Instant now = event.at();
            WorkCalendar calendar = calendar(old.request());
            DeadlineClock changed = ClockRows.update(
                    connection,
                    row,
                    history,
                    extension,
                    state,
                    state == ClockState.COMPLETED ? now : null,
                    now,
                    calendar,
                    settings);
            ClockRows.event(connection, event);
            auditLog.record(
                    "worktime.clock." + event.kind().name().toLowerCase(java.util.Locale.ROOT),
                    target(clockId, old.request()),
                    auditDetail(event, changed.deadline()));
            return changed;
        });
    }

    @Override
    public Optional<DeadlineClock> find(long clockId) {
        return database.transactions().read(connection -> {
            Optional<ClockRows.Row> row =
                    ClockRows.find(connection, clockId, false).filter(found -> mayRead(found.clock()));
            if (row.isPresent() && row.get().clock().state() == ClockState.PAUSED) {
                // The stored deadline of a paused clock is as of the pause; show it as if resumed now.
                return Optional.of(withDeadlineNow(connection, row.get().clock()));
            }
            return row.map(ClockRows.Row::clock);
        });
    }

    // Another district's clock is not for this reader: it is reported as not there, as by findByObject.
    private boolean mayRead(DeadlineClock clock) {
        return accessControl.isPermitted(
                CalendarService.READ_PERMISSION, clock.request().jurisdictionCode());
    }

    private DeadlineClock withDeadlineNow(Connection connection, DeadlineClock clock) throws SQLException {
        Instant now = now();
        ClockMath math = new ClockMath(
                calendar(clock.request()),
                clock.request(),
                clock.extension(),
                ClockRows.pauses(ClockRows.history(connection, clock.id())));
        Instant deadline = math.deadline(now);
        return new DeadlineClock(
                clock.id(),
                clock.request(),
                clock.extension(),
                clock.state(),
                deadline,
                math.warningAt(deadline, settings.warningWorkingDays(), settings.warningPercent(), now),
                null,
                null,
                math.provisional(deadline));
    }

    @Override
    public List<DeadlineClock> findByObject(String objectType, String objectId) {
        List<DeadlineClock> clocks = database.transactions()
                .read(connection -> Jdbc.list(
                        connection,
                        "SELECT " + ClockRows.COLUMNS
                                + " FROM worktime_clock WHERE object_type = ? AND object_id = ? ORDER BY id DESC",
                        rows -> ClockRows.row(rows).clock(),
                        objectType,
                        objectId));
        // Another district's clocks are not for this reader (the lookup view accepts any object id).
        return clocks.stream().filter(this::mayRead).toList();
    }

    @Override
    public List<ClockEvent> history(long clockId) {
        return database.transactions().read(connection -> {
            if (ClockRows.find(connection, clockId, false)
                    .filter(row -> mayRead(row.clock()))
                    .isEmpty()) {
                throw new WorktimeException("计时不存在：" + clockId);
            }
            return ClockRows.history(connection, clockId);
        });
    }

    @Override
    public Progress progress(long clockId, Instant at) {
        DeadlineClock clock = find(clockId).orElseThrow(() -> new WorktimeException("计时不存在：" + clockId));
        Instant when = clock.completedAt() != null && clock.completedAt().isBefore(at) ? clock.completedAt() : at;
        WorkCalendar calendar = calendar(clock.request());
        return ClockMath.progress(calendar, clock.deadline(), clock.warningAt(), when, clock.provisional());
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
        return database.transactions().read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                Jdbc.setInstant(select, 1, from);
                Jdbc.setInstant(select, 2, to);
                List<ReportRow> report = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        LimitUnit unit = LimitUnit.valueOf(rows.getString("limit_unit"));
                        // Hours clocks store minutes, clocks in months calendar days.
                        double elapsed = rows.getDouble("elapsed")
                                / switch (unit) {
                                    case WORKING_HOURS, NATURAL_HOURS -> 60;
                                    case MONTHS -> ClockMath.DAYS_PER_MONTH;
                                    default -> 1;
                                };
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
            }
        });
    }

    // The calendar a clock counts with: its hall's office hours at closing-time cutoff, else the jurisdiction's.
    private WorkCalendar calendar(ClockRequest request) {
        return calendars.calendar(request.jurisdictionCode(), request.countingHall());
    }

    private static String unitName(LimitUnit unit) {
        return switch (unit) {
            case WORKING_DAYS -> " 个工作日";
            case WORKING_HOURS -> " 个工作小时";
            case NATURAL_DAYS -> " 日";
            case MONTHS -> " 个月";
            case NATURAL_HOURS -> " 小时";
        };
    }

    private static String target(long clockId, ClockRequest request) {
        return "clock/" + clockId + " " + request.objectType() + "/" + request.objectId()
                + (request.hallCode() == null ? "" : " hall/" + request.hallCode());
    }

    private static String auditDetail(ClockEvent event, Instant deadline) {
        StringBuilder detail = new StringBuilder();
        if (event.amount() != null) {
            detail.append("+")
                    .append(event.amount())
                    .append(", approver ")
                    .append(event.approver())
                    .append("; ");
        }
        if (event.pause() != null) {
            detail.append(event.pause().kind())
                    .append(
                            event.pause().legalBasis() == null
                                    ? ""
                                    : " (" + event.pause().legalBasis() + ")")
                    .append(", expected ")
                    .append(event.pause().expectedDuration())
                    .append(", notice ")
                    .append(event.pause().writtenNotice())
                    .append("; ");
        }
        if (event.reason() != null) {
            detail.append(event.reason()).append("; ");
        }
        return detail.append("deadline ").append(deadline).toString();
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
            throw new WorktimeException("请指定时限单位");
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
