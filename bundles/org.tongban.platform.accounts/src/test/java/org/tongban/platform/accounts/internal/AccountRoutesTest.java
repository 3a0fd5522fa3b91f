package org.tongban.platform.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.testing.Jinan.JINAN;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.notify.NotificationGateway;
import org.tongban.platform.notify.OutgoingMessage;
import org.tongban.platform.notify.internal.NotifyTestAccess;
import org.tongban.platform.security.internal.ArgonPasswordHashing;
import org.tongban.testing.ApiCalls;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.MutableClock;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestDatabase;
import org.tongban.testing.TestJurisdictions;

/** The mobile routes as the host calls them for an anonymous caller, over the real services on H2. */
class AccountRoutesTest {
    private static final String REGISTER = "{\"kind\":\"PERSON\",\"name\":\"张三\",\"identifier\":\"370102199003071238\","
            + "\"mobile\":\"13812345678\",\"password\":\"Baotu7quan-Lixia\"}";

    private final TestJurisdictions jurisdictions = new TestJurisdictions();
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final List<OutgoingMessage> sms = new CopyOnWriteArrayList<>();
    private TestDatabase db;
    private NotifyTestAccess outbox;
    private JdbcPublicAccounts accounts;

    @BeforeEach
    void setUp() {
        db = TestDatabase.h2(PublicAccountsContract.CHANGELOG);
        TestDatabase.migrated(db.dataSource(), "h2", PublicAccountsContract.NOTIFY_CHANGELOG);
        MutableClock clock = new MutableClock();
        outbox = NotifyTestAccess.of(db, new FakeAccessControl(jurisdictions), audit, jurisdictions, clock);
        outbox.addGateway((NotificationGateway) sms::add, "SMS");
        accounts = new JdbcPublicAccounts(
                db, audit, new ArgonPasswordHashing(), outbox.notifications(), AccountRules.DEFAULT, JINAN, clock);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static ApiCalls.Reply post(ApiRoute route, String path, String body, Locale locale) {
        return ApiCalls.call(route, new String[] {path}, "POST", path, body, null, locale);
    }

    @Test
    void registerSignInAndReadMessagesWithTheToken() {
        ApiCalls.Reply registered = post(new RegisterRoute(accounts), RegisterRoute.PATH, REGISTER, Locale.CHINA);
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.json().path("identifier").asText()).isEqualTo("370102********1238");
        assertThat(registered.text()).doesNotContain("13812345678");

        ApiCalls.Reply session = post(
                new SignInRoute(accounts),
                SignInRoute.PATH,
                "{\"loginName\":\"370102199003071238\",\"password\":\"Baotu7quan-Lixia\"}",
                Locale.CHINA);
        assertThat(session.status()).isEqualTo(201);
        String token = session.json().path("token").asText();
        assertThat(token).hasSizeGreaterThan(40);

        MessagesRoute messages = new MessagesRoute(accounts, outbox.notifications());
        JsonNode inbox = post(messages, MessagesRoute.PATH, "{\"token\":\"" + token + "\"}", Locale.ENGLISH)
                .json();
        assertThat(inbox.path("unread").asInt()).isEqualTo(1);
        assertThat(inbox.path("messages").get(0).path("subject").asText()).isEqualTo("Registration complete");
        long id = inbox.path("messages").get(0).path("id").asLong();
        assertThat(post(
                                messages,
                                MessagesRoute.PATH,
                                "{\"token\":\"" + token + "\",\"markRead\":" + id + "}",
                                Locale.CHINA)
                        .json()
                        .path("unread")
                        .asInt())
                .isZero();
        ApiCalls.Reply forged = post(messages, MessagesRoute.PATH, "{\"token\":\"forged\"}", Locale.CHINA);
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.json().path("error").asText()).isEqualTo("登录已失效，请重新登录");
    }

    @Test
    void wrongPasswordsAre401ThenALockIs429InTheCallersLanguage() {
        post(new RegisterRoute(accounts), RegisterRoute.PATH, REGISTER, Locale.CHINA);
        SignInRoute signIn = new SignInRoute(accounts);
        String wrong = "{\"loginName\":\"370102199003071238\",\"password\":\"wrong-password-1\"}";

        for (int i = 0; i < 4; i++) {
            ApiCalls.Reply refused = post(signIn, SignInRoute.PATH, wrong, Locale.CHINA);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.json().path("error").asText()).isEqualTo("证件号码或密码不正确");
        }
        ApiCalls.Reply locked = post(signIn, SignInRoute.PATH, wrong, Locale.ENGLISH);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.json().path("error").asText()).startsWith("Too many wrong passwords; try again after ");
    }

    @Test
    void badRegistrationsAre400InChineseAndResetAnswersTheSameForUnknownAccounts() {
        ApiCalls.Reply bad = post(
                new RegisterRoute(accounts),
                RegisterRoute.PATH,
                REGISTER.replace("370102199003071238", "370102199003071234"),
                Locale.CHINA);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("error").asText()).isEqualTo("身份证号码不正确，请核对后重新输入");

        post(new RegisterRoute(accounts), RegisterRoute.PATH, REGISTER, Locale.CHINA);
        ResetCodeRoute reset = new ResetCodeRoute(accounts);
        assertThat(post(reset, ResetCodeRoute.PATH, "{\"loginName\":\"11010519491231002X\"}", Locale.CHINA)
                        .status())
                .isEqualTo(204);
        assertThat(post(reset, ResetCodeRoute.PATH, "{\"loginName\":\"370102199003071238\"}", Locale.CHINA)
                        .status())
                .isEqualTo(204);
        outbox.notifications().deliverDue();
        Matcher code = Pattern.compile("验证码为(\\d{6})").matcher(sms.getLast().text());
        assertThat(code.find()).isTrue();

        ResetPasswordRoute password = new ResetPasswordRoute(accounts);
        assertThat(post(
                                password,
                                ResetPasswordRoute.PATH,
                                "{\"loginName\":\"370102199003071238\",\"code\":\"" + code.group(1)
                                        + "\",\"password\":\"Daming-Lake-2026\"}",
                                Locale.CHINA)
                        .status())
                .isEqualTo(204);
        assertThat(post(
                                password,
                                ResetPasswordRoute.PATH,
                                "{\"loginName\":\"370102199003071238\",\"code\":\"" + code.group(1)
                                        + "\",\"password\":\"Daming-Lake-2027\"}",
                                Locale.ENGLISH)
                        .json()
                        .path("error")
                        .asText())
                .isEqualTo("The code is wrong or no longer valid; ask for a new one");
    }
}
