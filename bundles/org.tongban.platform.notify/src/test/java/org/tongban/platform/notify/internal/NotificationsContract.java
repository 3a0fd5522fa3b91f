package org.tongban.platform.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.platform.notify.Notifications.ADMIN_PERMISSION;
import static org.tongban.testing.Jinan.JINAN;
import static org.tongban.testing.Jinan.LIXIA;
import static org.tongban.testing.Jinan.SHIZHONG;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.notify.Channel;
import org.tongban.platform.notify.Delivery;
import org.tongban.platform.notify.DeliveryState;
import org.tongban.platform.notify.InboxMessage;
import org.tongban.platform.notify.Notification;
import org.tongban.platform.notify.NotificationException;
import org.tongban.platform.notify.OutboxStatus;
import org.tongban.platform.notify.OutgoingMessage;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.MutableClock;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestJurisdictions;

/** What the outbox does, run against each real database by a subclass. */
abstract class NotificationsContract {
    static final String CHANGELOG = "db/notify-changelog.xml";
    private static final String CITIZEN = "account:7";
    private static final String MOBILE = "13812345678";
    private static final RetryRules RULES = new RetryRules(4, Duration.ofMinutes(1), Duration.ofMinutes(5), 100);

    private final TestJurisdictions jurisdictions = new TestJurisdictions();
    private final FakeAccessControl access = new FakeAccessControl(jurisdictions);
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final MutableClock clock = new MutableClock();
    private final Gateways gateways = new Gateways();
    private final FlakyGateway sms = new FlakyGateway();
    private JdbcNotifications notifications;

    abstract Database database();

    @BeforeEach
    void emptyOutbox() {
        database().transactions().required(c -> {
            try (var s = c.createStatement()) {
                s.executeUpdate("DELETE FROM notify_demo_sent");
                s.executeUpdate("DELETE FROM notify_delivery");
                s.executeUpdate("DELETE FROM notify_message");
            }
            return null;
        });
        notifications = new JdbcNotifications(database(), access, audit, jurisdictions, gateways, RULES, clock);
        gateways.add(sms, Map.of("notify.channel", "SMS", "service.id", 1L));
    }

    private Notification resetCode(String code) {
        return Notification.inApp(CITIZEN, LIXIA, "account.resetCode", code, "10")
                .via(Channel.SMS, MOBILE);
    }

    @Test
    void aNotificationCommitsWithTheCallersChangeOrNotAtAll() {
        assertThatThrownBy(() -> database().transactions().required(c -> {
                    notifications.send(resetCode("482913"));
                    throw new IllegalStateException("受理失败");
                }))
                .hasMessage("受理失败");
        assertThat(notifications.unreadCount(CITIZEN)).isZero();
        assertThat(count("notify_delivery")).isZero();
        audit.clear(); // the recording fake keeps entries of rolled-back work; the real audit log does not

        database().transactions().required(c -> notifications.send(resetCode("482913")));

        assertThat(notifications.unreadCount(CITIZEN)).isEqualTo(1);
        assertThat(count("notify_delivery")).isEqualTo(1);
        assertThat(audit.withAction("notify.send")).hasSize(1);
        assertThat(audit.withAction("notify.send").getFirst().detail())
                .isEqualTo("account.resetCode → account:7（站内、SMS）");
        notifications.send(Notification.inApp("370102199003071238", LIXIA, "account.registered", "张三", "x"));
        assertThat(audit.withAction("notify.send").getLast().detail())
                .contains("370102********1238")
                .doesNotContain("199003071238");
    }

    @Test
    void theInboxShowsTheMessagesInTheReadersLanguageAndOnlyTheRecipientMarksThemRead() {
        long first = notifications.send(Notification.inApp(CITIZEN, LIXIA, "account.registered", "张三", "zhang3"));
        clock.advance(Duration.ofMinutes(1));
        notifications.send(Notification.inApp(CITIZEN, LIXIA, "account.passwordChanged", "2026-03-02 09:01"));
        notifications.send(Notification.inApp("account:8", LIXIA, "account.registered", "济南市", "li4"));

        List<InboxMessage> inbox = notifications.inbox(CITIZEN, Locale.SIMPLIFIED_CHINESE, 10);
        assertThat(inbox).extracting(InboxMessage::subject).containsExactly("密码已修改", "注册成功");
        assertThat(inbox.get(1).text()).isEqualTo("张三，您好：您已成功注册政务服务账号，登录名为zhang3。");
        assertThat(notifications.inbox(CITIZEN, Locale.ENGLISH, 10).get(1).subject())
                .isEqualTo("Registration complete");
        assertThat(notifications.inbox(CITIZEN, Locale.TRADITIONAL_CHINESE, 1))
                .singleElement()
                .extracting(InboxMessage::subject)
                .isEqualTo("密碼已修改");

        assertThat(notifications.markRead("account:8", first)).isFalse();
        assertThat(notifications.markRead(CITIZEN, first)).isTrue();
        assertThat(notifications.markRead(CITIZEN, first)).isFalse();
        assertThat(notifications.unreadCount(CITIZEN)).isEqualTo(1);
        assertThat(notifications
                        .inbox(CITIZEN, Locale.SIMPLIFIED_CHINESE, 10)
                        .get(1)
                        .unread())
                .isFalse();
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingIsWritten() {
        assertThatThrownBy(() -> notifications.send(Notification.inApp(CITIZEN, LIXIA, "no.such.template")))
                .isInstanceOf(NotificationException.class)
                .hasMessage("通知模板不存在：no.such.template");
        assertThatThrownBy(() -> notifications.send(Notification.inApp(CITIZEN, LIXIA, "account.resetCode", "1", "10")
                        .via(Channel.SMS, "1381234")))
                .hasMessage("手机号码格式不正确：****");
        assertThatThrownBy(() -> notifications.send(Notification.inApp(CITIZEN, LIXIA, "account.resetCode", "1", "10")
                        .via(Channel.EMAIL, "zhang@@example")))
                .isInstanceOfSatisfying(NotificationException.class, e -> assertThat(e.message(Locale.ENGLISH))
                        .startsWith("Not an e-mail address"));
        assertThatThrownBy(() -> notifications.send(Notification.inApp(" ", LIXIA, "account.registered", "a", "b")))
                .hasMessageContaining("收件人");

        assertThat(count("notify_message")).isZero();
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void whileTheGatewayIsDownDeliveriesWaitWithGrowingDelaysThenGoOutOnceEach() {
        sms.down(true);
        for (int i = 0; i < 3; i++) {
            notifications.send(resetCode("10000" + i));
        }

        assertThat(notifications.deliverDue()).isEqualTo(3);
        assertThat(notifications.deliverDue())
                .as("not due again before the delay")
                .isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(notifications.deliverDue()).isEqualTo(3);
        clock.advance(Duration.ofMinutes(1));
        assertThat(notifications.deliverDue())
                .as("the second delay is two minutes")
                .isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(notifications.deliverDue()).isEqualTo(3);
        assertThat(sms.refused()).isEqualTo(9);
        access.actAs("admin", JINAN, ADMIN_PERMISSION);
        assertThat(notifications.deliveries(JINAN, DeliveryState.PENDING, 10)).allSatisfy(d -> {
            assertThat(d.attempts()).isEqualTo(3);
            assertThat(d.lastError()).isEqualTo("短信平台连接超时");
            assertThat(d.address()).isEqualTo("138****5678");
        });

        sms.down(false);
        clock.advance(Duration.ofMinutes(5));
        assertThat(notifications.deliverDue()).isEqualTo(3);
        clock.advance(Duration.ofHours(1));
        assertThat(notifications.deliverDue()).isZero();

        assertThat(sms.accepted())
                .extracting(OutgoingMessage::text)
                .containsExactlyInAnyOrder(
                        "您的找回密码验证码为100000，10分钟内有效。如非本人操作，请忽略本消息。",
                        "您的找回密码验证码为100001，10分钟内有效。如非本人操作，请忽略本消息。",
                        "您的找回密码验证码为100002，10分钟内有效。如非本人操作，请忽略本消息。");
        assertThat(notifications.status(JINAN)).isEqualTo(new OutboxStatus(0, 3, 0));
    }

    @Test
    void withoutAGatewayForTheChannelDeliveriesWaitUntilOneArrives() {
        notifications.send(Notification.inApp(CITIZEN, LIXIA, "account.registered", "张三", "zhang3")
                .via(Channel.EMAIL, "zhang3@example.cn"));

        notifications.deliverDue();
        access.actAs("admin", JINAN, ADMIN_PERMISSION);
        assertThat(notifications.deliveries(JINAN, null, 10)).singleElement().satisfies(d -> {
            assertThat(d.state()).isEqualTo(DeliveryState.PENDING);
            assertThat(d.lastError()).isEqualTo("没有可用的EMAIL网关");
            assertThat(d.address()).isEqualTo("z***@example.cn");
        });

        FlakyGateway mail = new FlakyGateway();
        gateways.add(mail, Map.of("notify.channel", new String[] {"EMAIL"}, "service.id", 2L));
        clock.advance(Duration.ofMinutes(1));
        notifications.deliverDue();

        assertThat(mail.accepted()).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("注册成功");
            assertThat(m.address()).isEqualTo("zhang3@example.cn");
        });
    }

    @Test
    void outOfAttemptsADeliveryIsDeadInHealthUntilAnAdministratorRetriesIt() {
        sms.down(true);
        notifications.send(resetCode("777777"));
        for (int i = 0; i < 4; i++) {
            notifications.deliverDue();
            clock.advance(Duration.ofMinutes(5));
        }
        OutboxHealth health = new OutboxHealth(database());
        assertThat(health.health()).singleElement().satisfies(h -> {
            assertThat(h.status()).isEqualTo(ComponentHealth.Status.DEGRADED);
            assertThat(h.detail()).startsWith("待发 0，失败 1");
        });
        assertThat(notifications.deliverDue())
                .as("dead deliveries are not tried again by themselves")
                .isZero();

        access.actAs("shizhong-admin", SHIZHONG, ADMIN_PERMISSION);
        assertThatThrownBy(() -> notifications.retryDead(LIXIA)).isInstanceOf(AccessDeniedException.class);
        access.actAs("lixia-admin", LIXIA, ADMIN_PERMISSION);
        assertThat(notifications.status(LIXIA).dead()).isEqualTo(1);
        assertThat(notifications.retryDead(LIXIA)).isEqualTo(1);
        assertThat(audit.actions()).contains("notify.retryDead notify/" + LIXIA);

        sms.down(false);
        notifications.deliverDue();
        assertThat(sms.accepted()).hasSize(1);
        assertThat(health.health().getFirst().status()).isEqualTo(ComponentHealth.Status.UP);
    }

    @Test
    void aOneTimeCodeIsKeptMaskedOnceDeliveredAndNeverShownInTheInbox() {
        notifications.send(resetCode("482913").masked());

        assertThat(notifications
                        .inbox(CITIZEN, Locale.SIMPLIFIED_CHINESE, 5)
                        .getFirst()
                        .text())
                .isEqualTo("您的找回密码验证码为******，10分钟内有效。如非本人操作，请忽略本消息。");
        notifications.deliverDue();

        assertThat(sms.accepted().getFirst().text()).contains("482913");
        String kept = database().transactions().read(c -> org.tongban.platform.api.jdbc.Jdbc.one(
                        c, "SELECT body FROM notify_delivery", row -> row.getString(1))
                .orElseThrow());
        assertThat(kept).doesNotContain("482913").contains("******");
    }

    @Test
    void theDemoGatewayKeepsWhatItSentOnceAndAdministratorsSeeOnlyTheirJurisdiction() {
        DemoGateway demo = new DemoGateway(database(), false, clock);
        gateways.add(
                demo, Map.of("notify.channel", new String[] {"SMS", "EMAIL"}, "service.id", 3L, "service.ranking", 10));
        notifications.send(resetCode("246810"));
        notifications.send(Notification.inApp("account:9", SHIZHONG, "account.resetCode", "135790", "10")
                .via(Channel.SMS, "13900001111"));

        notifications.deliverDue();
        long lixiaDelivery = database().transactions().read(c -> org.tongban.platform.api.jdbc.Jdbc.one(
                        c, "SELECT id FROM notify_delivery WHERE jurisdiction_code = ?", row -> row.getLong(1), LIXIA)
                .orElseThrow());
        demo.send(new OutgoingMessage(lixiaDelivery, LIXIA, Channel.SMS, MOBILE, "重复", "重复"));

        assertThat(sms.accepted()).as("the higher-ranked demo gateway sends").isEmpty();
        access.actAs("lixia-admin", LIXIA, ADMIN_PERMISSION);
        assertThat(notifications.demoMessages(LIXIA, 10)).singleElement().satisfies(m -> {
            assertThat(m.text()).contains("246810");
            assertThat(m.address()).isEqualTo("138****5678");
        });
        access.actAs("city-admin", JINAN, ADMIN_PERMISSION);
        assertThat(notifications.demoMessages(JINAN, 10)).hasSize(2);
        access.actAs("lixia-clerk", LIXIA);
        assertThatThrownBy(() -> notifications.demoMessages(LIXIA, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.deliveries(LIXIA, null, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDemoGatewaySetDownRefusesSoTheOutboxRetries() {
        gateways.add(
                new DemoGateway(database(), true, clock),
                Map.of("notify.channel", "SMS", "service.id", 4L, "service.ranking", 10));
        notifications.send(resetCode("135135"));

        notifications.deliverDue();

        access.actAs("admin", JINAN, ADMIN_PERMISSION);
        List<Delivery> pending = notifications.deliveries(JINAN, DeliveryState.PENDING, 10);
        assertThat(pending).singleElement().extracting(Delivery::lastError).isEqualTo("演示网关已设置为不可用");
    }

    @Test
    void twoRoundsAtOnceSendEachMessageOnce() throws Exception {
        // Two nodes, or the job and a console action, may run a round at the same time: the row lock decides.
        java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
        java.util.List<OutgoingMessage> accepted = new java.util.concurrent.CopyOnWriteArrayList<>();
        gateways.add(
                message -> {
                    inside.countDown();
                    Thread.sleep(50);
                    accepted.add(message);
                },
                Map.of("notify.channel", "SMS", "service.id", 9L, "service.ranking", 10));
        for (int i = 0; i < 5; i++) {
            notifications.send(resetCode("20000" + i));
        }

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(notifications::deliverDue);
            inside.await();
            var second = pool.submit(notifications::deliverDue);
            first.get();
            second.get();
        } finally {
            pool.shutdown();
        }

        assertThat(accepted)
                .extracting(OutgoingMessage::deliveryId)
                .doesNotHaveDuplicates()
                .hasSize(5);
        access.actAs("admin", JINAN, ADMIN_PERMISSION);
        assertThat(notifications.status(JINAN)).isEqualTo(new OutboxStatus(0, 5, 0));
    }

    @Test
    void deliveriesWrittenBeforeARestartGoOutAfterIt() {
        sms.down(true);
        notifications.send(resetCode("313131"));
        notifications.deliverDue();

        // A new service over the same tables, as after a restart of the node.
        Gateways afterRestart = new Gateways();
        FlakyGateway provider = new FlakyGateway();
        afterRestart.add(provider, Map.of("notify.channel", "SMS", "service.id", 1L));
        JdbcNotifications restarted =
                new JdbcNotifications(database(), access, audit, jurisdictions, afterRestart, RULES, clock);
        clock.advance(Duration.ofMinutes(1));
        restarted.deliverDue();

        assertThat(provider.accepted())
                .singleElement()
                .extracting(OutgoingMessage::text)
                .asString()
                .contains("313131");
        assertThat(sms.accepted()).isEmpty();
    }

    private long count(String table) {
        return database().transactions().read(c -> org.tongban.platform.api.jdbc.Jdbc.one(
                        c, "SELECT COUNT(*) FROM " + table, row -> row.getLong(1))
                .orElseThrow());
    }
}
