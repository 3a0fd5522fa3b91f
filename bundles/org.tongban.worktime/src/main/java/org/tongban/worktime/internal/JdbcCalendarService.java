package org.tongban.worktime.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.worktime.CalendarRules;
import org.tongban.worktime.CalendarService;
import org.tongban.worktime.CountingStart;
import org.tongban.worktime.DeadlineRules;
import org.tongban.worktime.LocalDay;
import org.tongban.worktime.OfficeHours;
import org.tongban.worktime.WorkCalendar;
import org.tongban.worktime.WorktimeException;

/** Calendars built from the shipped holiday data and the tables {@code worktime_local_day} and {@code worktime_office_hours}. */
@Component(service = CalendarService.class, configurationPid = WorktimeConfig.PID)
@Designate(ocd = WorktimeConfig.class)
public final class JdbcCalendarService implements CalendarService {
    private static final int MAX_NOTE = 200;

    private final Database database;
    private final AccessControl accessControl;
    private final AuditLog auditLog;
    private final Jurisdictions jurisdictions;
    private final Settings settings;
    private final HolidayData holidays;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(WorkCalendar calendar, long builtAt) {}

    @Activate
    public JdbcCalendarService(
            @Reference Database database,
            @Reference AccessControl accessControl,
            @Reference AuditLog auditLog,
            @Reference Jurisdictions jurisdictions,
            WorktimeConfig config) {
        this(database, accessControl, auditLog, jurisdictions, Settings.of(config));
    }

    JdbcCalendarService(
            Database database,
            AccessControl accessControl,
            AuditLog auditLog,
            Jurisdictions jurisdictions,
            Settings settings) {
        this.database = database;
        this.accessControl = accessControl;
        this.auditLog = auditLog;
        this.jurisdictions = jurisdictions;
        this.settings = settings;
        this.holidays = HolidayData.load(JdbcCalendarService.class.getClassLoader());
    }

    @Override
    public WorkCalendar calendar(String jurisdictionCode) {
        long now = System.currentTimeMillis();
        Cached cached = jurisdictionCode == null ? null : cache.get(jurisdictionCode);
        if (cached != null && now - cached.builtAt() < settings.cacheMillis()) {
            return cached.calendar();
        }
        WorkCalendar calendar = build(jurisdictionCode);
        cache.put(jurisdictionCode, new Cached(calendar, now));
        return calendar;
    }

    private WorkCalendar build(String jurisdictionCode) {
        List<Jurisdiction> chain = ancestry(jurisdictionCode);
        Map<LocalDate, Boolean> local = new HashMap<>();
        OfficeHours hours = settings.defaultOfficeHours();
        DeadlineRules deadlineRules = settings.deadlineRules();
        // Root first, so that a lower level overrides what a higher level set for the same date.
        for (Jurisdiction level : chain) {
            CalendarRules rules = rules(level.code());
            rules.localDays().forEach(day -> local.put(day.date(), day.working()));
            if (rules.officeHours() != null) {
                hours = rules.officeHours();
            }
            CountingStart start = settings.countingStartByJurisdiction().get(level.code());
            if (start != null) {
                deadlineRules = new DeadlineRules(start, deadlineRules.naturalPeriodMovesOffDaysOff());
            }
        }
        return new IndexedCalendar(jurisdictionCode, holidays, local, hours, deadlineRules);
    }

    @Override
    public CalendarRules rules(String jurisdictionCode) {
        // Joins the caller's transaction, if any: a clock started inside a case's transaction takes no second
        // connection.
        return database.transactions().read(connection -> {
            List<LocalDay> days = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT local_date, working, note FROM worktime_local_day WHERE jurisdiction_code = ? ORDER BY local_date")) {
                select.setString(1, jurisdictionCode);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        days.add(new LocalDay(
                                jurisdictionCode,
                                rows.getObject("local_date", LocalDate.class),
                                rows.getBoolean("working"),
                                rows.getString("note")));
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT periods, weekend_hall FROM worktime_office_hours WHERE jurisdiction_code = ?")) {
                select.setString(1, jurisdictionCode);
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        return new CalendarRules(
                                jurisdictionCode,
                                OfficeHours.parse(rows.getString("periods")),
                                rows.getString("weekend_hall"),
                                days);
                    }
                }
            }
            return new CalendarRules(jurisdictionCode, null, null, days);
        });
    }

    @Override
    public SortedSet<Integer> coveredYears() {
        return holidays.coveredYears();
    }

    @Override
    public void setLocalDay(String jurisdictionCode, LocalDate date, boolean working, String note) {
        ancestry(jurisdictionCode);
        if (date == null) {
            throw new WorktimeException("请选择日期");
        }
        String cleanNote = note == null ? "" : note.strip();
        if (cleanNote.isEmpty() || cleanNote.length() > MAX_NOTE) {
            throw new WorktimeException("请填写调整原因（1至" + MAX_NOTE + "个字）");
        }
        accessControl.check(EDIT_PERMISSION, jurisdictionCode);
        database.transactions().required(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM worktime_local_day WHERE jurisdiction_code = ? AND local_date = ?")) {
                delete.setString(1, jurisdictionCode);
                delete.setObject(2, date);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO worktime_local_day (jurisdiction_code, local_date, working, note, changed_by, changed_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, jurisdictionCode);
                insert.setObject(2, date);
                insert.setBoolean(3, working);
                insert.setString(4, cleanNote);
                insert.setString(5, currentUsername());
                Jdbc.setInstant(insert, 6, Instant.now());
                insert.executeUpdate();
            }
            // Audited inside the transaction: a failed audit leaves the calendar unchanged.
            auditLog.record(
                    "worktime.day.set",
                    "calendar/" + jurisdictionCode,
                    date + (working ? " 工作日：" : " 休息日：") + cleanNote);
            return null;
        });
        cache.clear();
    }

    @Override
    public void removeLocalDay(String jurisdictionCode, LocalDate date) {
        ancestry(jurisdictionCode);
        accessControl.check(EDIT_PERMISSION, jurisdictionCode);
        database.transactions().required(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM worktime_local_day WHERE jurisdiction_code = ? AND local_date = ?")) {
                delete.setString(1, jurisdictionCode);
                delete.setObject(2, date);
                if (delete.executeUpdate() == 0) {
                    throw new WorktimeException("本级日历中没有这一天的调整：" + date);
                }
            }
            auditLog.record("worktime.day.remove", "calendar/" + jurisdictionCode, String.valueOf(date));
            return null;
        });
        cache.clear();
    }

    @Override
    public void setOfficeHours(String jurisdictionCode, String officeHours, String weekendHall) {
        ancestry(jurisdictionCode);
        boolean inherit = officeHours == null || officeHours.isBlank();
        String periods = inherit ? null : OfficeHours.parse(officeHours).toString();
        String hall = weekendHall == null || weekendHall.isBlank()
                ? null
                : OfficeHours.parse(weekendHall).toString();
        accessControl.check(EDIT_PERMISSION, jurisdictionCode);
        database.transactions().required(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM worktime_office_hours WHERE jurisdiction_code = ?")) {
                delete.setString(1, jurisdictionCode);
                delete.executeUpdate();
            }
            if (!inherit) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO worktime_office_hours (jurisdiction_code, periods, weekend_hall, changed_by,"
                                + " changed_at) VALUES (?, ?, ?, ?, ?)")) {
                    insert.setString(1, jurisdictionCode);
                    insert.setString(2, periods);
                    insert.setString(3, hall);
                    insert.setString(4, currentUsername());
                    Jdbc.setInstant(insert, 5, Instant.now());
                    insert.executeUpdate();
                }
            }
            auditLog.record(
                    "worktime.hours.set",
                    "calendar/" + jurisdictionCode,
                    inherit ? "沿用上级办公时间" : "办公时间 " + periods + (hall == null ? "" : "；周末大厅 " + hall));
            return null;
        });
        cache.clear();
    }

    private List<Jurisdiction> ancestry(String jurisdictionCode) {
        List<Jurisdiction> chain = jurisdictionCode == null ? List.of() : jurisdictions.ancestry(jurisdictionCode);
        if (chain.isEmpty()) {
            throw new WorktimeException("未知的工作日历（行政区划代码不存在）：" + jurisdictionCode);
        }
        return chain;
    }

    private String currentUsername() {
        return accessControl.currentUser().map(CurrentUser::username).orElse("system");
    }
}
