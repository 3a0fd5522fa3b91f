package org.tongban.evaluation.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.evaluation.internal.EvaluationFixture;
import org.tongban.intake.IntakeStates;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.accounts.Registration;
import org.tongban.platform.accounts.internal.AccountsTestAccess;
import org.tongban.platform.api.identity.ApplicantKind;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.notify.internal.NotifyTestAccess;
import org.tongban.platform.security.internal.ArgonPasswordHashing;
import org.tongban.testing.ApiCalls;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.Jinan;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestDatabase;
import org.tongban.testing.TestJurisdictions;

/** The mobile app rates its finished cases with the account's bearer secret, on the real services over H2. */
class MobileRoutesTest {
    private static final String PASSWORD = "Baotu7quan-Lixia";
    private static final String ID = "370102199003071238";
    private static final String OTHER_ID = "370102198507150015";
    private static final String MINE = "SL370102202603020001";
    private static final String THEIRS = "SL370102202603020002";
    private static final String OPEN = "SL370102202603020003";

    private EvaluationFixture f;
    private PublicAccounts accounts;
    private String token;

    @BeforeEach
    void open() {
        f = new EvaluationFixture(TestDatabase.h2(EvaluationFixture.CHANGELOG));
        TestDatabase.migrated(f.db.dataSource(), "h2", "db/notify-changelog.xml");
        TestDatabase.migrated(f.db.dataSource(), "h2", "db/accounts-changelog.xml");
        RecordingAuditLog audit = new RecordingAuditLog();
        NotifyTestAccess outbox = NotifyTestAccess.of(
                f.db,
                new FakeAccessControl(new TestJurisdictions()),
                audit,
                new TestJurisdictions(),
                Clock.systemUTC());
        accounts = AccountsTestAccess.of(f.db, audit, new ArgonPasswordHashing(), outbox.notifications(), Jinan.JINAN);
        accounts.register(
                new Registration(ApplicantKind.PERSON, "李明", ID, null, "13900139000", PASSWORD.toCharArray()));
        accounts.register(
                new Registration(ApplicantKind.PERSON, "王芳", OTHER_ID, null, "13900139001", PASSWORD.toCharArray()));
        token = accounts.signInForApi(ID, PASSWORD.toCharArray(), "203.0.113.7")
                .session()
                .token();
        long mine = accounts.byToken(token).orElseThrow().id();
        f.cases.put(mine, MINE, "LX-XZSP", Jinan.LIXIA, IntakeStates.DELIVERED);
        f.cases.put(mine, OPEN, "LX-XZSP", Jinan.LIXIA, IntakeStates.ACCEPTED);
        f.cases.put(mine + 1000, THEIRS, "LX-XZSP", Jinan.LIXIA, IntakeStates.COMPLETED);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static ApiCalls.Reply post(ApiRoute route, String path, String body) {
        return ApiCalls.call(route, new String[] {path}, "POST", path, body, null, Locale.SIMPLIFIED_CHINESE);
    }

    private String rate(String number, String levels) {
        return "{\"token\":\"" + token + "\",\"number\":\"" + number + "\",\"levels\":" + levels
                + ",\"comment\":\"很方便\"}";
    }

    @Test
    void theAccountListsItsPendingCasesRatesOnceAndReadsItsRating() {
        MyPendingRoute pending = new MyPendingRoute(accounts, f.service);
        RateCaseRoute rate = new RateCaseRoute(accounts, f.service);
        MyRatingRoute one = new MyRatingRoute(accounts, f.service);

        ApiCalls.Reply list = post(pending, MyPendingRoute.PATH, "{\"token\":\"" + token + "\"}");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("cases").toString()).contains(MINE).doesNotContain(OPEN, THEIRS);

        ApiCalls.Reply none =
                post(one, MyRatingRoute.PATH, "{\"token\":\"" + token + "\",\"number\":\"" + MINE + "\"}");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.json().get("error").asText()).contains("没有您对办件");

        ApiCalls.Reply rated = post(rate, RateCaseRoute.PATH, rate(MINE, "{\"OVERALL\":5,\"GUIDE\":4}"));
        assertThat(rated.status()).isEqualTo(201);
        assertThat(rated.json().get("levels").get("OVERALL").asText()).isEqualTo("VERY_SATISFIED");
        assertThat(post(one, MyRatingRoute.PATH, "{\"token\":\"" + token + "\",\"number\":\"" + MINE + "\"}")
                        .status())
                .isEqualTo(200);

        ApiCalls.Reply twice = post(rate, RateCaseRoute.PATH, rate(MINE, "{\"OVERALL\":1}"));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().get("error").asText()).isEqualTo("此项服务已评价过，每项服务只能评价一次。");

        ApiCalls.Reply amended =
                post(new AmendCaseRoute(accounts, f.service), AmendCaseRoute.PATH, rate(MINE, "{\"OVERALL\":4}"));
        assertThat(amended.status()).isEqualTo(200);
        assertThat(amended.json().get("amended").asBoolean()).isTrue();
    }

    @Test
    void casesNotYoursOrNotFinishedAndBadInputAreRefusedClearly() {
        RateCaseRoute rate = new RateCaseRoute(accounts, f.service);
        ApiCalls.Reply theirs = post(rate, RateCaseRoute.PATH, rate(THEIRS, "{\"OVERALL\":5}"));
        assertThat(theirs.status()).isEqualTo(404);
        assertThat(theirs.json().get("error").asText()).isEqualTo("未找到您的办件 " + THEIRS + "。");
        ApiCalls.Reply open = post(rate, RateCaseRoute.PATH, rate(OPEN, "{\"OVERALL\":5}"));
        assertThat(open.status()).isEqualTo(400);
        assertThat(open.json().get("error").asText()).contains("尚未办结");
        assertThat(post(rate, RateCaseRoute.PATH, rate(MINE, "{\"OVERALL\":9}")).status())
                .isEqualTo(400);
        assertThat(post(rate, RateCaseRoute.PATH, rate(MINE, "{\"SPEED\":5}"))
                        .json()
                        .get("error")
                        .asText())
                .contains("SPEED");
        ApiCalls.Reply forged =
                post(rate, RateCaseRoute.PATH, rate(MINE, "{\"OVERALL\":5}").replace(token, "forged"));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.json().get("error").asText()).contains("登录已失效");
        assertThat(f.db.count("eval_rating")).isZero();
    }

    @Test
    void theRoutesDescribeThemselvesInOpenApi() throws Exception {
        var paths = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(RatingRoutes.OPEN_API)
                .get("paths");
        for (String path :
                new String[] {MyPendingRoute.PATH, RateCaseRoute.PATH, AmendCaseRoute.PATH, MyRatingRoute.PATH}) {
            assertThat(paths.has("/" + path)).as(path).isTrue();
        }
    }
}
