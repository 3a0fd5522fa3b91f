package org.tongban.hall.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.bundle.Header;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.hall.Appointments;
import org.tongban.hall.Booking;
import org.tongban.hall.Hall;
import org.tongban.hall.HallAdministration;
import org.tongban.hall.HallQueue;
import org.tongban.hall.HallStatistics;
import org.tongban.hall.HallWindow;
import org.tongban.hall.Priority;
import org.tongban.hall.ServedMatter;
import org.tongban.hall.Slot;
import org.tongban.hall.Ticket;
import org.tongban.hall.WindowBoard;
import org.tongban.hall.WindowGroup;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.ui.ConsoleNotices;
import org.tongban.worktime.CalendarService;

/** The hall's services on the tables {@code hall_*}; the parts are {@link Administration}, {@link Bookings}, {@link Kiosk}, {@link Queueing} and {@link Statistics}. */
@Component(
        service = {HallAdministration.class, Appointments.class, HallQueue.class, HallStatistics.class},
        configurationPid = HallConfig.PID)
@Designate(ocd = HallConfig.class)
@Header(name = Database.CHANGELOG_HEADER, value = "db/hall-changelog.xml")
public final class JdbcHallService implements HallAdministration, Appointments, HallQueue, HallStatistics {
    private final HallContext context;
    private final Administration administration;
    private final Bookings bookings;
    private final Kiosk kiosk;
    private final Queueing queue;
    private final Statistics statistics;
    private IntakeTracker intake;

    @Activate
    public JdbcHallService(
            @Reference Database database,
            @Reference AccessControl accessControl,
            @Reference AuditLog auditLog,
            @Reference Jurisdictions jurisdictions,
            @Reference DomainEvents events,
            @Reference CalendarService calendars,
            @Reference MatterCatalogue catalogue,
            HallConfig config,
            BundleContext bundleContext)
            throws InvalidSyntaxException {
        this(new HallContext(
                database.transactions(),
                accessControl,
                auditLog,
                jurisdictions,
                events,
                calendars,
                code -> catalogue.publishedMatter(code).map(Matter::name),
                HallRules.of(config),
                Clock.systemUTC()));
        intake = new IntakeTracker(bundleContext, context);
        intake.open();
    }

    JdbcHallService(HallContext context) {
        this.context = context;
        this.administration = new Administration(context);
        this.bookings = new Bookings(context);
        this.kiosk = new Kiosk(context, administration, bookings);
        this.queue = new Queueing(context, administration);
        this.statistics = new Statistics(context);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setEventAdmin(EventAdmin events) {
        context.consoleNotices = notice -> events.postEvent(new Event(ConsoleNotices.TOPIC, notice));
    }

    void unsetEventAdmin(EventAdmin events) {
        context.consoleNotices = notice -> {};
    }

    @Deactivate
    void deactivate() {
        if (intake != null) {
            intake.close();
        }
    }

    HallContext context() {
        return context;
    }

    @Override
    public List<Hall> halls(String jurisdictionCode) {
        return administration.halls(jurisdictionCode);
    }

    @Override
    public Optional<Hall> hall(long id) {
        return administration.hall(id);
    }

    @Override
    public Hall saveHall(String jurisdictionCode, String code, String name, String address) {
        return administration.saveHall(jurisdictionCode, code, name, address);
    }

    @Override
    public List<WindowGroup> groups(long hallId) {
        return administration.groups(hallId);
    }

    @Override
    public WindowGroup saveGroup(long hallId, String code, String name, int slotMinutes, int capacity) {
        return administration.saveGroup(hallId, code, name, slotMinutes, capacity);
    }

    @Override
    public List<HallWindow> windows(long hallId) {
        return administration.windows(hallId);
    }

    @Override
    public Optional<HallWindow> window(long windowId) {
        return administration.window(windowId);
    }

    @Override
    public HallWindow saveWindow(long hallId, String number, String name, Long groupId, List<String> matterCodes) {
        return administration.saveWindow(hallId, number, name, groupId, matterCodes);
    }

    @Override
    public int openSlots(long groupId, LocalDate from, int days) {
        return administration.openSlots(groupId, from, days);
    }

    @Override
    public Hall setHallActive(long hallId, boolean active) {
        return administration.setHallActive(hallId, active);
    }

    @Override
    public WindowGroup setGroupActive(long groupId, boolean active) {
        return administration.setGroupActive(groupId, active);
    }

    @Override
    public HallWindow setWindowActive(long windowId, boolean active) {
        return administration.setWindowActive(windowId, active);
    }

    @Override
    public String issueKioskToken(long hallId) {
        return administration.issueKioskToken(hallId);
    }

    @Override
    public Hall kioskHall(String token) {
        return administration.kioskHall(token);
    }

    @Override
    public List<WindowGroup> groupsFor(long hallId, String matterCode) {
        return bookings.groupsFor(hallId, matterCode);
    }

    @Override
    public List<ServedMatter> matters(long hallId) {
        return bookings.matters(hallId);
    }

    @Override
    public List<Slot> slots(long groupId, LocalDate from, LocalDate to) {
        return bookings.slots(groupId, from, to);
    }

    @Override
    public Booking book(long accountId, long slotId, String matterCode) {
        return bookings.book(accountId, slotId, matterCode);
    }

    @Override
    public Booking cancel(long accountId, String code) {
        return bookings.cancel(accountId, code);
    }

    @Override
    public List<Booking> bookings(long accountId, int limit) {
        return bookings.bookings(accountId, limit);
    }

    @Override
    public Optional<java.time.Instant> blockedUntil(long accountId) {
        return bookings.blockedUntil(accountId);
    }

    @Override
    public int recordNoShows() {
        return bookings.recordNoShows();
    }

    @Override
    public Ticket takeByBooking(String kioskToken, String bookingCode) {
        return kiosk.takeByBooking(kioskToken, bookingCode);
    }

    @Override
    public Ticket takeByIdNumber(String kioskToken, String idNumber, String matterCode, Priority priority) {
        return kiosk.takeByIdNumber(kioskToken, idNumber, matterCode, priority);
    }

    @Override
    public Ticket takeWalkIn(String kioskToken, String matterCode, Priority priority) {
        return kiosk.takeWalkIn(kioskToken, matterCode, priority);
    }

    @Override
    public Hall callStaff(String kioskToken) {
        return kiosk.callStaff(kioskToken);
    }

    @Override
    public List<ServedMatter> kioskMatters(String kioskToken) {
        return kiosk.kioskMatters(kioskToken);
    }

    @Override
    public Optional<Ticket> callNext(long windowId) {
        return queue.callNext(windowId);
    }

    @Override
    public Ticket recall(long ticketId) {
        return queue.recall(ticketId);
    }

    @Override
    public Ticket transfer(long ticketId, long toWindowId) {
        return queue.transfer(ticketId, toWindowId);
    }

    @Override
    public Ticket skip(long ticketId) {
        return queue.skip(ticketId);
    }

    @Override
    public Ticket finish(long ticketId, String caseNumber) {
        return queue.finish(ticketId, caseNumber);
    }

    @Override
    public Optional<Ticket> current(long windowId) {
        return queue.current(windowId);
    }

    @Override
    public Optional<Ticket> ticket(long ticketId) {
        return queue.ticket(ticketId);
    }

    @Override
    public List<Ticket> waiting(long hallId) {
        return queue.waiting(hallId);
    }

    @Override
    public WindowBoard.Screen screen(long hallId) {
        return queue.screen(hallId);
    }

    @Override
    public List<Row> times(long hallId, LocalDate from, LocalDate to, Dimension dimension) {
        return statistics.times(hallId, from, to, dimension);
    }
}
