package org.tongban.worktime.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.ui.ConsoleNotices;
import org.tongban.platform.scheduler.ScheduledJob;
import org.tongban.worktime.CalendarDay;
import org.tongban.worktime.CalendarRules;
import org.tongban.worktime.CalendarService;
import org.tongban.worktime.CountingStart;
import org.tongban.worktime.DateHours;
import org.tongban.worktime.DeadlineRules;
import org.tongban.worktime.HolidayYear;
import org.tongban.worktime.HolidayYearLoaded;
import org.tongban.worktime.LocalDay;
import org.tongban.worktime.OfficeHours;
import org.tongban.worktime.SeasonalHours;
import org.tongban.worktime.ServiceHall;
import org.tongban.worktime.WorkCalendar;
import org.tongban.worktime.WorktimeException;

/**
 * Calendars built from the holiday data (shipped, or loaded at run time into {@code worktime_holiday_year}) and the
 * tables {@code worktime_local_day}, {@code worktime_office_hours}, {@code worktime_office_season},
 * {@code worktime_date_hours} and, per service hall, {@code worktime_hall}, {@code worktime_hall_season} and
 * {@code worktime_hall_date_hours}.
 */
@Component(service = CalendarService.class, configurationPid = WorktimeConfig.PID)
@Designate(ocd = WorktimeConfig.class)
public final class JdbcCalendarService implements CalendarService {
    static final String RECOMPUTE_JOB = "worktime-provisional-recompute";
    private static final int MAX_NOTE = 200;
    private static final int MAX_HALL_NAME = 50;

    private final Database database;
    private final AccessControl accessControl;
    private final AuditLog auditLog;
    private final Jurisdictions jurisdictions;
    private final Settings settings;
    private final java.time.Clock time;
    private final LoadedHolidays holidays;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private ServiceRegistration<ScheduledJob> recomputeJob;

    // Optional: consoles open now hear of a loaded year as a toast.
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin eventAdmin;

    private record Cached(WorkCalendar calendar, long builtAt, HolidayData data) {}

    @Activate
    public JdbcCalendarService(
            @Reference Database database,
            @Reference AccessControl accessControl,
            @Reference AuditLog auditLog,
            @Reference Jurisdictions jurisdictions,
            WorktimeConfig config,
            BundleContext context) {
        this(database, accessControl, auditLog, jurisdictions, Settings.of(config));
        // Registered by hand: the period comes from this bundle's configuration. It catches up clocks that another node
        // or a newer bundle's shipped data made stale.
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(ScheduledJob.NAME, RECOMPUTE_JOB);
        properties.put(ScheduledJob.PERIOD, (long) Math.max(1, config.provisionalRecomputeSeconds()));
        recomputeJob = context.registerService(ScheduledJob.class, this::recomputeStale, properties);
    }

    @Deactivate
    void deactivate() {
        if (recomputeJob != null) {
            try {
                recomputeJob.unregister();
            } catch (IllegalStateException alreadyGone) {
                // unregistered with the bundle
            }
        }
    }

    JdbcCalendarService(
            Database database,
            AccessControl accessControl,
            AuditLog auditLog,
            Jurisdictions jurisdictions,
            Settings settings) {
        this(database, accessControl, auditLog, jurisdictions, settings, java.time.Clock.systemUTC());
    }

    JdbcCalendarService(
            Database database,
            AccessControl accessControl,
            AuditLog auditLog,
            Jurisdictions jurisdictions,
            Settings settings,
            java.time.Clock time) {
        this.database = database;
        this.accessControl = accessControl;
        this.auditLog = auditLog;
        this.jurisdictions = jurisdictions;
        this.settings = settings;
        this.time = time;
        this.holidays = new LoadedHolidays(
                database.transactions(), HolidayData.load(JdbcCalendarService.class.getClassLoader()), settings);
    }

    @Override
    public WorkCalendar calendar(String jurisdictionCode) {
        return calendar(jurisdictionCode, null);
    }

    @Override
    public WorkCalendar calendar(String jurisdictionCode, String hallCode) {
        long now = System.currentTimeMillis();
        HolidayData data = holidays.current();
        String key = key(jurisdictionCode, hallCode);
        Cached cached = jurisdictionCode == null ? null : cache.get(key);
        if (cached != null && cached.data() == data && now - cached.builtAt() < settings.cacheMillis()) {
            return cached.calendar();
        }
        WorkCalendar calendar = build(jurisdictionCode, hallCode, data);
        cache.put(key, new Cached(calendar, now, data));
        return calendar;
    }

    // Jurisdiction codes are digits and hall codes have no slash, so the key is unambiguous.
    private static String key(String jurisdictionCode, String hallCode) {
        return hallCode == null ? jurisdictionCode : jurisdictionCode + "/" + hallCode;
    }

    private WorkCalendar build(String jurisdictionCode, String hallCode, HolidayData data) {
        List<Jurisdiction> chain = ancestry(jurisdictionCode);
        Map<LocalDate, Boolean> local = new HashMap<>();
        OfficeHours hours = settings.defaultOfficeHours();
        DeadlineRules deadlineRules = settings.deadlineRules();
        List<CalendarRules> levels = new ArrayList<>();
        // Root first, so that a lower level overrides what a higher level set for the same date.
        for (Jurisdiction level : chain) {
            CalendarRules rules = rules(level.code());
            levels.add(rules);
            rules.localDays().forEach(day -> local.put(day.date(), day.working()));
            if (rules.officeHours() != null) {
                hours = rules.officeHours();
            }
            CountingStart start = settings.countingStartByJurisdiction().get(level.code());
            if (start != null) {
                deadlineRules = new DeadlineRules(start, deadlineRules.naturalPeriodMovesOffDaysOff());
            }
        }
        ServiceHall hall = hallCode == null
                ? null
                : database.transactions().read(connection -> HallRows.require(connection, jurisdictionCode, hallCode));
        OfficeHours base = hall != null && hall.officeHours() != null ? hall.officeHours() : hours;
        List<CalendarRules> leafFirst = levels.reversed();
        // A date's hours: the nearest level that sets any for it (a date, a season or base hours) wins; a hall is the
        // level below its jurisdiction.
        java.util.function.Function<LocalDate, OfficeHours> hoursOn = date -> {
            OfficeHours atHall = hall == null ? null : hall.hoursOn(date);
            if (atHall != null) {
                return atHall;
            }
            for (CalendarRules level : leafFirst) {
                OfficeHours own = level.hoursOn(date);
                if (own != null) {
                    return own;
                }
            }
            return settings.defaultOfficeHours();
        };
        return new IndexedCalendar(
                jurisdictionCode, hallCode, data, local, base, deadlineRules, provisionalUntil(data), hoursOn);
    }

    // Provisional counting reaches at least through next year, so that a clock started in December is never refused.
    private int provisionalUntil(HolidayData data) {
        if (settings.provisionalYears() == 0 || data.coveredYears().isEmpty()) {
            return 0;
        }
        int nextYear = LocalDate.now(time.withZone(WorkCalendar.ZONE)).getYear() + 1;
        return Math.max(data.coveredYears().last() + settings.provisionalYears(), nextYear);
    }

    @Override
    public List<CalendarDay> month(String jurisdictionCode, YearMonth month) {
        List<Jurisdiction> chain = ancestry(jurisdictionCode);
        if (month == null) {
            throw new WorktimeException("请选择月份");
        }
        HolidayData data = holidays.current();
        boolean provisional = provisionalYears(data).contains(month.getYear());
        if (!provisional && !data.coveredYears().contains(month.getYear())) {
            throw new WorktimeException(month.getYear() + "年不在工作日历的范围内（没有该年的节假日数据，也不按暂定计算）");
        }
        // Root first, so that a lower level overrides what a higher level set for the same date.
        Map<LocalDate, LocalDay> local = new HashMap<>();
        for (Jurisdiction level : chain) {
            rules(level.code()).localDays().forEach(day -> local.put(day.date(), day));
        }
        List<CalendarDay> days = new ArrayList<>(month.lengthOfMonth());
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            LocalDay own = local.get(date);
            Boolean national = data.offDay(date);
            if (own != null) {
                days.add(new CalendarDay(
                        date,
                        own.working() ? CalendarDay.Kind.LOCAL_WORKDAY : CalendarDay.Kind.LOCAL_DAY_OFF,
                        own.note(),
                        own.jurisdictionCode(),
                        provisional));
            } else if (national != null) {
                days.add(new CalendarDay(
                        date,
                        national ? CalendarDay.Kind.HOLIDAY : CalendarDay.Kind.MAKE_UP_WORKDAY,
                        data.name(date),
                        null,
                        provisional));
            } else {
                boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
                days.add(new CalendarDay(
                        date, weekend ? CalendarDay.Kind.WEEKEND : CalendarDay.Kind.WORKDAY, null, null, provisional));
            }
        }
        return days;
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
            HoursScope scope = new HoursScope(jurisdictionCode, null);
            List<SeasonalHours> seasons = scope.seasons(connection);
            List<DateHours> dateHours = scope.dateHours(connection);
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT periods, weekend_hall FROM worktime_office_hours WHERE jurisdiction_code = ?")) {
                select.setString(1, jurisdictionCode);
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        return new CalendarRules(
                                jurisdictionCode,
                                OfficeHours.parse(rows.getString("periods")),
                                rows.getString("weekend_hall"),
                                days,
                                seasons,
                                dateHours);
                    }
                }
            }
            return new CalendarRules(jurisdictionCode, null, null, days, seasons, dateHours);
        });
    }

    @Override
    public SortedSet<Integer> coveredYears() {
        return holidays.current().coveredYears();
    }

    @Override
    public SortedSet<Integer> provisionalYears() {
        return provisionalYears(holidays.current());
    }

    private SortedSet<Integer> provisionalYears(HolidayData data) {
        SortedSet<Integer> years = new TreeSet<>();
        int until = provisionalUntil(data);
        for (int year = data.coveredYears().isEmpty()
                        ? until + 1
                        : data.coveredYears().first();
                year <= until;
                year++) {
            if (!data.coveredYears().contains(year)) {
                years.add(year);
            }
        }
        return Collections.unmodifiableSortedSet(years);
    }

    @Override
    public List<HolidayYear> holidayYears() {
        HolidayData data = holidays.current();
        List<HolidayYear> years = new ArrayList<>();
        for (int year : data.coveredYears()) {
            years.add(holidays.describe(year));
        }
        for (int year : provisionalYears(data)) {
            years.add(new HolidayYear(year, HolidayYear.Source.PROVISIONAL, List.of(), 0, 0, null, null));
        }
        years.sort(Comparator.comparingInt(HolidayYear::year));
        return years;
    }

    @Override
    public HolidayYearLoaded loadHolidayYear(String json) {
        accessControl.check(HOLIDAYS_PERMISSION);
        HolidayFile file = HolidayFile.parse(json);
        if (file.offDayCount() == 0) {
            throw new WorktimeException(file.year() + "年的通知中没有任何休息日：尚未发布的年份无需导入，请检查文件");
        }
        String user = currentUsername();
        Instant now = Jdbc.truncate(time.instant());
        int recomputed = database.transactions().required(connection -> {
            holidays.store(connection, file, user, now);
            HolidayData candidate = holidays.current().withYear(file);
            // Recomputed in the same transaction with the new data: the year and every changed deadline commit
            // together.
            Map<String, WorkCalendar> built = new HashMap<>();
            int changed = provisionalClocks(clock -> built.computeIfAbsent(
                            key(clock.jurisdictionCode(), clock.countingHall()),
                            k -> build(clock.jurisdictionCode(), clock.countingHall(), candidate)))
                    .recompute(
                            provisionalYears(candidate),
                            LocalDate.of(file.year(), 1, 1)
                                    .atStartOfDay(WorkCalendar.ZONE)
                                    .toInstant());
            auditLog.record(
                    "worktime.holidays.load",
                    "holidays/" + file.year(),
                    "法定节假日 " + file.offDayCount() + " 天，调休上班 " + file.makeUpDayCount() + " 天；重算计时 " + changed + " 个；"
                            + String.join(" ", file.papers()));
            return changed;
        });
        holidays.refresh();
        cache.clear();
        HolidayYearLoaded loaded = new HolidayYearLoaded(holidays.describe(file.year()), recomputed);
        EventAdmin events = eventAdmin;
        if (events != null) {
            events.postEvent(new Event(
                    ConsoleNotices.TOPIC,
                    ConsoleNotices.of(
                            file.year() + "年法定节假日数据已导入" + (recomputed > 0 ? "，" + recomputed + " 个计时的期限已重算" : ""),
                            READ_PERMISSION,
                            null)));
        }
        return loaded;
    }

    /**
     * Recomputes the provisional clocks computed with other provisional years than the current ones: the data arrived
     * on another node, or with a newer bundle. The platform scheduler runs it on one node at a time.
     */
    int recomputeStale() {
        holidays.refresh();
        HolidayData data = holidays.current();
        return database.transactions().required(connection -> provisionalClocks(
                        clock -> calendar(clock.jurisdictionCode(), clock.countingHall()))
                .recompute(provisionalYears(data), null));
    }

    private ProvisionalClocks provisionalClocks(
            java.util.function.Function<org.tongban.worktime.ClockRequest, WorkCalendar> calendars) {
        return new ProvisionalClocks(database.transactions(), calendars, auditLog, settings, time);
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

    @Override
    public List<ServiceHall> halls(String jurisdictionCode) {
        ancestry(jurisdictionCode);
        return database.transactions().read(connection -> HallRows.halls(connection, jurisdictionCode));
    }

    @Override
    public void setHallHours(String jurisdictionCode, String hallCode, String name, String officeHours) {
        ancestry(jurisdictionCode);
        ServiceHall.checkCode(hallCode);
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > MAX_HALL_NAME) {
            throw new WorktimeException("请填写服务大厅名称（1至" + MAX_HALL_NAME + "个字）");
        }
        String periods = officeHours == null || officeHours.isBlank()
                ? null
                : OfficeHours.parse(officeHours).toString();
        accessControl.check(EDIT_PERMISSION, jurisdictionCode);
        database.transactions().required(connection -> {
            boolean added =
                    HallRows.save(connection, jurisdictionCode, hallCode, cleanName, periods, currentUsername());
            auditLog.record(
                    "worktime.hall.set",
                    new HoursScope(jurisdictionCode, hallCode).auditTarget(),
                    (added ? "新增服务大厅 " : "服务大厅 ") + cleanName + "："
                            + (periods == null ? "沿用行政区划办公时间" : "办公时间 " + periods));
            return null;
        });
        cache.clear();
    }

    @Override
    public void setSeasonalHours(String jurisdictionCode, String hallCode, List<SeasonalHours> seasons) {
        HoursScope scope = scope(jurisdictionCode, hallCode);
        List<SeasonalHours> clean = seasons == null ? List.of() : List.copyOf(seasons);
        for (int i = 0; i < clean.size(); i++) {
            for (int j = i + 1; j < clean.size(); j++) {
                if (clean.get(i).overlaps(clean.get(j))) {
                    throw new WorktimeException("季节办公时间的日期不能重叠：" + season(clean.get(i)) + " 与 " + season(clean.get(j)));
                }
            }
        }
        accessControl.check(EDIT_PERMISSION, jurisdictionCode);
        database.transactions().required(connection -> {
            scope.replaceSeasons(connection, clean, currentUsername());
            auditLog.record(
                    "worktime.seasons.set",
                    scope.auditTarget(),
                    clean.isEmpty()
                            ? "取消季节办公时间"
                            : String.join(
                                    "；",
                                    clean.stream()
                                            .map(JdbcCalendarService::season)
                                            .toList()));
            return null;
        });
        cache.clear();
    }

    @Override
    public void setDateHours(
            String jurisdictionCode, String hallCode, LocalDate date, String officeHours, String note) {
        HoursScope scope = scope(jurisdictionCode, hallCode);
        if (date == null) {
            throw new WorktimeException("请选择日期");
        }
        OfficeHours hours = OfficeHours.parse(officeHours);
        String cleanNote = note == null ? "" : note.strip();
        if (cleanNote.isEmpty() || cleanNote.length() > MAX_NOTE) {
            throw new WorktimeException("请填写调整原因（1至" + MAX_NOTE + "个字）");
        }
        accessControl.check(EDIT_PERMISSION, jurisdictionCode);
        database.transactions().required(connection -> {
            scope.setDateHours(connection, date, hours, cleanNote, currentUsername());
            auditLog.record("worktime.datehours.set", scope.auditTarget(), date + " " + hours + "：" + cleanNote);
            return null;
        });
        cache.clear();
    }

    @Override
    public void removeDateHours(String jurisdictionCode, String hallCode, LocalDate date) {
        HoursScope scope = scope(jurisdictionCode, hallCode);
        accessControl.check(EDIT_PERMISSION, jurisdictionCode);
        database.transactions().required(connection -> {
            if (!scope.removeDateHours(connection, date)) {
                throw new WorktimeException("本级没有这一天的办公时间调整：" + date);
            }
            auditLog.record("worktime.datehours.remove", scope.auditTarget(), String.valueOf(date));
            return null;
        });
        cache.clear();
    }

    // A known jurisdiction, and a known hall of it when one is named.
    private HoursScope scope(String jurisdictionCode, String hallCode) {
        ancestry(jurisdictionCode);
        if (hallCode != null) {
            database.transactions().read(connection -> HallRows.require(connection, jurisdictionCode, hallCode));
        }
        return new HoursScope(jurisdictionCode, hallCode);
    }

    private static String season(SeasonalHours season) {
        return HoursScope.monthDay(season.from()) + "至" + HoursScope.monthDay(season.to()) + " " + season.hours();
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
