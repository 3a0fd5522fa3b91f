package org.tongban.hotline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.hotline.Channel;
import org.tongban.hotline.HotlineException;
import org.tongban.hotline.InboundGateway;
import org.tongban.hotline.InboundMessage;
import org.tongban.hotline.InboundRecord;
import org.tongban.hotline.Ticket;
import org.tongban.hotline.TicketStates;
import org.tongban.hotline.TicketType;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.testing.Jinan;
import org.tongban.testing.TestDatabase;

/** E-mail and SMS intake through the gateway SPI and the push service, on each database. */
abstract class InboundContract {
    static final String TEXT = "经十路与历山路路口的红绿灯坏了三天，早晚高峰很堵，请尽快修复。";

    HotlineFixture f;

    abstract TestDatabase open();

    @BeforeEach
    void openFixture() {
        f = new HotlineFixture(open());
    }

    @AfterEach
    void closeFixture() {
        f.close();
    }

    static InboundMessage sms(String id, String text) {
        return new InboundMessage(
                Channel.SMS, id, "13912345678", null, text, Instant.parse("2026-03-02T01:59:00Z"), Jinan.JINAN);
    }

    static InboundMessage mail(String id, String sender, String subject, String text) {
        return new InboundMessage(
                Channel.EMAIL, id, sender, subject, text, Instant.parse("2026-03-02T01:58:00Z"), Jinan.JINAN);
    }

    @Test
    void aTextMessageBecomesOneTicketHoweverOftenItIsDelivered() {
        InboundRecord first = f.service.receive(sms("sms-0001", TEXT));
        assertThat(first.repeated()).isFalse();
        assertThat(first.ticketNumber()).startsWith("RX370100");
        assertThat(first.sender()).isEqualTo("139****5678");
        InboundRecord again = f.service.receive(sms(" sms-0001 ", TEXT + "（重发）"));
        assertThat(again.repeated()).isTrue();
        assertThat(again.ticketNumber()).isEqualTo(first.ticketNumber());
        assertThat(f.db.count("hotline_ticket")).isEqualTo(1);
        // Another channel's gateway may use the same id for another message.
        InboundRecord other = f.service.receive(mail("sms-0001", "zhang.san@example.com", null, TEXT));
        assertThat(other.ticketNumber()).isNotEqualTo(first.ticketNumber());

        f.asAgent();
        Ticket t = f.queries.find(first.ticketNumber()).orElseThrow();
        assertThat(t.channel()).isEqualTo(Channel.SMS);
        assertThat(t.type()).isEqualTo(TicketType.CONSULTATION);
        assertThat(t.state()).isEqualTo(TicketStates.RECEIVED);
        assertThat(t.description()).isEqualTo(TEXT);
        assertThat(t.callerPhone()).isEqualTo("139****5678");
        assertThat(t.place().jurisdictionCode()).isEqualTo(Jinan.JINAN);
        assertThat(t.receivedBy()).isEqualTo("gateway:SMS");

        // The office dispatches it like any other ticket, to a unit of the whole city (the place is the city's).
        f.asOffice();
        t = f.service.dispatch(t.number(), t.version(), "ZF", HotlineFixture.CITY_ZJJ, List.of());
        assertThat(t.state()).isEqualTo(TicketStates.DISPATCHED);
        assertThat(f.topics()).contains("hotline/RECEIVE");
    }

    @Test
    void anEmailKeepsItsSubjectWithTheTextAndItsSenderMasked() {
        InboundRecord r = f.service.receive(
                mail("<a1@mail.example.com>", "zhang.san@example.com", "  路灯不亮  ", "历下区文化东路路灯\u0000晚上不亮。"));
        assertThat(r.sender()).isEqualTo("z***@example.com");
        assertThat(r.subject()).isEqualTo("路灯不亮");
        f.asOffice();
        Ticket t = f.queries.find(r.ticketNumber()).orElseThrow();
        assertThat(t.channel()).isEqualTo(Channel.EMAIL);
        assertThat(t.description()).isEqualTo("路灯不亮\n\n历下区文化东路路灯晚上不亮。");
        assertThat(t.callerPhone()).isEqualTo("z***@example.com");
        assertThat(f.service.revealCaller(t.number())).isEqualTo("zhang.san@example.com");

        // Script is text: kept as written, for the views to escape.
        InboundRecord script = f.service.receive(mail("a2", "li@example.com", null, "<script>alert(1)</script>噪音扰民"));
        assertThat(f.queries.find(script.ticketNumber()).orElseThrow().description())
                .isEqualTo("<script>alert(1)</script>噪音扰民");
    }

    @Test
    void badMessagesAreRefusedAndNothingIsStored() {
        assertRefused(sms("s1", "长".repeat(4001)), "hotline.error.textTooLong");
        assertRefused(mail("m1", "a@example.com", "标题", "长".repeat(3997)), "hotline.error.textTooLong");
        assertRefused(sms("s2", "  \u0000 "), "hotline.error.messageEmpty");
        assertRefused(sms("", TEXT), "hotline.error.gatewayId");
        assertRefused(sms("x".repeat(201), TEXT), "hotline.error.gatewayId");
        assertRefused(mail("m2", "not-an-address", null, TEXT), "hotline.error.sender");
        assertRefused(mail("m3", "a@example.com<script>", null, TEXT), "hotline.error.sender");
        assertRefused(
                new InboundMessage(Channel.SMS, "s3", "1391234567<b>", null, TEXT, null, Jinan.JINAN),
                "hotline.error.sender");
        assertRefused(
                new InboundMessage(Channel.AGENT_CALL, "s4", "13912345678", null, TEXT, null, Jinan.JINAN),
                "hotline.error.channelMissing");
        assertRefused(
                new InboundMessage(Channel.SMS, "s5", "13912345678", null, TEXT, null, "999999"),
                "hotline.error.unknownJurisdiction");
        assertThat(f.db.count("hotline_ticket")).isZero();
        assertThat(f.db.count("hotline_inbound")).isZero();
        // A text of exactly the limit is taken.
        assertThat(f.service.receive(sms("s6", "长".repeat(4000))).ticketNumber())
                .isNotNull();
    }

    private void assertRefused(InboundMessage m, String key) {
        assertThatThrownBy(() -> f.service.receive(m))
                .isInstanceOfSatisfying(
                        HotlineException.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    @Test
    void thePollTakesAGatewaysMessagesAndAcknowledgesEachOnce() {
        ListGateway gateway = new ListGateway();
        gateway.held.add(sms("p1", TEXT));
        gateway.held.add(mail("p2", "wang@example.com", "咨询公积金", "租房能提取公积金吗？"));
        gateway.held.add(sms("p3", ""));
        GatewayPollJob job = new GatewayPollJob(f.service);
        job.addGateway(gateway);
        job.run();
        assertThat(f.db.count("hotline_ticket")).isEqualTo(2);
        assertThat(gateway.acknowledged.keySet()).containsExactlyInAnyOrder("p1", "p2", "p3");
        assertThat(gateway.acknowledged.get("p3")).isEqualTo("");
        assertThat(gateway.held).isEmpty();

        // The acknowledgement of p1 was lost: the gateway hands it over again, the hotline answers the same ticket.
        String p1 = gateway.acknowledged.get("p1");
        gateway.held.add(sms("p1", TEXT));
        assertThat(job.poll(gateway)).isZero();
        assertThat(gateway.acknowledged.get("p1")).isEqualTo(p1);
        assertThat(f.db.count("hotline_ticket")).isEqualTo(2);

        gateway.down = true;
        gateway.held.add(sms("p4", TEXT));
        assertThat(job.poll(gateway)).isZero();
        gateway.down = false;
        assertThat(job.poll(gateway)).isEqualTo(1);
    }

    @Test
    void theOfficeListsTheMessagesTakenAndAUnitMayNot() {
        f.service.receive(sms("r1", TEXT));
        f.service.receive(mail("r2", "zhao@example.com", "噪音", "夜间施工噪音。"));
        f.asAgent();
        List<InboundRecord> recent = f.service.recent(Jinan.JINAN, 10);
        assertThat(recent).extracting(InboundRecord::gatewayMessageId).containsExactlyInAnyOrder("r1", "r2");
        assertThat(recent)
                .extracting(InboundRecord::sender)
                .containsExactlyInAnyOrder("139****5678", "z***@example.com");
        f.asLixiaWorker();
        assertThatThrownBy(() -> f.service.recent(Jinan.JINAN, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDemoGatewayDeliversAClerksTestMessageOnlyForAnAgent() {
        DemoInbox demo = new DemoInbox(f.service, f.access, f.time);
        f.asAgent();
        InboundRecord r = demo.post(Channel.SMS, "13800001111", null, TEXT, Jinan.JINAN);
        assertThat(r.gatewayMessageId()).startsWith("demo-");
        assertThat(f.queries.find(r.ticketNumber()).orElseThrow().channel()).isEqualTo(Channel.SMS);
        f.asLixiaWorker();
        assertThatThrownBy(() -> demo.post(Channel.SMS, "13800001111", null, TEXT, Jinan.JINAN))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.db.count("hotline_ticket")).isEqualTo(1);
    }

    /** A gateway holding its messages in a list, as a provider's inbox would until they are acknowledged. */
    static final class ListGateway implements InboundGateway {
        final List<InboundMessage> held = new ArrayList<>();
        final Map<String, String> acknowledged = new java.util.HashMap<>();
        boolean down;

        @Override
        public List<InboundMessage> fetch(int max) throws Exception {
            if (down) {
                throw new java.io.IOException("provider unreachable");
            }
            return List.copyOf(held.subList(0, Math.min(max, held.size())));
        }

        @Override
        public void acknowledge(InboundMessage message, String ticketNumber) {
            held.remove(message);
            acknowledged.put(message.gatewayMessageId(), ticketNumber == null ? "" : ticketNumber);
        }
    }
}
