package org.tongban.helpdesk.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.helpdesk.internal.HelpdeskFixture.ZICHUAN;

import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.helpdesk.HelpRequest;
import org.tongban.helpdesk.internal.HelpdeskFixture;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.accounts.Registration;
import org.tongban.platform.accounts.internal.AccountsTestAccess;
import org.tongban.platform.api.identity.ApplicantKind;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.notify.internal.NotifyTestAccess;
import org.tongban.platform.security.internal.ArgonPasswordHashing;
import org.tongban.testing.ApiCalls;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestDatabase;

/**
 * The mobile app asks for help, follows its requests and rates them with the account's bearer secret, on the real
 * help desk and public accounts.
 */
abstract class MobileRoutesContract {
    private static final String PASSWORD = "Zichuan7-Bangban";
    private static final String OTHER_ID = "370102198507150015";

    private HelpdeskFixture f;
    private PublicAccounts accounts;
    private String token;
    private String othersToken;

    abstract TestDatabase open();

    @BeforeEach
    void openFixture() {
        f = new HelpdeskFixture(open());
        f.standardTeams();
        String dialect = f.db.vendor();
        TestDatabase.migrated(f.db.dataSource(), dialect, "db/notify-changelog.xml");
        TestDatabase.migrated(f.db.dataSource(), dialect, "db/accounts-changelog.xml");
        RecordingAuditLog audit = new RecordingAuditLog();
        NotifyTestAccess outbox = NotifyTestAccess.of(
                f.db,
                new FakeAccessControl(new org.tongban.testing.TestJurisdictions()),
                audit,
                f.jurisdictions,
                Clock.systemUTC());
        accounts = AccountsTestAccess.of(
                f.db, audit, new ArgonPasswordHashing(), outbox.notifications(), HelpdeskFixture.ZIBO);
        accounts.register(new Registration(
                ApplicantKind.PERSON, "王秀英", HelpdeskFixture.ID_NUMBER, null, "13900139000", PASSWORD.toCharArray()));
        accounts.register(
                new Registration(ApplicantKind.PERSON, "李明", OTHER_ID, null, "13900139001", PASSWORD.toCharArray()));
        token = accounts.signInForApi(HelpdeskFixture.ID_NUMBER, PASSWORD.toCharArray(), "203.0.113.7")
                .session()
                .token();
        othersToken = accounts.signInForApi(OTHER_ID, PASSWORD.toCharArray(), "203.0.113.8")
                .session()
                .token();
    }

    @AfterEach
    void closeFixture() {
        f.close();
    }

    private static ApiCalls.Reply post(ApiRoute route, String path, String body) {
        return ApiCalls.call(route, new String[] {path}, "POST", path, body, null, Locale.SIMPLIFIED_CHINESE);
    }

    private static String asking(String token, String description) {
        return "{\"token\":\"" + token + "\",\"kind\":\"FULL_AGENCY\",\"matterCodes\":[\"" + HelpdeskFixture.BUSINESS
                + "\"],\"jurisdictionCode\":\"" + ZICHUAN + "\",\"description\":\"" + description + "\"}";
    }

    @Test
    void theAccountAsksFromThePhoneFollowsOnlyItsOwnRequestsAndRatesThemOnceClosed() {
        AskHelpRoute ask = new AskHelpRoute(accounts, f.service);
        MyHelpListRoute list = new MyHelpListRoute(accounts, f.service);
        MyHelpRoute one = new MyHelpRoute(accounts, f.service);
        RateHelpRoute rate = new RateHelpRoute(accounts, f.service);

        ApiCalls.Reply asked = post(ask, AskHelpRoute.PATH, asking(token, "腿脚不便，请帮我代办"));
        assertThat(asked.status()).isEqualTo(201);
        long id = asked.json().get("id").asLong();
        assertThat(asked.json().get("channel").asText()).isEqualTo("MOBILE");
        assertThat(asked.json().get("state").asText()).isEqualTo("NEW");
        HelpRequest stored = f.service.mine(accountId(token)).getFirst();
        assertThat(stored.requester().name()).isEqualTo("王秀英");
        assertThat(stored.requester().identifier()).isEqualTo(HelpdeskFixture.ID_NUMBER);

        ApiCalls.Reply mine = post(list, MyHelpListRoute.PATH, "{\"token\":\"" + token + "\"}");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get("requests").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(post(list, MyHelpListRoute.PATH, "{\"token\":\"" + othersToken + "\"}")
                        .json()
                        .get("requests"))
                .isEmpty();

        String byId = "{\"token\":\"%s\",\"id\":" + id + "}";
        ApiCalls.Reply followed = post(one, MyHelpRoute.PATH, byId.formatted(token));
        assertThat(followed.status()).isEqualTo(200);
        assertThat(followed.json().get("steps").get(0).get("action").asText()).isEqualTo("register");
        assertThat(followed.json().toString()).doesNotContain("zc.a");
        ApiCalls.Reply others = post(one, MyHelpRoute.PATH, byId.formatted(othersToken));
        assertThat(others.status()).isEqualTo(404);
        assertThat(others.json().toString()).contains("帮办申请不存在或无权查看：" + id);

        String rating = "{\"token\":\"%s\",\"id\":" + id + ",\"rating\":\"%s\",\"comment\":\"很贴心\"}";
        ApiCalls.Reply early = post(rate, RateHelpRoute.PATH, rating.formatted(token, "SATISFIED"));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().toString()).contains("尚未办结");

        f.asHelper("zc.a", ZICHUAN);
        HelpRequest taken = f.service.take(id, stored.version());
        f.service.complete(id, taken.version(), "已代为办结");
        f.access.logOut();

        assertThat(post(rate, RateHelpRoute.PATH, rating.formatted(othersToken, "DISSATISFIED"))
                        .status())
                .as("another person's request")
                .isEqualTo(404);
        ApiCalls.Reply unknown = post(rate, RateHelpRoute.PATH, rating.formatted(token, "GREAT"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().toString()).contains("评价无效：GREAT");
        ApiCalls.Reply rated = post(rate, RateHelpRoute.PATH, rating.formatted(token, "SATISFIED"));
        assertThat(rated.status()).isEqualTo(201);
        assertThat(rated.json().get("rating").asText()).isEqualTo("SATISFIED");
        assertThat(post(rate, RateHelpRoute.PATH, rating.formatted(token, "BASIC"))
                        .json()
                        .toString())
                .contains("已经评价过");
        ApiCalls.Reply closed = post(one, MyHelpRoute.PATH, byId.formatted(token));
        assertThat(closed.json().get("state").asText()).isEqualTo("COMPLETED");
        assertThat(closed.json().get("rating").get("comment").asText()).isEqualTo("很贴心");
    }

    @Test
    void badRequestsGetClearErrorsAndStoreNothing() {
        AskHelpRoute ask = new AskHelpRoute(accounts, f.service);
        MyHelpRoute one = new MyHelpRoute(accounts, f.service);

        ApiCalls.Reply forged = post(ask, AskHelpRoute.PATH, asking("forged", "请帮忙"));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.json().toString()).contains("登录已失效，请重新登录");
        ApiCalls.Reply empty = post(ask, AskHelpRoute.PATH, asking(token, ""));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().toString()).contains("请");
        ApiCalls.Reply kind = post(ask, AskHelpRoute.PATH, asking(token, "请帮忙").replace("FULL_AGENCY", "MAGIC"));
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.json().toString()).contains("帮办类型无效：MAGIC");
        ApiCalls.Reply matter =
                post(ask, AskHelpRoute.PATH, asking(token, "请帮忙").replace(HelpdeskFixture.BUSINESS, "NO-SUCH"));
        assertThat(matter.status()).isEqualTo(400);
        ApiCalls.Reply area = post(ask, AskHelpRoute.PATH, asking(token, "请帮忙").replace(ZICHUAN, "999999"));
        assertThat(area.status()).isEqualTo(400);
        ApiCalls.Reply noId = post(one, MyHelpRoute.PATH, "{\"token\":\"" + token + "\"}");
        assertThat(noId.status()).isEqualTo(400);
        assertThat(noId.json().toString()).contains("请指明帮办申请");
        assertThat(post(one, MyHelpRoute.PATH, "{\"token\":\"" + token + "\",\"id\":\"x\"}")
                        .status())
                .isEqualTo(400);
        assertThat(f.db.count("hd_request")).isZero();
    }

    @Test
    void theRoutesDescribeThemselvesInOpenApi() throws Exception {
        var paths = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(new AskHelpRoute(accounts, f.service).openApi())
                .get("paths");
        for (String path :
                java.util.List.of(AskHelpRoute.PATH, MyHelpListRoute.PATH, MyHelpRoute.PATH, RateHelpRoute.PATH)) {
            assertThat(paths.has("/" + path)).as(path).isTrue();
        }
    }

    private long accountId(String token) {
        return accounts.byToken(token).orElseThrow().id();
    }
}
