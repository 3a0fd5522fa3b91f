package org.tongban.hall.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.hall.internal.HallFixture;
import org.tongban.hall.internal.JdbcHallService;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.identity.ApplicantKind;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.testing.ApiCalls;
import org.tongban.testing.TestDatabase;

/** The mobile app's routes on the real hall service (H2): slots, book, cancel, my bookings, a hall by id. */
class MobileRoutesTest {
    private static final String TOKEN = "app-session-secret";
    private static TestDatabase database;

    private JdbcHallService hall;
    private HallFixture.Setup setup;
    private PublicAccounts accounts;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.h2(HallFixture.CHANGELOG);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @BeforeEach
    void hall() {
        database.execute(
                "DELETE FROM hall_ticket",
                "DELETE FROM hall_counter",
                "DELETE FROM hall_booking",
                "DELETE FROM hall_slot",
                "DELETE FROM hall_window_matter",
                "DELETE FROM hall_window",
                "DELETE FROM hall_group",
                "DELETE FROM hall_hall");
        HallFixture fixture = new HallFixture(database);
        hall = fixture.service;
        setup = fixture.standardHall();
        hall.openSlots(setup.group().id(), java.time.LocalDate.of(2026, 12, 7), 1);
        accounts = accounts(new PublicAccount(
                42, ApplicantKind.PERSON, "张三", "370102199003071234", null, "13800000000", Instant.EPOCH));
    }

    @Test
    void aCitizenListsSlotsBooksSeesAndCancelsThroughTheApp() {
        ApiCalls.Reply slots = ApiCalls.get(
                new SlotsRoute(hall),
                new String[] {"v1/hall/groups/{group}/slots"},
                "v1/hall/groups/" + setup.group().id() + "/slots",
                "from",
                "2026-12-07",
                "to",
                "2026-12-07");
        assertThat(slots.status()).isEqualTo(200);
        long slot = slots.json().get("slots").get(0).get("id").asLong();

        ApiCalls.Reply booked = post(
                new BookRoute(accounts, hall),
                "v1/hall/my/book",
                "{\"token\":\"" + TOKEN + "\",\"slot\":" + slot + ",\"matter\":\"" + HallFixture.ID_CARD + "\"}");
        assertThat(booked.status()).isEqualTo(201);
        String code = booked.json().get("code").asText();

        ApiCalls.Reply again = post(
                new BookRoute(accounts, hall),
                "v1/hall/my/book",
                "{\"token\":\"" + TOKEN + "\",\"slot\":" + slot + ",\"matter\":\"" + HallFixture.ID_CARD + "\"}");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("error").asText()).isEqualTo("您在2026-12-07已预约该类业务，不能重复预约");

        ApiCalls.Reply mine =
                post(new MyBookingsRoute(accounts, hall), "v1/hall/my/bookings", "{\"token\":\"" + TOKEN + "\"}");
        assertThat(mine.json().get("bookings").get(0).get("code").asText()).isEqualTo(code);

        ApiCalls.Reply cancelled = post(
                new CancelRoute(accounts, hall),
                "v1/hall/my/cancel",
                "{\"token\":\"" + TOKEN + "\",\"code\":\"" + code + "\"}");
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("state").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void aSignInThatIsNoLongerValidIsAnsweredWith401() {
        ApiCalls.Reply reply =
                post(new MyBookingsRoute(accounts, hall), "v1/hall/my/bookings", "{\"token\":\"stale\"}");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("error").asText()).isEqualTo("登录已失效，请重新登录");
    }

    @Test
    void aHallByIdIs200AndAnUnknownOne404() {
        HallRoute route = new HallRoute(hall, hall);
        String[] pattern = {"v1/hall/halls/{id}"};
        ApiCalls.Reply found =
                ApiCalls.get(route, pattern, "v1/hall/halls/" + setup.hall().id());
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("hall").get("name").asText()).isEqualTo("历下区政务服务中心");
        assertThat(found.json().get("matters").size()).isEqualTo(4);
        assertThat(ApiCalls.get(route, pattern, "v1/hall/halls/999999").status())
                .isEqualTo(404);
        assertThat(ApiCalls.get(route, pattern, "v1/hall/halls/abc").status()).isEqualTo(404);
    }

    @Test
    void aBadDateIs400() {
        ApiCalls.Reply reply = ApiCalls.get(
                new SlotsRoute(hall),
                new String[] {"v1/hall/groups/{group}/slots"},
                "v1/hall/groups/" + setup.group().id() + "/slots",
                "from",
                "7.12.2026");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).isEqualTo("日期参数 from 格式应为 yyyy-MM-dd");
    }

    private static ApiCalls.Reply post(ApiRoute route, String path, String body) {
        return ApiCalls.call(route, new String[] {path}, "POST", path, body, null, Locale.SIMPLIFIED_CHINESE);
    }

    /** The accounts service as far as the routes use it: the app's sign-in secret of one citizen. */
    private static PublicAccounts accounts(PublicAccount citizen) {
        return (PublicAccounts) Proxy.newProxyInstance(
                MobileRoutesTest.class.getClassLoader(),
                new Class<?>[] {PublicAccounts.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("byToken")) {
                        return TOKEN.equals(args[0]) ? Optional.of(citizen) : Optional.empty();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
