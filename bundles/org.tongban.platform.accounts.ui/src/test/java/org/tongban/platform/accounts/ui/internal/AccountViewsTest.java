package org.tongban.platform.accounts.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.testing.Jinan.JINAN;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.accounts.internal.AccountsTestAccess;
import org.tongban.platform.accounts.ui.CitizenSession;
import org.tongban.platform.api.identity.ApplicantKind;
import org.tongban.platform.notify.NotificationGateway;
import org.tongban.platform.notify.Notifications;
import org.tongban.platform.notify.OutgoingMessage;
import org.tongban.platform.notify.internal.NotifyTestAccess;
import org.tongban.platform.security.internal.ArgonPasswordHashing;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestDatabase;
import org.tongban.testing.TestJurisdictions;
import org.tongban.testing.ui.UiTestSupport;

/** A citizen registers, signs in, reads the greeting and resets the password, on the real services over H2. */
class AccountViewsTest extends UiTestSupport {
    private static final String ID = "370102199003071238";
    private static final String PASSWORD = "Baotu7quan-Lixia";

    private final TestJurisdictions jurisdictions = new TestJurisdictions();
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final List<OutgoingMessage> sms = new CopyOnWriteArrayList<>();
    private TestDatabase db;
    private Notifications notifications;
    private PublicAccounts accounts;

    AccountViewsTest() {
        super("i18n/accounts-ui");
    }

    @BeforeEach
    void services() {
        db = TestDatabase.h2("db/accounts-changelog.xml");
        TestDatabase.migrated(db.dataSource(), "h2", "db/notify-changelog.xml");
        NotifyTestAccess outbox =
                NotifyTestAccess.of(db, new FakeAccessControl(jurisdictions), audit, jurisdictions, Clock.systemUTC());
        outbox.addGateway((NotificationGateway) sms::add, "SMS");
        notifications = outbox.notifications();
        accounts = AccountsTestAccess.of(db, audit, new ArgonPasswordHashing(), notifications, JINAN);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static void type(com.vaadin.flow.component.Component view, String id, String value) {
        var text = byId(view, TextField.class, id);
        if (text.isPresent()) {
            text.get().setValue(value);
        } else {
            byId(view, PasswordField.class, id).orElseThrow().setValue(value);
        }
    }

    private static void click(com.vaadin.flow.component.Component view, String id) {
        byId(view, Button.class, id).orElseThrow().click();
    }

    private void register() {
        RegisterView view = new RegisterView(accounts);
        type(view, "account-name", "张三");
        type(view, "account-identifier", ID);
        type(view, "account-mobile", "13812345678");
        type(view, "account-password", PASSWORD);
        type(view, "account-repeat", PASSWORD);
        click(view, "account-register");
    }

    private SignInView signIn(String password) {
        SignInView view = new SignInView(accounts);
        type(view, "account-identifier", ID);
        type(view, "account-password", password);
        click(view, "account-sign-in");
        return view;
    }

    @Test
    void aCitizenRegistersSignsInAndReadsTheGreeting() {
        register();
        assertThat(ui.navigations()).containsExactly(AccountRoutes.SIGN_IN);

        signIn(PASSWORD);
        assertThat(CitizenSession.current())
                .hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("张三"));
        assertThat(ui.navigations()).last().isEqualTo(AccountRoutes.MESSAGES);

        MessagesView messages = new MessagesView(notifications);
        assertThat(byId(messages, Paragraph.class, "messages-unread")
                        .orElseThrow()
                        .getText())
                .isEqualTo("未读 1 条");
        assertThat(text(all(messages, Card.class).getFirst()))
                .contains("注册成功", "登录名为370102********1238")
                .doesNotContain(ID);
        all(messages, Button.class).stream()
                .filter(b -> b.getId().orElse("").startsWith("read-"))
                .findFirst()
                .orElseThrow()
                .click();
        assertThat(byId(messages, Paragraph.class, "messages-unread")
                        .orElseThrow()
                        .getText())
                .isEqualTo("未读 0 条");

        click(messages, "account-sign-out");
        assertThat(CitizenSession.current()).isEmpty();
    }

    @Test
    void aCitizenSentToSignInFromAPageGoesBackThereAndNeverToAnotherSite() {
        register();
        SignInView view = new SignInView(accounts);
        view.beforeEnter(new com.vaadin.flow.router.BeforeEnterEvent(
                new com.vaadin.flow.router.Router(org.tongban.testing.ui.Routes.registry()),
                com.vaadin.flow.router.NavigationTrigger.PAGE_LOAD,
                new com.vaadin.flow.router.Location("account/sign-in?next=apply%2F370102-SJJ-XK-001"),
                SignInView.class,
                ui,
                List.of()));
        type(view, "account-identifier", ID);
        type(view, "account-password", PASSWORD);
        click(view, "account-sign-in");
        assertThat(ui.navigations()).last().isEqualTo("apply/370102-SJJ-XK-001");

        for (String elsewhere : List.of(
                "https://evil.example/", "//evil.example", "/apply/x", "apply/../console", "javascript:alert(1)")) {
            assertThat(CitizenSession.isPortalRoute(elsewhere)).as(elsewhere).isFalse();
        }
        SignInView other = new SignInView(accounts);
        other.returnTo("https://evil.example/steal");
        type(other, "account-identifier", ID);
        type(other, "account-password", PASSWORD);
        click(other, "account-sign-in");
        assertThat(ui.navigations()).last().isEqualTo(AccountRoutes.MESSAGES);
    }

    @Test
    void wrongPasswordsAreRefusedThenLockedInPlainChinese() {
        register();
        SignInView view = null;
        for (int i = 0; i < 4; i++) {
            view = signIn("wrong-password-9");
            assertThat(byId(view, Paragraph.class, "account-error")
                            .orElseThrow()
                            .getText())
                    .isEqualTo("证件号码或密码不正确");
        }
        view = signIn("wrong-password-9");

        assertThat(byId(view, Paragraph.class, "account-error").orElseThrow().getText())
                .startsWith("密码错误次数过多，请于")
                .endsWith("后再试，或找回密码");
        assertThat(CitizenSession.current()).isEmpty();
    }

    @Test
    void anEnterpriseIsAskedForItsContactAndMismatchedPasswordsRegisterNothing() {
        RegisterView view = new RegisterView(accounts);
        TextField contact = byId(view, TextField.class, "account-contact").orElseThrow();
        assertThat(contact.isVisible()).isFalse();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ApplicantKind> kind =
                byId(view, RadioButtonGroup.class, "account-kind").orElseThrow();
        kind.setValue(ApplicantKind.ORGANISATION);
        assertThat(contact.isVisible()).isTrue();
        assertThat(byId(view, TextField.class, "account-identifier")
                        .orElseThrow()
                        .getLabel())
                .isEqualTo("统一社会信用代码");

        type(view, "account-name", "济南泉城科技有限公司");
        type(view, "account-identifier", "91370100MA3C9XXX08");
        type(view, "account-contact", "李四");
        type(view, "account-mobile", "13900001111");
        type(view, "account-password", PASSWORD);
        type(view, "account-repeat", PASSWORD + "x");
        click(view, "account-register");

        assertThat(byId(view, PasswordField.class, "account-repeat")
                        .orElseThrow()
                        .isInvalid())
                .isTrue();
        assertThat(accounts.signIn("91370100MA3C9XXX08", PASSWORD.toCharArray(), null)
                        .signedIn())
                .isFalse();
        assertThat(ui.navigations()).isEmpty();
    }

    @Test
    void aPathOfThisSiteInANoticeIsALinkAndNothingElseIs() {
        Paragraph p = MessagesView.withLinks(
                "您申请的<b>食品经营许可</b>（办件编号SL1）已办结。请对本次服务作出评价：/my-ratings/SL1" + " 另见 https://example.com/x 和 2026/03/16");
        assertThat(all(p, com.vaadin.flow.component.html.Anchor.class))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.getHref()).isEqualTo("/my-ratings/SL1");
                    assertThat(a.getText()).isEqualTo("/my-ratings/SL1");
                });
        assertThat(p.getElement().getTextRecursively())
                .isEqualTo("您申请的<b>食品经营许可</b>（办件编号SL1）已办结。请对本次服务作出评价：/my-ratings/SL1"
                        + " 另见 https://example.com/x 和 2026/03/16");
    }

    @Test
    void myMessagesAsksAVisitorToSignInFirst() {
        MessagesView view = new MessagesView(notifications);

        assertThat(text(view)).contains("请先登录，查看您的消息");
        assertThat(byId(view, Paragraph.class, "messages-unread")).isEmpty();
    }

    @Test
    void theCodeFromTheSmsSetsANewPassword() {
        register();
        ResetPasswordView view = new ResetPasswordView(accounts);
        type(view, "reset-identifier", ID);
        click(view, "reset-request");
        assertThat(byId(view, Paragraph.class, "reset-sent").orElseThrow().getText())
                .startsWith("如证件号码已注册");
        notifications.deliverDue();
        Matcher code = Pattern.compile("验证码为(\\d{6})").matcher(sms.getLast().text());
        assertThat(code.find()).isTrue();

        type(view, "reset-code", code.group(1));
        type(view, "reset-password", "Daming-Lake-2026");
        type(view, "reset-repeat", "Daming-Lake-2026");
        click(view, "reset-submit");

        assertThat(ui.navigations()).last().isEqualTo(AccountRoutes.SIGN_IN);
        assertThat(accounts.signIn(ID, "Daming-Lake-2026".toCharArray(), null).signedIn())
                .isTrue();
    }
}
