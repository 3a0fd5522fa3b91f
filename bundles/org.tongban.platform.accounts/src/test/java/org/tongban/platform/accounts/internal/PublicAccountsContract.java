package org.tongban.platform.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.testing.Jinan.JINAN;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.platform.accounts.AccountException;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.Registration;
import org.tongban.platform.accounts.SignIn;
import org.tongban.platform.api.identity.ApplicantKind;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.notify.InboxMessage;
import org.tongban.platform.notify.NotificationGateway;
import org.tongban.platform.notify.OutgoingMessage;
import org.tongban.platform.notify.internal.NotifyTestAccess;
import org.tongban.platform.security.internal.ArgonPasswordHashing;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.MutableClock;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestJurisdictions;

/** What public accounts do, with the real outbox and hashing, run against each real database by a subclass. */
abstract class PublicAccountsContract {
    static final String CHANGELOG = "db/accounts-changelog.xml";
    static final String NOTIFY_CHANGELOG = "db/notify-changelog.xml";
    static final String ID = "370102199003071238";
    static final String MOBILE = "13812345678";
    static final String PASSWORD = "Baotu7quan-Lixia";
    private static final String HOME = "10.0.0.7";
    private static final String ATTACKER = "203.0.113.9";
    private static final ArgonPasswordHashing HASHING = new ArgonPasswordHashing();

    private final TestJurisdictions jurisdictions = new TestJurisdictions();
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final MutableClock clock = new MutableClock();
    private final List<OutgoingMessage> sms = new java.util.concurrent.CopyOnWriteArrayList<>();
    private NotifyTestAccess outbox;
    private JdbcPublicAccounts accounts;

    abstract Database database();

    @BeforeEach
    void emptyTables() {
        database().transactions().required(c -> {
            for (String table : List.of(
                    "pub_api_session",
                    "pub_reset_code",
                    "pub_login_failure",
                    "pub_account",
                    "notify_demo_sent",
                    "notify_delivery",
                    "notify_message")) {
                Jdbc.update(c, "DELETE FROM " + table);
            }
            return null;
        });
        outbox = NotifyTestAccess.of(database(), new FakeAccessControl(jurisdictions), audit, jurisdictions, clock);
        outbox.addGateway((NotificationGateway) sms::add, "SMS");
        accounts = new JdbcPublicAccounts(
                database(), audit, HASHING, outbox.notifications(), AccountRules.DEFAULT, JINAN, clock);
    }

    private PublicAccount registerPerson() {
        return accounts.register(
                new Registration(ApplicantKind.PERSON, "张三", ID, null, MOBILE, PASSWORD.toCharArray()));
    }

    @Test
    void aCitizenRegistersIsGreetedAndReadsBackOnlyMaskedIdentifiers() {
        PublicAccount account = registerPerson();

        assertThat(account.identifier()).isEqualTo("370102********1238");
        assertThat(account.mobile()).isEqualTo("138****5678");
        assertThat(account.contactName()).isEqualTo("张三");
        assertThat(outbox.notifications().inbox(account.recipient(), Locale.SIMPLIFIED_CHINESE, 5))
                .extracting(InboxMessage::subject)
                .containsExactly("注册成功");
        outbox.notifications().deliverDue();
        assertThat(sms)
                .as("the greeting stays in the app until the mobile is proven")
                .isEmpty();
        assertThat(audit.actions()).contains("account.register account/" + account.id());
        assertThat(audit.lines()).noneMatch(line -> line.contains(ID));
        assertThat(outbox.notifications().inbox(account.recipient(), Locale.SIMPLIFIED_CHINESE, 5))
                .extracting(InboxMessage::text)
                .containsExactly("张三，您好：您已成功注册政务服务账号，登录名为370102********1238。");
    }

    @Test
    void aFeatureFindsTheAccountOfAnApplicantItKnowsByIdentifierAndItsCasesByTheFullIdentifier() {
        PublicAccount account = registerPerson();

        assertThat(accounts.byIdentifier(" " + ID.toLowerCase(java.util.Locale.ROOT) + " "))
                .hasValueSatisfying(found -> {
                    assertThat(found.id()).isEqualTo(account.id());
                    assertThat(found.identifier())
                            .isEqualTo(account.identifier())
                            .doesNotContain(ID);
                });
        assertThat(accounts.identifier(account.id())).hasValue(ID);
        assertThat(accounts.byIdentifier("11010519491231002X")).isEmpty();
        assertThat(accounts.identifier(account.id() + 1000)).isEmpty();
    }

    @Test
    void anEnterpriseRegistersWithItsCreditCodeAndAContactPerson() {
        PublicAccount company = accounts.register(new Registration(
                ApplicantKind.ORGANISATION,
                "济南泉城科技有限公司",
                "91370100ma3c9xxx08",
                "李四",
                "13900001111",
                "Quancheng-2026-ok".toCharArray()));

        assertThat(company.identifier()).isEqualTo("91370100MA3C9XXX08");
        assertThat(company.contactName()).isEqualTo("李四");
        assertThat(accounts.signIn("91370100MA3C9XXX08", "Quancheng-2026-ok".toCharArray(), HOME)
                        .signedIn())
                .isTrue();
    }

    @Test
    void malformedRegistrationsAreRefusedInPlainChineseAndNothingIsWritten() {
        assertThatThrownBy(() -> accounts.register(new Registration(
                        ApplicantKind.PERSON, "张三", "370102199003071234", null, MOBILE, PASSWORD.toCharArray())))
                .isInstanceOf(AccountException.class)
                .hasMessage("身份证号码不正确，请核对后重新输入");
        assertThatThrownBy(() -> accounts.register(new Registration(
                        ApplicantKind.ORGANISATION, "某公司", "91370100MA3C9XXX09", "李四", MOBILE, PASSWORD.toCharArray())))
                .hasMessage("统一社会信用代码不正确，请核对后重新输入");
        assertThatThrownBy(() -> accounts.register(
                        new Registration(ApplicantKind.PERSON, "张三", ID, null, "2381234567", PASSWORD.toCharArray())))
                .hasMessage("手机号码应为11位数字，以1开头");
        assertThatThrownBy(() -> accounts.register(
                        new Registration(ApplicantKind.PERSON, " ", ID, null, MOBILE, PASSWORD.toCharArray())))
                .hasMessageStartingWith("请填写姓名");
        assertThatThrownBy(() -> accounts.register(
                        new Registration(ApplicantKind.PERSON, "张三", ID, null, MOBILE, "password123".toCharArray())))
                .isInstanceOfSatisfying(
                        AccountException.class,
                        e -> assertThat(e.message(Locale.ENGLISH)).isNotBlank().isNotEqualTo(e.getMessage()));
        assertThat(count("pub_account")).isZero();
        assertThat(count("notify_message")).isZero();

        registerPerson();
        assertThatThrownBy(this::registerPerson).hasMessage("该证件号码已注册，请直接登录或找回密码");
        assertThat(count("pub_account")).isEqualTo(1);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForThatAddressOnlyForFifteenMinutes() {
        // GB/T 22239-2019 8.1.4.1 a): login failures are handled by locking; the numbers are the staff side's defaults.
        registerPerson();
        for (int i = 1; i < 5; i++) {
            assertThat(accounts.signIn(ID, "wrong".toCharArray(), ATTACKER).outcome())
                    .isEqualTo(SignIn.Outcome.REFUSED);
        }
        SignIn fifth = accounts.signIn(ID, "wrong".toCharArray(), ATTACKER);
        assertThat(fifth.outcome()).isEqualTo(SignIn.Outcome.LOCKED);
        assertThat(fifth.lockedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));

        assertThat(accounts.signIn(ID, PASSWORD.toCharArray(), ATTACKER).outcome())
                .as("even the right password, from the locked address")
                .isEqualTo(SignIn.Outcome.LOCKED);
        assertThat(accounts.signIn(ID, PASSWORD.toCharArray(), HOME).signedIn())
                .as("the owner from home")
                .isTrue();
        clock.advance(Duration.ofMinutes(15));
        assertThat(accounts.signIn(ID, PASSWORD.toCharArray(), ATTACKER).signedIn())
                .isTrue();
        assertThat(audit.actions()).contains("account.locked account/" + id());
    }

    @Test
    void anUnknownLoginNameIsRefusedLikeAWrongPassword() {
        SignIn unknown = accounts.signIn("11010519491231002X", PASSWORD.toCharArray(), HOME);

        assertThat(unknown.outcome()).isEqualTo(SignIn.Outcome.REFUSED);
        accounts.requestReset("11010519491231002X");
        outbox.notifications().deliverDue();
        assertThat(sms).isEmpty();
    }

    @Test
    void aResetCodeGoesOutByOutboxAndSetsANewPasswordOnce() {
        registerPerson();
        for (int i = 0; i < 5; i++) {
            accounts.signIn(ID, "wrong".toCharArray(), HOME);
        }
        accounts.requestReset(ID);
        outbox.notifications().deliverDue();
        String code = codeIn(sms.getLast());

        assertThat(storedCodeHash()).doesNotContain(code);
        accounts.resetPassword(ID, code, "Daming-Lake-2026".toCharArray());

        assertThat(accounts.signIn(ID, "Daming-Lake-2026".toCharArray(), HOME).signedIn())
                .as("the new password works and the lock is lifted")
                .isTrue();
        assertThat(accounts.signIn(ID, PASSWORD.toCharArray(), ATTACKER).signedIn())
                .isFalse();
        assertThatThrownBy(() -> accounts.resetPassword(ID, code, "Another-Pass-2026".toCharArray()))
                .as("spent")
                .hasMessage("验证码不正确或已失效，请重新获取");
        assertThat(outbox.notifications().inbox(PublicAccount.recipientOf(id()), Locale.SIMPLIFIED_CHINESE, 10))
                .extracting(InboxMessage::text)
                .noneMatch(text -> text.contains(code))
                .anyMatch(text -> text.startsWith("您的账号密码已于"));
        assertThat(audit.actions()).contains("account.reset account/" + id());
    }

    @Test
    void aResetCodeExpiresAfterTenMinutes() {
        registerPerson();
        accounts.requestReset(ID);
        outbox.notifications().deliverDue();
        String code = codeIn(sms.getLast());

        clock.advance(Duration.ofMinutes(10));

        assertThatThrownBy(() -> accounts.resetPassword(ID, code, "Daming-Lake-2026".toCharArray()))
                .hasMessage("验证码不正确或已失效，请重新获取");
        assertThat(accounts.signIn(ID, PASSWORD.toCharArray(), HOME).signedIn()).isTrue();
    }

    @Test
    void fiveWrongCodesVoidTheCodeEvenIfTheRightOneFollows() {
        registerPerson();
        accounts.requestReset(ID);
        outbox.notifications().deliverDue();
        String code = codeIn(sms.getLast());
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> accounts.resetPassword(ID, wrong, "Daming-Lake-2026".toCharArray()))
                    .isInstanceOf(AccountException.class);
        }
        assertThatThrownBy(() -> accounts.resetPassword(ID, code, "Daming-Lake-2026".toCharArray()))
                .hasMessage("验证码不正确或已失效，请重新获取");
        assertThat(audit.withAction("account.resetCodeWrong")).hasSize(6);
    }

    @Test
    void aWeakNewPasswordIsRefusedAndTheCodeStaysUsable() {
        registerPerson();
        accounts.requestReset(ID);
        outbox.notifications().deliverDue();
        String code = codeIn(sms.getLast());

        assertThatThrownBy(() -> accounts.resetPassword(ID, code, "short1".toCharArray()))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("10");
        accounts.resetPassword(ID, code, "Daming-Lake-2026".toCharArray());
        assertThat(accounts.signIn(ID, "Daming-Lake-2026".toCharArray(), HOME).signedIn())
                .isTrue();
    }

    @Test
    void aSecondCodeWithinAMinuteIsNotSent() {
        registerPerson();
        accounts.requestReset(ID);
        accounts.requestReset(ID);
        outbox.notifications().deliverDue();
        assertThat(sms).hasSize(1);

        clock.advance(Duration.ofMinutes(1));
        accounts.requestReset(ID);
        outbox.notifications().deliverDue();
        assertThat(sms).hasSize(2);
        assertThat(sms).extracting(OutgoingMessage::address).containsOnly(MOBILE);
    }

    @Test
    void aMobileNamedByManyAccountsGetsAtMostFiveCodesAnHour() {
        // Whoever registers accounts with a stranger's mobile cannot flood it with codes.
        String[] ids = {
            "11010519491231002X",
            "370102199003071238",
            "370102198507150015",
            "91370100MA3C9XXX08",
            "91350100M000100Y43",
            "370102198507150023"
        };
        for (String id : ids) {
            accounts.register(new Registration(
                    org.tongban.platform.api.identity.ApplicantKind.of(id),
                    "某人",
                    id,
                    "联系人",
                    MOBILE,
                    PASSWORD.toCharArray()));
        }
        for (String id : ids) {
            accounts.requestReset(id);
        }
        outbox.notifications().deliverDue();

        assertThat(sms).hasSize(5);
        assertThat(audit.withAction("account.resetThrottled")).hasSize(1);
    }

    @Test
    void aMobileSignInGetsATokenThatFindsTheAccountUntilItExpires() {
        PublicAccount account = registerPerson();

        var session = accounts.signInForApi(ID, PASSWORD.toCharArray(), HOME).session();

        assertThat(accounts.byToken(session.token())).hasValue(account);
        assertThat(accounts.byToken(session.token() + "x")).isEmpty();
        assertThat(accounts.signInForApi(ID, "wrong".toCharArray(), HOME).session())
                .isNull();
        assertThat(storedTokens()).doesNotContain(session.token());
        clock.advance(Duration.ofDays(30));
        assertThat(accounts.byToken(session.token())).isEmpty();
    }

    private long id() {
        return database().transactions().read(c -> Jdbc.one(c, "SELECT id FROM pub_account", r -> r.getLong(1))
                .orElseThrow());
    }

    private String storedCodeHash() {
        return database().transactions().read(c -> Jdbc.one(
                        c, "SELECT code_hash FROM pub_reset_code", r -> r.getString(1))
                .orElseThrow());
    }

    private List<String> storedTokens() {
        return database()
                .transactions()
                .read(c -> Jdbc.list(c, "SELECT token_hash FROM pub_api_session", r -> r.getString(1)));
    }

    private static String codeIn(OutgoingMessage message) {
        Matcher matcher = Pattern.compile("验证码为(\\d{6})").matcher(message.text());
        assertThat(matcher.find()).as(message.text()).isTrue();
        return matcher.group(1);
    }

    private long count(String table) {
        return database().transactions().read(c -> Jdbc.one(c, "SELECT COUNT(*) FROM " + table, r -> r.getLong(1))
                .orElseThrow());
    }
}
