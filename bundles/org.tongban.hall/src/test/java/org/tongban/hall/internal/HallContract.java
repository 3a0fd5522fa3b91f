package org.tongban.hall.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.hall.internal.HallFixture.BUSINESS_LICENCE;
import static org.tongban.hall.internal.HallFixture.ID_CARD;
import static org.tongban.hall.internal.HallFixture.REAL_ESTATE;
import static org.tongban.hall.internal.HallFixture.SOCIAL_SECURITY;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.hall.Booking;
import org.tongban.hall.BookingState;
import org.tongban.hall.HallException;
import org.tongban.hall.HallPermissions;
import org.tongban.hall.HallStatistics;
import org.tongban.hall.HallTopics;
import org.tongban.hall.Priority;
import org.tongban.hall.Slot;
import org.tongban.hall.Ticket;
import org.tongban.hall.TicketState;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.testing.Jinan;

/** What the hall does, run against each real database by a subclass. */
abstract class HallContract {
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    /** A valid GB 11643 number of someone born in 1990 (check character computed). */
    private static final String YOUNG = id("37010219900307123");
    /** Born 1950: 76 years old in 2026. */
    private static final String OLD = id("37010219500101123");

    HallFixture fixture;
    JdbcHallService hall;
    HallFixture.Setup setup;

    abstract Database database();

    @BeforeEach
    void emptyTables() throws Exception {
        try (var c = database().dataSource().getConnection();
                var s = c.createStatement()) {
            for (String table : List.of(
                    "hall_ticket",
                    "hall_counter",
                    "hall_booking",
                    "hall_slot",
                    "hall_window_matter",
                    "hall_window",
                    "hall_group",
                    "hall_hall")) {
                s.executeUpdate("DELETE FROM " + table);
            }
        }
        fixture = new HallFixture(database());
        hall = fixture.service;
        setup = fixture.standardHall();
    }

    // ---- the hall's set-up

    @Test
    void aComprehensiveWindowServesSeveralMattersNamedFromTheCatalogue() {
        assertThat(setup.one().comprehensive()).isTrue();
        assertThat(setup.three().comprehensive()).isFalse();
        assertThat(hall.windows(setup.hall().id())).extracting(w -> w.number()).containsExactly("01", "02", "03");
        assertThat(setup.one().matters()).extracting(m -> m.name()).contains("居民身份证换领", "企业设立登记");
        assertThat(hall.halls(Jinan.JINAN)).containsExactly(setup.hall());
        assertThat(hall.halls(Jinan.SHIZHONG)).isEmpty();
        assertThat(fixture.audit.withAction("hall.window.save")).hasSize(3);
    }

    @Test
    void aWindowOfAnUnpublishedMatterIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> hall.saveWindow(setup.hall().id(), "04", "新窗口", null, List.of(ID_CARD, "NO-SUCH")))
                .isInstanceOf(HallException.class)
                .hasMessage("事项编码不存在或未发布：NO-SUCH");
        assertThat(hall.windows(setup.hall().id())).hasSize(3);
    }

    @Test
    void aClerkOfAnotherDistrictCannotChangeTheHall() {
        fixture.access.revokeAll().actAs("shizhong-admin", Jinan.SHIZHONG, HallPermissions.ADMIN);
        assertThatThrownBy(() -> hall.saveGroup(setup.hall().id(), "X", "其他", 30, 5))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> hall.issueKioskToken(setup.hall().id())).isInstanceOf(AccessDeniedException.class);
        assertThat(hall.groups(setup.hall().id())).hasSize(1);
    }

    @Test
    void slotsAreCutFromTheHallsOfficeHoursOnWorkingDaysOnly() {
        int opened = hall.openSlots(setup.group().id(), MONDAY, 7);
        // 09:00-12:00 and 13:30-17:30 in 30 minutes: 6 + 8 slots, Monday to Friday; the weekend is off.
        assertThat(opened).isEqualTo(5 * 14);
        assertThat(hall.openSlots(setup.group().id(), MONDAY, 7)).isZero();
        List<Slot> monday = hall.slots(setup.group().id(), MONDAY, MONDAY);
        assertThat(monday).hasSize(14);
        assertThat(monday.getFirst().startsAt()).isEqualTo(beijing("2026-12-07T09:00"));
        assertThat(monday.get(6).startsAt()).isEqualTo(beijing("2026-12-07T13:30"));
        assertThat(monday).allSatisfy(s -> assertThat(s.remaining()).isEqualTo(5));
        assertThat(hall.slots(setup.group().id(), MONDAY.plusDays(5), MONDAY.plusDays(6)))
                .isEmpty();
    }

    // ---- booking

    @Test
    void aCitizenBooksGetsACodeAndCancelsWhichFreesThePlace() {
        Slot slot = firstSlot();
        Booking booking = hall.book(1001, slot.id(), ID_CARD);
        assertThat(booking.code()).hasSize(8);
        assertThat(booking.state()).isEqualTo(BookingState.BOOKED);
        assertThat(booking.matterName()).isEqualTo("居民身份证换领");
        assertThat(remaining(slot)).isEqualTo(4);
        assertThat(hall.bookings(1001, 10)).containsExactly(booking);

        Booking cancelled = hall.cancel(1001, booking.code());
        assertThat(cancelled.state()).isEqualTo(BookingState.CANCELLED);
        assertThat(remaining(slot)).isEqualTo(5);
        assertThat(fixture.audit.withAction("hall.cancel")).hasSize(1);
        // cancelled: the citizen may book that day again
        assertThat(hall.book(1001, slot.id(), ID_CARD).state()).isEqualTo(BookingState.BOOKED);
    }

    @Test
    void anotherCitizensCodeCannotBeCancelled() {
        Booking booking = hall.book(1001, firstSlot().id(), ID_CARD);
        assertThatThrownBy(() -> hall.cancel(2002, booking.code()))
                .isInstanceOf(HallException.class)
                .hasMessage("未找到您的这条预约");
    }

    @Test
    void aSecondBookingOfTheSameGroupAndDayIsRefused() {
        hall.openSlots(setup.group().id(), MONDAY, 1);
        List<Slot> slots = hall.slots(setup.group().id(), MONDAY, MONDAY);
        hall.book(1001, slots.get(0).id(), ID_CARD);
        assertThatThrownBy(() -> hall.book(1001, slots.get(3).id(), BUSINESS_LICENCE))
                .isInstanceOf(HallException.class)
                .hasMessage("您在2026-12-07已预约该类业务，不能重复预约");
        assertThat(remaining(slots.get(3))).isEqualTo(5);
    }

    @Test
    void aFullSlotAMatterTheGroupDoesNotServeAndAStartedSlotAreRefused() {
        Slot slot = firstSlot();
        for (int i = 0; i < 5; i++) {
            hall.book(3000 + i, slot.id(), ID_CARD);
        }
        assertThatThrownBy(() -> hall.book(3999, slot.id(), ID_CARD)).hasMessage("该时段已约满，请选择其他时段");
        Slot other = hall.slots(setup.group().id(), MONDAY, MONDAY).get(1);
        assertThatThrownBy(() -> hall.book(3999, other.id(), REAL_ESTATE)).hasMessage("本大厅（窗口组）不办理该事项：" + REAL_ESTATE);
        fixture.clock.set("2026-12-07T09:10");
        assertThatThrownBy(() -> hall.book(3999, slot.id(), ID_CARD)).hasMessage("该时段已开始，不能再预约");
    }

    @Test
    void manyCitizensBookingOneSlotAtOnceNeverOverbookIt() throws Exception {
        Slot slot = firstSlot();
        int citizens = 60;
        List<Boolean> results = concurrently(citizens, i -> {
            try {
                hall.book(10_000 + i, slot.id(), ID_CARD);
                return true;
            } catch (HallException full) {
                assertThat(full.key()).isEqualTo("hall.error.slotFull");
                return false;
            }
        });
        assertThat(results.stream().filter(b -> b).count()).isEqualTo(5);
        assertThat(remaining(slot)).isZero();
        assertThat(countRows("SELECT COUNT(*) FROM hall_booking WHERE slot_id = " + slot.id()))
                .isEqualTo(5);
    }

    @Test
    void oneCitizenBookingTwoSlotsOfADayAtOnceGetsOne() throws Exception {
        hall.openSlots(setup.group().id(), MONDAY, 1);
        List<Slot> slots = hall.slots(setup.group().id(), MONDAY, MONDAY);
        List<Boolean> results = concurrently(8, i -> {
            try {
                hall.book(4242, slots.get(i).id(), ID_CARD);
                return true;
            } catch (HallException refused) {
                return false;
            }
        });
        assertThat(results.stream().filter(b -> b).count()).isEqualTo(1);
        assertThat(countRows("SELECT SUM(booked) FROM hall_slot")).isEqualTo(1);
    }

    /** Issue 15 and the cities' practice: three no-shows within 30 days block online booking (30 days by default). */
    @Test
    void threeNoShowsWithinThirtyDaysBlockOnlineBookingForThirtyDays() {
        hall.openSlots(setup.group().id(), MONDAY, 3);
        for (int day = 0; day < 3; day++) {
            Slot slot = hall.slots(setup.group().id(), MONDAY.plusDays(day), MONDAY.plusDays(day))
                    .getFirst();
            hall.book(777, slot.id(), ID_CARD);
        }
        fixture.clock.set("2026-12-10T08:00");
        assertThat(hall.recordNoShows()).isEqualTo(3);
        assertThat(hall.bookings(777, 10)).extracting(Booking::state).containsOnly(BookingState.NO_SHOW);
        assertThat(hall.blockedUntil(777)).contains(beijing("2026-12-10T08:00").plus(Duration.ofDays(30)));

        hall.openSlots(setup.group().id(), LocalDate.of(2026, 12, 14), 1);
        Slot next = hall.slots(setup.group().id(), LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 14))
                .getFirst();
        assertThatThrownBy(() -> hall.book(777, next.id(), ID_CARD))
                .hasMessage("近30天内预约未到已达3次，2027-01-09前不能在网上预约，请到大厅现场取号");
        assertThat(hall.book(778, next.id(), ID_CARD).state()).isEqualTo(BookingState.BOOKED);

        fixture.clock.set("2027-01-09T17:00");
        assertThat(hall.blockedUntil(777)).isEmpty();
    }

    @Test
    void theNoShowLimitIsConfiguration() {
        HallRules two = new HallRules(2, Duration.ofDays(30), Duration.ofDays(7), Duration.ofMinutes(30), 7, 60, 1);
        HallFixture strict = new HallFixture(database(), two).asLixiaAdmin();
        hall.openSlots(setup.group().id(), MONDAY, 2);
        for (int day = 0; day < 2; day++) {
            hall.book(
                    888,
                    hall.slots(setup.group().id(), MONDAY.plusDays(day), MONDAY.plusDays(day))
                            .getFirst()
                            .id(),
                    ID_CARD);
        }
        strict.clock.set("2026-12-09T08:00");
        assertThat(strict.service.recordNoShows()).isEqualTo(2);
        assertThat(strict.service.blockedUntil(888))
                .contains(beijing("2026-12-09T08:00").plus(Duration.ofDays(7)));
        assertThat(hall.blockedUntil(888)).isEmpty();
    }

    // ---- the kiosk

    @Test
    void aForgedKioskTokenIsRefusedInChinese() throws Exception {
        assertThatThrownBy(() -> hall.takeWalkIn("forged-token", ID_CARD, Priority.NONE))
                .isInstanceOf(HallException.class)
                .hasMessage("取号机凭证无效或已作废，请联系大厅工作人员重新绑定");
        String old = setup.token();
        fixture.asLixiaAdmin();
        hall.issueKioskToken(setup.hall().id());
        assertThatThrownBy(() -> hall.takeWalkIn(old, ID_CARD, Priority.NONE)).hasMessageContaining("取号机凭证无效");
        assertThat(countRows("SELECT COUNT(*) FROM hall_ticket")).isZero();
    }

    @Test
    void staffedHelpTellsTheHallsClerksAndIsAudited() {
        assertThat(hall.callStaff(setup.token())).isEqualTo(setup.hall());
        assertThat(fixture.consoleNotices)
                .containsExactly(Map.of(
                        "text", "历下区政务服务中心：取号机前有群众需要协助",
                        "permission", HallPermissions.SERVE,
                        "jurisdiction", Jinan.LIXIA));
        assertThat(fixture.audit.withAction("hall.help")).hasSize(1);
        assertThatThrownBy(() -> hall.callStaff("forged")).hasMessageContaining("取号机凭证无效");
    }

    @Test
    void anAppointmentCodeTakesItsNumberOnceOnItsDay() {
        Slot slot = firstSlot();
        Booking booking = hall.book(1001, slot.id(), BUSINESS_LICENCE);
        fixture.clock.set("2026-12-07T08:50");
        Ticket ticket = hall.takeByBooking(setup.token(), booking.code().toLowerCase());
        assertThat(ticket.number()).isEqualTo("Y001");
        assertThat(ticket.matterCode()).isEqualTo(BUSINESS_LICENCE);
        assertThat(ticket.bookingCode()).isEqualTo(booking.code());
        assertThat(hall.bookings(1001, 1).getFirst().state()).isEqualTo(BookingState.CHECKED_IN);
        assertThatThrownBy(() -> hall.takeByBooking(setup.token(), booking.code()))
                .hasMessage("该预约已取号、已取消或已过期");
        assertThatThrownBy(() -> hall.takeByBooking(setup.token(), "WRONG123")).hasMessage("未找到今天在本大厅的这条预约，请核对预约确认码");
    }

    @Test
    void anIdNumberIsCheckedAndSomeoneOfSixtyGetsAPriorityNumber() {
        assertThatThrownBy(() -> hall.takeByIdNumber(setup.token(), "370102199003071230", ID_CARD, Priority.NONE))
                .hasMessage("身份证号码无效，请核对18位号码及末位校验码");
        Ticket young = hall.takeByIdNumber(setup.token(), YOUNG, ID_CARD, Priority.NONE);
        Ticket old = hall.takeByIdNumber(setup.token(), OLD, ID_CARD, Priority.NONE);
        assertThat(young.priority()).isEqualTo(Priority.NONE);
        assertThat(young.number()).isEqualTo("A001");
        assertThat(old.priority()).isEqualTo(Priority.ELDERLY);
        assertThat(old.number()).isEqualTo("P001");
        assertThat(fixture.audit.withAction("hall.take").getLast().detail()).doesNotContain(OLD);
    }

    @Test
    void aWalkInForAMatterTheHallDoesNotServeIsRefused() {
        assertThatThrownBy(() -> hall.takeWalkIn(setup.token(), "370102-OTHER", Priority.NONE))
                .hasMessage("本大厅（窗口组）不办理该事项：370102-OTHER");
    }

    // ---- calling

    @Test
    void callNextTakesPriorityNumbersFirstThenTheOrderTakenAmongTheWindowsMatters() {
        Ticket estate = walkIn(REAL_ESTATE, Priority.NONE);
        Ticket a1 = walkIn(ID_CARD, Priority.NONE);
        Ticket a2 = walkIn(SOCIAL_SECURITY, Priority.NONE);
        Ticket pregnant = walkIn(BUSINESS_LICENCE, Priority.PREGNANT);

        assertThat(call(setup.one())).isEqualTo(pregnant.number());
        finishCurrent(setup.one());
        assertThat(call(setup.one())).isEqualTo(a1.number());
        finishCurrent(setup.one());
        assertThat(call(setup.one())).isEqualTo(a2.number());
        finishCurrent(setup.one());
        // the real-estate number waits for window 03 only
        assertThat(hall.callNext(setup.one().id())).isEmpty();
        assertThat(call(setup.three())).isEqualTo(estate.number());
        assertThat(fixture.events)
                .filteredOn(e -> e.startsWith(HallTopics.CALLED))
                .hasSize(4);
        assertThat(fixture.payloads.getLast())
                .containsEntry(HallTopics.WINDOW, "03")
                .containsEntry(HallTopics.NUMBER, estate.number())
                .containsEntry(HallTopics.HALL, String.valueOf(setup.hall().id()));
    }

    @Test
    void priorityEveryThirdCallLetsOrdinaryNumbersMove() {
        HallRules everyThird =
                new HallRules(3, Duration.ofDays(30), Duration.ofDays(30), Duration.ofMinutes(30), 7, 60, 3);
        JdbcHallService rule = new HallFixture(database(), everyThird).asLixiaAdmin().service;
        List<String> ordinary = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ordinary.add(walkIn(ID_CARD, Priority.NONE).number());
        }
        String elderly = walkIn(ID_CARD, Priority.ELDERLY).number();
        List<String> called = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Ticket t = rule.callNext(setup.one().id()).orElseThrow();
            called.add(t.number());
            rule.finish(t.id(), null);
        }
        // two ordinary calls, then the priority number's turn, then the ordinary numbers again
        assertThat(called).containsExactly(ordinary.get(0), ordinary.get(1), elderly, ordinary.get(2));
    }

    @Test
    void aWindowStillServingCannotCallAgain() {
        walkIn(ID_CARD, Priority.NONE);
        walkIn(ID_CARD, Priority.NONE);
        call(setup.one());
        assertThatThrownBy(() -> hall.callNext(setup.one().id())).hasMessage("本窗口还有正在办理的号码，请先办结、过号或转窗");
    }

    @Test
    void aTransferredNumberIsCalledNextAtItsNewWindowOnly() {
        Ticket first = walkIn(ID_CARD, Priority.NONE);
        Ticket second = walkIn(ID_CARD, Priority.NONE);
        hall.callNext(setup.one().id());
        Ticket moved = hall.transfer(first.id(), setup.three().id());
        assertThat(moved.state()).isEqualTo(TicketState.WAITING);
        assertThat(moved.targetWindowId()).isEqualTo(setup.three().id());
        // window 02 serves ID cards but the transferred number is window 03's now
        assertThat(call(setup.two())).isEqualTo(second.number());
        assertThat(call(setup.three())).isEqualTo(first.number());
        assertThatThrownBy(() -> hall.transfer(first.id(), setup.three().id())).hasMessage("只能转到本大厅的其他窗口");
    }

    @Test
    void recallAnnouncesAgainAndSkipRecordsABookingsNoShow() {
        Booking booking = hall.book(1001, firstSlot().id(), ID_CARD);
        Ticket ticket = hall.takeByBooking(setup.token(), booking.code());
        hall.callNext(setup.one().id());
        hall.recall(ticket.id());
        assertThat(fixture.events)
                .filteredOn(e -> e.startsWith(HallTopics.CALLED))
                .hasSize(2);
        Ticket skipped = hall.skip(ticket.id());
        assertThat(skipped.state()).isEqualTo(TicketState.SKIPPED);
        assertThat(hall.bookings(1001, 1).getFirst().state()).isEqualTo(BookingState.NO_SHOW);
        assertThatThrownBy(() -> hall.recall(ticket.id())).hasMessage("该号码当前不在叫号状态，请刷新");
    }

    @Test
    void finishPublishesTheVisitForTheRatingDeviceWithTheLinkedCase() {
        Ticket ticket = walkIn(BUSINESS_LICENCE, Priority.NONE);
        hall.callNext(setup.two().id());
        assertThatThrownBy(() -> hall.finish(ticket.id(), "SL370102202612070001"))
                .hasMessage("未启用一窗受理，不能关联办件");
        fixture.intakeCases("SL370102202612070001");
        assertThatThrownBy(() -> hall.finish(ticket.id(), "SL999")).hasMessage("未找到办件 SL999，或您无权查看");
        Ticket finished = hall.finish(ticket.id(), " SL370102202612070001 ");
        assertThat(finished.state()).isEqualTo(TicketState.FINISHED);
        assertThat(finished.caseNumber()).isEqualTo("SL370102202612070001");
        assertThat(fixture.events.getLast()).isEqualTo(HallTopics.FINISHED + " hall-visit/" + ticket.id());
        assertThat(fixture.payloads.getLast())
                .isEqualTo(Map.of(
                        HallTopics.VISIT,
                        String.valueOf(ticket.id()),
                        HallTopics.HALL,
                        setup.hall().code(),
                        HallTopics.HALL_NAME,
                        setup.hall().name(),
                        HallTopics.WINDOW,
                        "02",
                        HallTopics.CLERK,
                        "lixia-admin",
                        HallTopics.MATTER,
                        BUSINESS_LICENCE,
                        HallTopics.CASE,
                        "SL370102202612070001",
                        HallTopics.JURISDICTION,
                        Jinan.LIXIA));
    }

    @Test
    void aClerkWithoutServeCannotCallNumbers() {
        walkIn(ID_CARD, Priority.NONE);
        fixture.access.revokeAll().actAs("reader", Jinan.LIXIA, HallPermissions.READ);
        assertThatThrownBy(() -> hall.callNext(setup.one().id())).isInstanceOf(AccessDeniedException.class);
        assertThat(hall.waiting(setup.hall().id())).hasSize(1);
    }

    @Test
    void manyWindowsCallingAtOnceNeverGetTheSameNumber() throws Exception {
        fixture.asLixiaAdmin();
        List<Long> windows = new ArrayList<>();
        for (int w = 0; w < 12; w++) {
            windows.add(hall.saveWindow(setup.hall().id(), "W" + w, "综合窗口", null, List.of(ID_CARD))
                    .id());
        }
        int tickets = 60;
        for (int i = 0; i < tickets; i++) {
            walkIn(ID_CARD, i % 7 == 0 ? Priority.DISABLED : Priority.NONE);
        }
        Map<Long, Long> calledBy = new ConcurrentHashMap<>();
        AtomicInteger duplicates = new AtomicInteger();
        concurrently(windows.size(), w -> {
            long window = windows.get(w);
            while (true) {
                Optional<Ticket> next = hall.callNext(window);
                if (next.isEmpty()) {
                    return true;
                }
                if (calledBy.putIfAbsent(next.get().id(), window) != null) {
                    duplicates.incrementAndGet();
                }
                hall.finish(next.get().id(), null);
            }
        });
        assertThat(duplicates).hasValue(0);
        assertThat(calledBy).hasSize(tickets);
        assertThat(Set.copyOf(calledBy.values()).size()).isGreaterThan(1);
    }

    // ---- screen and statistics

    @Test
    void theScreenShowsEachWindowsNumberAndTheNextOnes() {
        walkIn(ID_CARD, Priority.NONE);
        Ticket second = walkIn(ID_CARD, Priority.NONE);
        Ticket elderly = walkIn(ID_CARD, Priority.ELDERLY);
        String called = call(setup.one());
        var screen = hall.screen(setup.hall().id());
        assertThat(screen.windows().getFirst().current()).isEqualTo(called).isEqualTo(elderly.number());
        assertThat(screen.windows().get(1).current()).isNull();
        assertThat(screen.next()).containsExactly("A001", second.number());
        assertThat(screen.waiting()).isEqualTo(2);
    }

    @Test
    void statisticsGiveWaitingAndServiceTimesPerWindowMatterAndHour() {
        fixture.clock.set("2026-12-07T09:00");
        Ticket a = walkIn(ID_CARD, Priority.NONE);
        Ticket b = walkIn(REAL_ESTATE, Priority.NONE);
        fixture.clock.set("2026-12-07T09:10");
        hall.callNext(setup.one().id());
        fixture.clock.set("2026-12-07T09:16");
        hall.finish(a.id(), null);
        fixture.clock.set("2026-12-07T09:30");
        hall.callNext(setup.three().id());
        fixture.clock.set("2026-12-07T09:50");
        hall.finish(b.id(), null);

        List<HallStatistics.Row> windows =
                hall.times(setup.hall().id(), MONDAY, MONDAY, HallStatistics.Dimension.WINDOW);
        assertThat(windows)
                .containsExactly(
                        new HallStatistics.Row("01", "01", 1, 0, 600, 360, 600),
                        new HallStatistics.Row("03", "03", 1, 0, 1800, 1200, 1800));
        assertThat(hall.times(setup.hall().id(), MONDAY, MONDAY, HallStatistics.Dimension.HALL))
                .containsExactly(new HallStatistics.Row("LX-ZWFW", "历下区政务服务中心", 2, 0, 1200, 780, 1800));
        assertThat(hall.times(setup.hall().id(), MONDAY, MONDAY, HallStatistics.Dimension.HOUR))
                .extracting(HallStatistics.Row::label)
                .containsExactly("09:00");
        assertThat(hall.times(setup.hall().id(), MONDAY, MONDAY, HallStatistics.Dimension.MATTER))
                .extracting(HallStatistics.Row::label)
                .containsExactly("不动产登记", "居民身份证换领");
    }

    // ---- helpers

    private Ticket walkIn(String matter, Priority priority) {
        return hall.takeWalkIn(setup.token(), matter, priority);
    }

    private String call(org.tongban.hall.HallWindow window) {
        return hall.callNext(window.id()).orElseThrow().number();
    }

    private void finishCurrent(org.tongban.hall.HallWindow window) {
        hall.finish(hall.current(window.id()).orElseThrow().id(), null);
    }

    // ---- deactivation

    @Test
    void aDeactivatedGroupKeepsItsBookingsButTakesNoNewOnes() {
        Slot slot = firstSlot();
        Booking kept = hall.book(1001, slot.id(), ID_CARD);
        fixture.asLixiaAdmin();
        assertThat(hall.setGroupActive(setup.group().id(), false).active()).isFalse();
        assertThatThrownBy(() -> hall.book(1002, slot.id(), ID_CARD))
                .isInstanceOf(HallException.class)
                .hasMessage("“综合受理”已停用，暂不接受预约。");
        assertThat(hall.slots(setup.group().id(), MONDAY, MONDAY)).isEmpty();
        assertThat(hall.groupsFor(setup.hall().id(), ID_CARD)).isEmpty();
        assertThat(hall.groups(setup.hall().id())).singleElement().satisfies(g -> assertThat(g.active())
                .isFalse());
        assertThat(hall.bookings(1001, 10)).containsExactly(kept);
        fixture.clock.set("2026-12-07T08:50");
        assertThat(hall.takeByBooking(setup.token(), kept.code()).number())
                .as("a booking made before still takes its number")
                .isEqualTo("Y001");

        fixture.asLixiaAdmin();
        hall.setGroupActive(setup.group().id(), true);
        assertThat(hall.book(
                                1002,
                                hall.slots(setup.group().id(), MONDAY, MONDAY)
                                        .get(2)
                                        .id(),
                                ID_CARD)
                        .state())
                .isEqualTo(BookingState.BOOKED);
        assertThat(fixture.audit.withAction("hall.group.deactivate")).hasSize(1);
        assertThat(fixture.audit.withAction("hall.group.activate")).hasSize(1);
    }

    @Test
    void aDeactivatedHallHandsOutNoNumbersAndTakesNoBookingsButKeepsItsHistory() {
        Slot slot = firstSlot();
        fixture.clock.set("2026-12-07T08:30");
        Ticket served = walkIn(ID_CARD, Priority.NONE);
        fixture.asLixiaAdmin();
        hall.callNext(setup.one().id());
        hall.finish(served.id(), null);

        hall.setHallActive(setup.hall().id(), false);
        assertThatThrownBy(() -> hall.takeWalkIn(setup.token(), ID_CARD, Priority.NONE))
                .isInstanceOf(HallException.class)
                .hasMessage("大厅“历下区政务服务中心”已停用，暂不提供预约和取号。");
        assertThatThrownBy(() -> hall.book(1001, slot.id(), ID_CARD)).hasMessage("大厅“历下区政务服务中心”已停用，暂不提供预约和取号。");
        assertThatThrownBy(() -> hall.callNext(setup.two().id())).hasMessage("02号窗口已停用。");
        assertThat(hall.halls(Jinan.JINAN)).singleElement().satisfies(h -> assertThat(h.active())
                .isFalse());
        assertThat(hall.windows(setup.hall().id())).hasSize(3);
        assertThat(hall.ticket(served.id()).orElseThrow().state()).isEqualTo(TicketState.FINISHED);
        assertThat(fixture.audit.withAction("hall.deactivate")).hasSize(1);

        hall.setHallActive(setup.hall().id(), true);
        assertThat(hall.takeWalkIn(setup.token(), ID_CARD, Priority.NONE).number())
                .isEqualTo("A002");
    }

    @Test
    void aDeactivatedWindowCallsNoNumberReceivesNoTransferLeavesTheScreenAndItsOnlyMattersAreNoLongerOffered() {
        fixture.clock.set("2026-12-07T08:30");
        Ticket first = walkIn(ID_CARD, Priority.NONE);
        fixture.asLixiaAdmin();
        hall.callNext(setup.three().id());
        assertThat(hall.callNext(setup.one().id()).orElseThrow().number()).isEqualTo(first.number());
        assertThatThrownBy(() -> hall.setWindowActive(setup.one().id(), false)).hasMessage("01号窗口正在办理业务，请办结后再停用。");
        hall.finish(first.id(), null);

        assertThat(hall.setWindowActive(setup.three().id(), false).active()).isFalse();
        assertThatThrownBy(() -> hall.callNext(setup.three().id())).hasMessage("03号窗口已停用。");
        assertThatThrownBy(() -> hall.takeWalkIn(setup.token(), REAL_ESTATE, Priority.NONE))
                .hasMessage("本大厅（窗口组）不办理该事项：" + REAL_ESTATE);
        assertThat(hall.kioskMatters(setup.token())).extracting(m -> m.code()).doesNotContain(REAL_ESTATE);
        assertThat(hall.screen(setup.hall().id()).windows())
                .extracting(w -> w.windowNumber())
                .containsExactly("01", "02");

        Ticket second = walkIn(ID_CARD, Priority.NONE);
        fixture.asLixiaAdmin();
        hall.callNext(setup.one().id());
        assertThatThrownBy(() -> hall.transfer(second.id(), setup.three().id())).hasMessage("03号窗口已停用。");
        assertThat(fixture.audit.withAction("hall.window.deactivate")).hasSize(1);

        fixture.access.revokeAll().actAs("shizhong-admin", Jinan.SHIZHONG, HallPermissions.ADMIN);
        assertThatThrownBy(() -> hall.setWindowActive(setup.three().id(), true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> hall.setHallActive(setup.hall().id(), false))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Slot firstSlot() {
        hall.openSlots(setup.group().id(), MONDAY, 1);
        return hall.slots(setup.group().id(), MONDAY, MONDAY).getFirst();
    }

    private int remaining(Slot slot) {
        return hall.slots(slot.groupId(), slot.day(), slot.day()).stream()
                .filter(s -> s.id() == slot.id())
                .findFirst()
                .orElseThrow()
                .remaining();
    }

    private long countRows(String sql) throws Exception {
        try (var c = database().dataSource().getConnection();
                var s = c.createStatement();
                var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    interface Task {
        boolean run(int index) throws Exception;
    }

    static List<Boolean> concurrently(int threads, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.run(index);
                }));
            }
            start.countDown();
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> f : futures) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    static java.time.Instant beijing(String localDateTime) {
        return org.tongban.testing.MutableClock.beijing(localDateTime);
    }

    /** The 18-character ID number with its GB 11643 check character. */
    static String id(String first17) {
        return first17 + org.tongban.platform.api.identity.IdentityNumbers.checkCharacter(first17);
    }
}
