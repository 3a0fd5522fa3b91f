package org.tongban.hotline.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.hotline.internal.HotlineForPortal;
import org.tongban.platform.accounts.PublicAccount;
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

/** The mobile app files and follows its tickets with the account's bearer secret, on the real services over H2. */
class MobileRoutesTest {
    private static final String PASSWORD = "Baotu7quan-Lixia";
    private static final String ID = "370102199003071238";

    private HotlineForPortal hotline;
    private PublicAccounts accounts;
    private String token;
    private String othersToken;

    @BeforeEach
    void open() {
        hotline = new HotlineForPortal(TestDatabase.h2("db/hotline-with-platform.xml"));
        TestDatabase db = hotline.db();
        TestDatabase.migrated(db.dataSource(), "h2", "db/notify-changelog.xml");
        TestDatabase.migrated(db.dataSource(), "h2", "db/accounts-changelog.xml");
        RecordingAuditLog audit = new RecordingAuditLog();
        var jurisdictions = hotline.jurisdictions();
        NotifyTestAccess outbox = NotifyTestAccess.of(
                db,
                new FakeAccessControl(new org.tongban.testing.TestJurisdictions()),
                audit,
                jurisdictions,
                Clock.systemUTC());
        accounts = AccountsTestAccess.of(db, audit, new ArgonPasswordHashing(), outbox.notifications(), Jinan.JINAN);
        accounts.register(
                new Registration(ApplicantKind.PERSON, "李明", ID, null, "13900139000", PASSWORD.toCharArray()));
        accounts.register(new Registration(
                ApplicantKind.PERSON, "王芳", "370102198507150015", null, "13900139001", PASSWORD.toCharArray()));
        token = accounts.signInForApi(ID, PASSWORD.toCharArray(), "203.0.113.7")
                .session()
                .token();
        othersToken = accounts.signInForApi("370102198507150015", PASSWORD.toCharArray(), "203.0.113.8")
                .session()
                .token();
    }

    @AfterEach
    void close() {
        hotline.close();
    }

    private static ApiCalls.Reply post(ApiRoute route, String path, String body) {
        return ApiCalls.call(route, new String[] {path}, "POST", path, body, null, Locale.SIMPLIFIED_CHINESE);
    }

    private static String filing(String token, String description) {
        return "{\"token\":\"" + token + "\",\"type\":\"REPORT\",\"address\":\"历下区泉城路188号\",\"jurisdictionCode\":\""
                + Jinan.JIEFANGLU + "\",\"description\":\"" + description + "\"}";
    }

    @Test
    void theAccountFilesFromThePhoneAndFollowsOnlyItsOwnTickets() {
        FileTicketRoute file = new FileTicketRoute(accounts, hotline.citizens());
        MyTicketsRoute list = new MyTicketsRoute(accounts, hotline.citizens());
        MyTicketRoute one = new MyTicketRoute(accounts, hotline.citizens());

        ApiCalls.Reply filed = post(file, FileTicketRoute.PATH, filing(token, "工地夜间偷排泥浆进入雨水管道。"));
        assertThat(filed.status()).isEqualTo(201);
        String number = filed.json().get("number").asText();
        assertThat(filed.json().get("channel").asText()).isEqualTo("MOBILE");
        assertThat(filed.json().get("confidential").asBoolean()).isTrue();

        ApiCalls.Reply mine = post(list, MyTicketsRoute.PATH, "{\"token\":\"" + token + "\"}");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get("tickets").get(0).get("number").asText()).isEqualTo(number);
        assertThat(post(list, MyTicketsRoute.PATH, "{\"token\":\"" + othersToken + "\"}")
                        .json()
                        .get("tickets"))
                .isEmpty();

        String ask = "{\"token\":\"%s\",\"number\":\"" + number + "\"}";
        assertThat(post(one, MyTicketRoute.PATH, ask.formatted(token))
                        .json()
                        .get("state")
                        .asText())
                .isEqualTo("RECEIVED");
        ApiCalls.Reply others = post(one, MyTicketRoute.PATH, ask.formatted(othersToken));
        assertThat(others.status()).isEqualTo(404);
        assertThat(others.json().toString()).contains("工单不存在或无权查看：" + number);
    }

    @Test
    void badRequestsGetClearErrorsAndStoreNothing() {
        FileTicketRoute file = new FileTicketRoute(accounts, hotline.citizens());
        MyTicketsRoute list = new MyTicketsRoute(accounts, hotline.citizens());

        ApiCalls.Reply forged = post(list, MyTicketsRoute.PATH, "{\"token\":\"forged\"}");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.json().toString()).contains("登录已失效，请重新登录");
        assertThat(post(file, FileTicketRoute.PATH, filing("forged", "x")).status())
                .isEqualTo(401);

        ApiCalls.Reply empty = post(file, FileTicketRoute.PATH, filing(token, ""));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().toString()).contains("请填写诉求内容");
        ApiCalls.Reply type =
                post(file, FileTicketRoute.PATH, filing(token, "路灯坏了").replace("\"REPORT\"", "\"RUMOUR\""));
        assertThat(type.status()).isEqualTo(400);
        assertThat(type.json().toString()).contains("诉求类型无效：RUMOUR");
        assertThat(post(list, MyTicketsRoute.PATH, "{\"token\":\"" + token + "\",\"limit\":1000}")
                        .status())
                .isEqualTo(400);

        PublicAccount account = accounts.byToken(token).orElseThrow();
        assertThat(hotline.citizens().tickets(account.id(), 100)).isEmpty();
    }

    @Test
    void theRoutesDescribeThemselvesInOpenApi() throws Exception {
        var paths = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(new MyTicketsRoute(accounts, hotline.citizens()).openApi())
                .get("paths");
        assertThat(paths.has("/" + MyTicketsRoute.PATH)).isTrue();
        assertThat(paths.has("/" + MyTicketRoute.PATH)).isTrue();
        assertThat(paths.has("/" + FileTicketRoute.PATH)).isTrue();
    }
}
