package org.tongban.hotline.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.hotline.Caller;
import org.tongban.hotline.Channel;
import org.tongban.hotline.NewTicket;
import org.tongban.hotline.Place;
import org.tongban.hotline.Ticket;
import org.tongban.hotline.TicketType;
import org.tongban.hotline.Urgency;
import org.tongban.platform.api.work.WorkItem;
import org.tongban.platform.api.work.WorkUrgency;
import org.tongban.testing.Jinan;
import org.tongban.testing.TestDatabase;

/** The hotline's lines of the console home's 我的待办, on the hotline's real services. */
abstract class WorkItemsContract {
    /** The hotline's timer name (limits and callbacks), as the scheduler hands it to the service. */
    private static final String TIMER = "hotline";

    ConsoleFixture f;
    HotlineWorkItems source;

    abstract TestDatabase open();

    @BeforeEach
    void openFixture() {
        f = new ConsoleFixture(open());
        source = new HotlineWorkItems(f.queries, f.catalogue, f.access);
    }

    @AfterEach
    void closeFixture() {
        f.close();
    }

    private Ticket received(String description, String category, String place) {
        f.asOffice();
        return f.service.receive(new NewTicket(
                Channel.AGENT_CALL,
                TicketType.COMPLAINT,
                Urgency.NORMAL,
                Place.at("历下区泉城路100号", place),
                new Caller("张先生", "13812345678", false),
                description,
                category));
    }

    private Ticket dispatched(String description, String unit) {
        Ticket t = received(description, "CG.ZYJY", Jinan.JIEFANGLU);
        return f.service.dispatch(t.number(), t.version(), "CG.ZYJY", unit, List.of());
    }

    private static List<org.assertj.core.groups.Tuple> lines(List<WorkItem> items) {
        return items.stream()
                .map(i -> tuple(i.titleKey(), i.count(), i.link(), i.urgency()))
                .toList();
    }

    @Test
    void aUnitMemberSeesTheUnitsTicketsToSignAndHandleAndThoseNearOrPastTheirLimit() throws Exception {
        Ticket warned = dispatched("泉城路有摊贩占道经营", ConsoleFixture.LIXIA_CG);
        Ticket late = dispatched("芙蓉街夜市占道经营", ConsoleFixture.LIXIA_CG);
        dispatched("解放路早市占道", ConsoleFixture.JIEFANGLU);
        Ticket signed = dispatched("泺源大街商户出店经营", ConsoleFixture.LIXIA_CG);
        dispatched("住建局的工单不是历下城管的", ConsoleFixture.CITY_ZJJ);
        f.asUnit();
        f.service.sign(signed.number(), signed.version(), ConsoleFixture.LIXIA_CG);
        f.timers.fire(TIMER, warned.number(), f.service); // most of the signing limit used: yellow
        f.timers.fire(TIMER, late.number(), f.service);
        f.timers.fire(TIMER, late.number(), f.service); // then the limit passed: red, supervised

        f.asUnit();
        List<WorkItem> items = source.items();

        assertThat(lines(items))
                .as("the sub-unit's ticket counts for its parent unit's member; 市住建局's does not")
                .containsExactly(
                        tuple("hotline.ui.work.unitOverdue", 1L, "console/hotline/queue", WorkUrgency.OVERDUE),
                        tuple("hotline.ui.work.unitDueSoon", 1L, "console/hotline/queue", WorkUrgency.DUE_SOON),
                        tuple("hotline.ui.work.toSign", 3L, "console/hotline/queue", WorkUrgency.NORMAL),
                        tuple("hotline.ui.work.handling", 1L, "console/hotline/queue", WorkUrgency.NORMAL));
    }

    @Test
    void theOfficeSeesRepliesToReviewReturnedTicketsTicketsToDispatchAndOverdueOnes() throws Exception {
        received("住房公积金提取咨询", "ZF", Jinan.LIXIA);
        Ticket replied = dispatched("泉城路有摊贩占道经营", ConsoleFixture.LIXIA_CG);
        Ticket givenBack = dispatched("不属城管的投诉", ConsoleFixture.LIXIA_CG);
        Ticket late = dispatched("芙蓉街夜市占道经营", ConsoleFixture.LIXIA_CG);
        f.asUnit();
        replied = f.service.sign(replied.number(), replied.version(), ConsoleFixture.LIXIA_CG);
        f.service.reply(replied.number(), replied.version(), ConsoleFixture.LIXIA_CG, "已清理摊贩，加强巡查");
        f.service.giveBack(givenBack.number(), givenBack.version(), ConsoleFixture.LIXIA_CG, "不属本局职责");
        f.timers.fire(TIMER, late.number(), f.service);
        f.timers.fire(TIMER, late.number(), f.service);

        f.asOffice();
        assertThat(lines(source.items()))
                .containsExactly(
                        tuple("hotline.ui.work.overdue", 1L, "console/hotline/tickets", WorkUrgency.OVERDUE),
                        tuple("hotline.ui.work.toReview", 1L, "console/hotline/tickets", WorkUrgency.NORMAL),
                        tuple("hotline.ui.work.returned", 1L, "console/hotline/tickets", WorkUrgency.NORMAL),
                        tuple("hotline.ui.work.toDispatch", 1L, "console/hotline/tickets", WorkUrgency.NORMAL));

        f.asAgent();
        assertThat(lines(source.items()))
                .as("an agent reads tickets but neither reviews nor dispatches")
                .containsExactly(tuple("hotline.ui.work.overdue", 1L, "console/hotline/tickets", WorkUrgency.OVERDUE));
    }

    @Test
    void aUserWithoutHotlinePermissionsHasNoHotlineWork() {
        dispatched("泉城路有摊贩占道经营", ConsoleFixture.LIXIA_CG);
        f.access.actAs("clerk", Jinan.JINAN, "catalogue:read");

        assertThat(source.items()).isEmpty();
    }
}
