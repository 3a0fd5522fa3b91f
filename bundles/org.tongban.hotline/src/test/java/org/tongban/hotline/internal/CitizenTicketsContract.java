package org.tongban.hotline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.hotline.internal.HotlineFixture.LIXIA_CG;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.hotline.Callback;
import org.tongban.hotline.Caller;
import org.tongban.hotline.Channel;
import org.tongban.hotline.CitizenTicket;
import org.tongban.hotline.HotlineException;
import org.tongban.hotline.HotlineService;
import org.tongban.hotline.NewTicket;
import org.tongban.hotline.Place;
import org.tongban.hotline.PublicStatus;
import org.tongban.hotline.Ticket;
import org.tongban.hotline.TicketStates;
import org.tongban.hotline.TicketType;
import org.tongban.hotline.Urgency;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.testing.Jinan;
import org.tongban.testing.TestDatabase;

/** Citizens file tickets themselves and follow only their own, on each database. */
abstract class CitizenTicketsContract {
    static final Place PLACE = Place.at("历下区泉城路188号", Jinan.JIEFANGLU);
    static final String NOISE = "泉城路188号楼下的烧烤店每晚营业到凌晨两点，噪音很大，影响休息。";

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

    static NewTicket filed(Channel channel, String text, boolean confidential) {
        return new NewTicket(
                channel,
                TicketType.COMPLAINT,
                Urgency.NORMAL,
                PLACE,
                new Caller("李女士", null, confidential),
                text,
                null);
    }

    @Test
    void anAccountFilesWithoutStaffRightsAndFollowsItsTicketToTheRating() {
        CitizenTicket mine = f.service.file(41L, filed(Channel.PORTAL, NOISE, true));
        assertThat(mine.state()).isEqualTo(TicketStates.RECEIVED);
        assertThat(mine.status()).isEqualTo(PublicStatus.OPEN);
        assertThat(mine.confidential()).isTrue();
        assertThat(f.audit.withAction("hotline.receive.channel")).hasSize(1);

        f.asOffice();
        Ticket t = f.queries.find(mine.number()).orElseThrow();
        assertThat(t.channel()).isEqualTo(Channel.PORTAL);
        assertThat(t.receivedBy()).isEqualTo("account:41");
        t = f.service.dispatch(t.number(), t.version(), "CG.ZYJY", LIXIA_CG, List.of());
        f.asLixiaWorker();
        t = f.service.sign(t.number(), t.version(), LIXIA_CG);
        t = f.service.reply(t.number(), t.version(), LIXIA_CG, "已约谈店主，营业时间调整至22点。");
        f.asOffice();
        t = f.service.approve(t.number(), t.version(), null);
        t = f.service.callback(t.number(), t.version(), Callback.rated(true, 5, "满意"));
        f.access.logOut();

        CitizenTicket followed = f.service.ticket(41L, mine.number()).orElseThrow();
        assertThat(followed.state()).isEqualTo(TicketStates.EVALUATED);
        assertThat(followed.status()).isEqualTo(PublicStatus.CLOSED);
        assertThat(followed.answer()).isEqualTo("已约谈店主，营业时间调整至22点。");
        assertThat(followed.satisfaction()).isEqualTo(5);
        assertThat(followed.resolved()).isTrue();
    }

    @Test
    void anAccountSeesOnlyItsOwnTicketsNewestFirst() {
        CitizenTicket first = f.service.file(41L, filed(Channel.PORTAL, NOISE, false));
        f.time.set(f.time.instant().plus(java.time.Duration.ofMinutes(5)));
        CitizenTicket second = f.service.file(41L, filed(Channel.MOBILE, "小区路灯坏了一个月没人修。", false));
        CitizenTicket others = f.service.file(42L, filed(Channel.PORTAL, NOISE, false));

        assertThat(f.service.tickets(41L, 20))
                .extracting(CitizenTicket::number)
                .containsExactly(second.number(), first.number());
        assertThat(f.service.tickets(41L, 20))
                .extracting(CitizenTicket::channel)
                .containsExactly(Channel.MOBILE, Channel.PORTAL);
        assertThat(f.service.ticket(41L, others.number())).isEmpty();
        assertThat(f.service.ticket(42L, others.number())).isPresent();
        assertThat(f.service.ticket(41L, "<script>")).isEmpty();
        assertThat(f.service.tickets(43L, 20)).isEmpty();
    }

    @Test
    void badInputIsRefusedWithNothingStored() {
        String tooLong = "字".repeat(HotlineService.DESCRIPTION_LIMIT + 1);
        assertThatThrownBy(() -> f.service.file(41L, filed(Channel.PORTAL, tooLong, false)))
                .isInstanceOf(HotlineException.class)
                .extracting(e -> ((HotlineException) e).key())
                .isEqualTo("hotline.error.textTooLong");
        assertThatThrownBy(() -> f.service.file(41L, filed(Channel.AGENT_CALL, NOISE, false)))
                .isInstanceOf(HotlineException.class);
        assertThatThrownBy(() -> f.service.file(0L, filed(Channel.PORTAL, NOISE, false)))
                .isInstanceOf(HotlineException.class)
                .extracting(e -> ((HotlineException) e).key())
                .isEqualTo("hotline.error.accountMissing");
        assertThat(count()).isZero();
    }

    @Test
    void theWebFormTakesOnlySoManyTicketsPerAddressAndHour() {
        for (int i = 0; i < 5; i++) {
            f.service.fileAnonymously(filed(Channel.WEB_FORM, NOISE + i, false), "203.0.113.7");
        }
        assertThatThrownBy(() -> f.service.fileAnonymously(filed(Channel.WEB_FORM, NOISE, false), "203.0.113.7"))
                .isInstanceOf(HotlineException.class)
                .extracting(e -> ((HotlineException) e).key())
                .isEqualTo("hotline.error.webFormRate");
        CitizenTicket other = f.service.fileAnonymously(filed(Channel.WEB_FORM, NOISE, false), "198.51.100.9");
        assertThat(other.channel()).isEqualTo(Channel.WEB_FORM);
        assertThat(count()).isEqualTo(6);
        // The address itself is not kept, only its hash.
        List<String> hashes = f.db.transactions()
                .read(c -> Jdbc.list(c, "SELECT source_hash FROM hotline_ticket", r -> r.getString(1)));
        assertThat(hashes).allSatisfy(h -> assertThat(h).hasSize(64).doesNotContain("203.0"));

        f.time.set(f.time.instant().plus(java.time.Duration.ofMinutes(61)));
        assertThat(f.service
                        .fileAnonymously(filed(Channel.WEB_FORM, NOISE, false), "203.0.113.7")
                        .number())
                .startsWith("RX");
    }

    private long count() {
        return f.db.transactions().read(c -> Jdbc.one(c, "SELECT COUNT(*) FROM hotline_ticket", r -> r.getLong(1))
                .orElse(0L));
    }
}
