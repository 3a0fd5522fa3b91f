package org.tongban.hotline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.hotline.internal.HotlineFixture.CITY_ZJJ;
import static org.tongban.hotline.internal.HotlineFixture.JIEFANGLU;
import static org.tongban.hotline.internal.HotlineFixture.LIXIA_CG;
import static org.tongban.hotline.internal.HotlineFixture.SHIZHONG_CG;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.hotline.Callback;
import org.tongban.hotline.Caller;
import org.tongban.hotline.CatalogueRow;
import org.tongban.hotline.Channel;
import org.tongban.hotline.HistoryStep;
import org.tongban.hotline.HotlineException;
import org.tongban.hotline.HotlineTopics;
import org.tongban.hotline.NewTicket;
import org.tongban.hotline.Page;
import org.tongban.hotline.Place;
import org.tongban.hotline.PublicStatus;
import org.tongban.hotline.Ticket;
import org.tongban.hotline.TicketCounts;
import org.tongban.hotline.TicketFilter;
import org.tongban.hotline.TicketStates;
import org.tongban.hotline.TicketType;
import org.tongban.hotline.Unit;
import org.tongban.hotline.UnitKpi;
import org.tongban.hotline.Urgency;
import org.tongban.hotline.Warning;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.workflow.StaleCaseException;
import org.tongban.testing.Jinan;
import org.tongban.testing.MutableClock;
import org.tongban.testing.TestDatabase;

/** The hotline's flow, permissions, limits, supervision, merging, reopening and callbacks, on each database. */
abstract class HotlineContract {
    static final Place QUANCHENG_ROAD = new Place("历下区泉城路188号门前", 36.6640, 117.0210, Jinan.JIEFANGLU);
    static final Place SHIZHONG_PLACE = Place.at("市中区经七路100号", Jinan.SHIZHONG);
    static final String STALLS = "泉城路188号门前每天晚上有流动摊贩占道经营，油烟很大，行人无法通过，希望尽快处理。";

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

    static NewTicket call(TicketType type, Place place, String text) {
        return new NewTicket(
                Channel.AGENT_CALL,
                type,
                Urgency.NORMAL,
                place,
                new Caller("张先生", "13812345678", false),
                text,
                "CG.ZYJY");
    }

    Ticket received() {
        f.asAgent();
        return f.service.receive(call(TicketType.COMPLAINT, QUANCHENG_ROAD, STALLS));
    }

    Ticket dispatched() {
        Ticket t = received();
        f.asOffice();
        return f.service.dispatch(t.number(), t.version(), null, LIXIA_CG, List.of());
    }

    Ticket signed() {
        Ticket t = dispatched();
        f.asLixiaWorker();
        return f.service.sign(t.number(), t.version(), LIXIA_CG);
    }

    Ticket replied() {
        Ticket t = signed();
        return f.service.reply(t.number(), t.version(), LIXIA_CG, "已联合街道清理摊贩，并设置巡查点。");
    }

    Ticket approved() {
        Ticket t = replied();
        f.asOffice();
        return f.service.approve(t.number(), t.version(), null);
    }

    @Test
    void aTicketRunsFromIntakeToEvaluationWithOneSendBack() {
        f.asAgent();
        Ticket t = f.service.receive(call(TicketType.COMPLAINT, QUANCHENG_ROAD, STALLS));
        assertThat(t.number()).startsWith("RX370102");
        assertThat(t.state()).isEqualTo(TicketStates.RECEIVED);
        assertThat(t.publicStatus()).isEqualTo(PublicStatus.OPEN);

        f.asOffice();
        t = f.service.dispatch(t.number(), t.version(), null, LIXIA_CG, List.of(CITY_ZJJ));
        assertThat(t.state()).isEqualTo(TicketStates.DISPATCHED);
        assertThat(t.lead().orElseThrow().unitName()).isEqualTo("历下区城市管理局");
        // 1 working day to sign: dispatched Monday 10:00, due Tuesday at closing.
        assertThat(t.signDue()).isEqualTo(MutableClock.beijing("2026-03-03T17:30"));

        f.asLixiaWorker();
        t = f.service.sign(t.number(), t.version(), LIXIA_CG);
        assertThat(t.state()).isEqualTo(TicketStates.HANDLING);
        assertThat(t.handleDue()).isEqualTo(MutableClock.beijing("2026-03-09T17:30"));

        f.access.actAs("zjj.worker", Jinan.JINAN, org.tongban.hotline.HotlinePermissions.HANDLE);
        t = f.service.sign(t.number(), t.version(), CITY_ZJJ);
        t = f.service.reply(t.number(), t.version(), CITY_ZJJ, "住建部门配合核查沿街商铺。");
        assertThat(t.state())
                .as("an assisting unit's reply goes to the lead unit")
                .isEqualTo(TicketStates.HANDLING);

        f.asLixiaWorker();
        t = f.service.reply(t.number(), t.version(), LIXIA_CG, "已处理。");
        assertThat(t.state()).isEqualTo(TicketStates.REVIEW);

        f.asOffice();
        long stale = t.version();
        t = f.service.sendBack(t.number(), t.version(), "答复过于简单，请说明处理措施和长效机制");
        assertThat(t.state()).isEqualTo(TicketStates.HANDLING);
        String number = t.number();
        assertThatThrownBy(() -> f.service.approve(number, stale, null)).isInstanceOf(StaleCaseException.class);

        f.asLixiaWorker();
        t = f.service.reply(t.number(), t.version(), LIXIA_CG, "已联合街道清理摊贩，设置巡查点，每晚巡查。");
        f.asOffice();
        t = f.service.approve(t.number(), t.version(), "答复完整");
        assertThat(t.state()).isEqualTo(TicketStates.CALLBACK);
        assertThat(t.publicStatus()).isEqualTo(PublicStatus.CLOSED);
        assertThat(t.answer()).isEqualTo("已联合街道清理摊贩，设置巡查点，每晚巡查。");

        t = f.service.callback(t.number(), t.version(), Callback.rated(true, 5, "很满意"));
        assertThat(t.state()).isEqualTo(TicketStates.EVALUATED);
        assertThat(t.satisfaction()).isEqualTo(5);
        assertThat(f.queries.history(t.number()))
                .extracting(HistoryStep::action)
                .containsExactly("receive", "dispatch", "sign", "reply", "sendBack", "reply", "approve", "evaluate");
        assertThat(f.topics())
                .contains("hotline/DISPATCH", "hotline/SENDBACK", "hotline/EVALUATE", HotlineTopics.REPLY_PART);
        assertThat(f.audit.withAction("hotline.dispatch.units")).hasSize(1);
        assertThat(f.audit.withAction("hotline.replyPart")).hasSize(1);
    }

    @Test
    void anAgentAnswersDirectlyFromAnArticleAndTheTicketClosesAtOnce() {
        f.asOffice();
        org.tongban.hotline.Article a = f.knowledge()
                .create(new org.tongban.hotline.ArticleDraft(
                        Jinan.JINAN,
                        "居住证办理材料",
                        "携带身份证和居住证明到社区服务中心办理。",
                        org.tongban.hotline.Audience.PUBLIC,
                        null,
                        null));
        a = f.knowledge().submit(a.id(), 1, a.latest().version());
        f.asReviewer();
        a = f.knowledge().publish(a.id(), 1, a.latest().version(), null);
        f.asAgent();
        Ticket t = f.service.receive(call(TicketType.CONSULTATION, QUANCHENG_ROAD, "居住证办理需要什么材料？"));
        t = f.service.answerDirectly(t.number(), t.version(), a.id(), "携带身份证和居住证明到社区服务中心办理。");
        assertThat(t.state()).isEqualTo(TicketStates.ANSWERED);
        assertThat(t.articleId()).isEqualTo(a.id());
        assertThat(t.publicStatus()).isEqualTo(PublicStatus.CLOSED);
        String number = t.number();
        long version = t.version();
        assertThatThrownBy(() -> f.service.answerDirectly(number, version, "<script>", "x"))
                .hasMessageContaining("知识库条目编号");
    }

    @Test
    void badInputIsRefusedWithNothingStored() {
        f.asAgent();
        long before = f.db.count("hotline_ticket");
        assertThatThrownBy(() -> f.service.receive(call(TicketType.HELP, QUANCHENG_ROAD, "字".repeat(4001))))
                .isInstanceOf(HotlineException.class)
                .hasMessage("内容不能超过4000个字");
        assertThatThrownBy(() ->
                        f.service.receive(call(TicketType.HELP, new Place("某地", 36.6, null, Jinan.LIXIA), STALLS)))
                .hasMessageContaining("坐标无效");
        assertThatThrownBy(() ->
                        f.service.receive(call(TicketType.HELP, new Place("某地", 95.0, 117.0, Jinan.LIXIA), STALLS)))
                .hasMessageContaining("坐标无效");
        assertThatThrownBy(() -> f.service.receive(call(TicketType.HELP, Place.at("某地", "999999"), STALLS)))
                .hasMessageContaining("行政区划代码不存在");
        assertThat(f.db.count("hotline_ticket")).isEqualTo(before);
        assertThat(f.db.count("platform_workflow")).isZero();

        Ticket kept = f.service.receive(call(TicketType.HELP, QUANCHENG_ROAD, "<script>alert(1)</script>井盖丢失"));
        assertThat(kept.description()).as("stored as given; views escape").isEqualTo("<script>alert(1)</script>井盖丢失");
        assertThat(f.service
                        .receive(call(TicketType.HELP, QUANCHENG_ROAD, "字".repeat(4000)))
                        .description())
                .hasSize(4000);
    }

    @Test
    void aUnitSeesOnlyItsTicketsAndNeverAConfidentialCaller() {
        f.asAgent();
        Ticket report = f.service.receive(new NewTicket(
                Channel.AGENT_CALL,
                TicketType.REPORT,
                Urgency.NORMAL,
                QUANCHENG_ROAD,
                new Caller("李女士", "13912345678", false),
                "举报泉城路某餐馆违规占道经营。",
                "CG.ZYJY"));
        assertThat(report.confidential()).as("举报 is always confidential").isTrue();
        assertThat(report.callerPhone()).as("masked without the permission").isEqualTo("139****5678");
        f.asOffice();
        report = f.service.dispatch(report.number(), report.version(), null, LIXIA_CG, List.of());
        assertThat(f.service.revealCaller(report.number())).isEqualTo("13912345678");
        assertThat(f.audit.withAction("hotline.caller.read")).hasSize(1);

        f.asLixiaWorker();
        Ticket seen = f.queries.find(report.number()).orElseThrow();
        assertThat(seen.callerName()).isNull();
        assertThat(seen.callerPhone()).isNull();
        assertThat(seen.callerHidden()).isTrue();
        assertThat(f.queries.list(TicketFilter.ALL, 0, 20).items())
                .extracting(Ticket::number)
                .containsExactly(report.number());
        String number = report.number();
        assertThatThrownBy(() -> f.service.revealCaller(number)).hasMessageContaining("保密");

        f.asShizhongWorker();
        assertThat(f.queries.find(number)).isEmpty();
        assertThat(f.queries.list(TicketFilter.ALL, 0, 20).items()).isEmpty();
        long version = seen.version();
        assertThatThrownBy(() -> f.service.sign(number, version, SHIZHONG_CG)).isInstanceOf(HotlineException.class);
        assertThatThrownBy(() -> f.service.sign(number, version, LIXIA_CG)).hasMessageContaining("工单不存在或无权查看");

        f.access.actAs("shizhong.office", Jinan.SHIZHONG, org.tongban.hotline.HotlinePermissions.READ);
        assertThat(f.queries.find(number)).as("another district's office").isEmpty();
    }

    @Test
    void aUnitSubDispatchesWithinItsJurisdictionAndTheSubUnitSeesTheTicket() {
        Ticket t = signed();
        t = f.service.subDispatch(t.number(), LIXIA_CG, JIEFANGLU);
        assertThat(t.assignments())
                .extracting(a -> a.unitCode() + "<" + a.parentUnitCode())
                .contains(JIEFANGLU + "<" + LIXIA_CG);
        String number = t.number();
        assertThatThrownBy(() -> f.service.subDispatch(number, LIXIA_CG, SHIZHONG_CG))
                .hasMessageContaining("不负责该地点");
        f.asJiefangluWorker();
        assertThat(f.queries.find(number)).isPresent();
        t = f.service.sign(number, t.version(), JIEFANGLU);
        t = f.service.reply(number, t.version(), JIEFANGLU, "街道已安排城管队员每晚巡查。");
        assertThat(t.state()).isEqualTo(TicketStates.HANDLING);
        assertThatThrownBy(() -> f.service.giveBack(number, 0, JIEFANGLU, "不归我管"))
                .hasMessageContaining("主办单位");
    }

    @Test
    void aUnitReturnsWithinTwoWorkingDaysAndTheOfficeReDispatches() {
        Ticket t = dispatched();
        f.time.set(MutableClock.beijing("2026-03-04T16:00")); // Wednesday: within 2 working days
        f.asShizhongWorker();
        String number = t.number();
        f.asLixiaWorker();
        assertThatThrownBy(() -> f.service.giveBack(number, t.version(), LIXIA_CG, " "))
                .hasMessage("请填写原因或意见");
        Ticket back = f.service.giveBack(number, t.version(), LIXIA_CG, "该路段属于市政设施，不属本局职责");
        assertThat(back.state()).isEqualTo(TicketStates.RETURNED);
        assertThat(f.queries.find(number))
                .as("the unit that returned it no longer sees it")
                .isEmpty();

        f.asOffice();
        Ticket again = f.service.dispatch(number, back.version(), "ZF", CITY_ZJJ, List.of());
        assertThat(again.state()).isEqualTo(TicketStates.DISPATCHED);
        assertThat(again.lead().orElseThrow().unitCode()).isEqualTo(CITY_ZJJ);

        f.time.set(MutableClock.beijing("2026-03-09T09:00")); // past the new unit's 2 working days
        f.access.actAs("zjj.worker", Jinan.JINAN, org.tongban.hotline.HotlinePermissions.HANDLE);
        assertThatThrownBy(() -> f.service.giveBack(number, again.version(), CITY_ZJJ, "不属本局"))
                .hasMessageContaining("超过退单时限");
    }

    @Test
    void overdueTicketsAreWarnedThenSupervisedAndEscalatedToTheUnitsLeader() throws Exception {
        Ticket t = dispatched();
        f.time.set(MutableClock.beijing("2026-03-03T15:00")); // past 80% of the signing limit
        f.fireTimers();
        f.asOffice();
        assertThat(f.queries.find(t.number()).orElseThrow().warning()).isEqualTo(Warning.YELLOW);
        assertThat(f.topics()).contains(HotlineTopics.WARNING);

        f.time.set(MutableClock.beijing("2026-03-03T18:00"));
        f.fireTimers();
        f.asOffice();
        Ticket late = f.queries.find(t.number()).orElseThrow();
        assertThat(late.warning()).isEqualTo(Warning.RED);
        assertThat(late.supervised()).isTrue();
        assertThat(f.events(HotlineTopics.SUPERVISE)).singleElement().satisfies(e -> {
            assertThat(e.get("leader")).isEqualTo("lx.leader");
            assertThat(e.get("limit")).isEqualTo("SIGN");
        });
        assertThat(f.queries.list(TicketFilter.ALL.overdue(), 0, 10).total()).isEqualTo(1);
        assertThat(f.db.count("hotline_supervision")).isEqualTo(1);

        f.asLixiaWorker();
        Ticket signedLate = f.service.sign(t.number(), late.version(), LIXIA_CG);
        assertThat(signedLate.warning()).as("a new limit starts in time").isEqualTo(Warning.NONE);
        f.asOffice();
        List<UnitKpi> kpis = f.queries.unitKpis(
                Jinan.JINAN, MutableClock.beijing("2026-03-01T00:00"), MutableClock.beijing("2026-04-01T00:00"));
        assertThat(kpis).singleElement().satisfies(k -> {
            assertThat(k.signed()).isEqualTo(1);
            assertThat(k.signedOnTime()).isZero();
        });
    }

    @Test
    void urgentTicketsRunInNaturalHours() {
        f.asAgent();
        Ticket t = f.service.receive(new NewTicket(
                Channel.AGENT_CALL, TicketType.HELP, Urgency.URGENT, QUANCHENG_ROAD, null, "井盖丢失，有行人跌落危险。", "CG"));
        f.asOffice();
        t = f.service.dispatch(t.number(), t.version(), null, LIXIA_CG, List.of());
        assertThat(t.signDue()).isEqualTo(MutableClock.beijing("2026-03-02T11:00"));
        f.asLixiaWorker();
        t = f.service.sign(t.number(), t.version(), LIXIA_CG);
        assertThat(t.handleDue()).isEqualTo(MutableClock.beijing("2026-03-03T10:00"));
    }

    @Test
    void extensionsAreApprovedByTheOfficeUpToTenWorkingDays() {
        Ticket t = signed();
        String number = t.number();
        assertThatThrownBy(() -> f.service.requestExtension(number, t.version(), LIXIA_CG, 11, "需协调多部门"))
                .hasMessageContaining("不超过10个工作日");
        Ticket asked = f.service.requestExtension(number, t.version(), LIXIA_CG, 3, "需协调多部门");
        f.asOffice();
        Ticket granted = f.service.decideExtension(number, asked.version(), true, null);
        assertThat(granted.handleDue()).isEqualTo(MutableClock.beijing("2026-03-12T17:30"));
        assertThatThrownBy(() -> f.service.decideExtension(number, granted.version(), true, null))
                .hasMessageContaining("没有待审批");
        f.asLixiaWorker();
        Ticket more = f.service.requestExtension(number, granted.version(), LIXIA_CG, 7, "仍需协调");
        f.asOffice();
        Ticket refused = f.service.decideExtension(number, more.version(), false, "请按期办结");
        assertThat(refused.handleDue()).isEqualTo(granted.handleDue());
        f.asLixiaWorker();
        assertThatThrownBy(() -> f.service.requestExtension(number, refused.version(), LIXIA_CG, 8, "再延"))
                .hasMessageContaining("不超过10个工作日");
    }

    @Test
    void mergedDuplicatesGetTheReplyAndCountOnce() {
        Ticket main = received();
        f.asAgent();
        Ticket dup = f.service.receive(new NewTicket(
                Channel.PORTAL,
                TicketType.COMPLAINT,
                Urgency.NORMAL,
                new Place("泉城路188号", 36.6641, 117.0212, Jinan.JIEFANGLU),
                new Caller("王女士", "13700001111", false),
                "泉城路188号门前晚上流动摊贩占道经营，油烟大，行人没法走。",
                null));
        f.asAgent();
        Ticket other = f.service.receive(call(TicketType.SUGGESTION, SHIZHONG_PLACE, "建议在经七路增设公交站台。"));
        f.asOffice();
        assertThat(f.queries.similarTo(dup.number()))
                .extracting(s -> s.number())
                .contains(main.number())
                .doesNotContain(other.number());

        Ticket merged = f.service.merge(dup.number(), dup.version(), main.number());
        assertThat(merged.state()).isEqualTo(TicketStates.MERGED);
        assertThat(merged.mergedInto()).isEqualTo(main.number());
        main = f.service.dispatch(main.number(), main.version(), null, LIXIA_CG, List.of());
        f.asLixiaWorker();
        main = f.service.sign(main.number(), main.version(), LIXIA_CG);
        main = f.service.reply(main.number(), main.version(), LIXIA_CG, "已清理。");
        f.asOffice();
        f.service.approve(main.number(), main.version(), null);
        Ticket follower = f.queries.find(dup.number()).orElseThrow();
        assertThat(follower.state()).isEqualTo(TicketStates.CALLBACK);
        assertThat(follower.answer()).isEqualTo("已清理。");
        List<UnitKpi> kpis = f.queries.unitKpis(
                Jinan.JINAN, MutableClock.beijing("2026-03-01T00:00"), MutableClock.beijing("2026-04-01T00:00"));
        assertThat(kpis).singleElement().satisfies(k -> {
            assertThat(k.dispatched()).isEqualTo(1);
            assertThat(k.replied()).isEqualTo(1);
            assertThat(k.handledOnTime()).isEqualTo(1);
        });

        TicketCounts counts = f.queries.counts(
                Jinan.JINAN, MutableClock.beijing("2026-03-01T00:00"), MutableClock.beijing("2026-04-01T00:00"));
        assertThat(counts.total())
                .as("the merged duplicate counts once, with the main ticket")
                .isEqualTo(2);
        assertThat(counts.byDay()).containsOnlyKeys(java.time.LocalDate.parse("2026-03-02"));
        assertThat(counts.byState()).containsEntry(TicketStates.CALLBACK, 1L).doesNotContainKey(TicketStates.MERGED);
        assertThat(counts.cells())
                .filteredOn(c -> c.type() == TicketType.SUGGESTION)
                .singleElement()
                .satisfies(c -> assertThat(c.jurisdictionCode()).isEqualTo(SHIZHONG_PLACE.jurisdictionCode()));
        assertThat(f.queries
                        .counts(
                                Jinan.SHIZHONG,
                                MutableClock.beijing("2026-03-01T00:00"),
                                MutableClock.beijing("2026-04-01T00:00"))
                        .total())
                .as("市中区 counts only its own places")
                .isOne();
        f.asLixiaWorker();
        assertThatThrownBy(() -> f.queries.counts(
                        Jinan.JINAN,
                        MutableClock.beijing("2026-03-01T00:00"),
                        MutableClock.beijing("2026-04-01T00:00")))
                .as("a unit's worker reads no office statistics");
    }

    @Test
    void aDissatisfiedCallerReopensOnceAndTheUnitHandlesAgain() {
        Ticket t = approved();
        t = f.service.callback(t.number(), t.version(), new Callback(true, false, 1, true, "摊贩又回来了"));
        assertThat(t.state()).isEqualTo(TicketStates.HANDLING);
        assertThat(t.reopened()).isEqualTo(1);
        f.asLixiaWorker();
        t = f.service.reply(t.number(), t.version(), LIXIA_CG, "已设置固定岗。");
        f.asOffice();
        t = f.service.approve(t.number(), t.version(), null);
        String number = t.number();
        long version = t.version();
        assertThatThrownBy(() -> f.service.callback(number, version, new Callback(true, false, 2, true, "还是不行")))
                .hasMessageContaining("已重启过一次");
        t = f.service.callback(number, version, new Callback(true, false, 2, false, "还是不行"));
        assertThat(t.state()).isEqualTo(TicketStates.EVALUATED);
        List<UnitKpi> kpis = f.queries.unitKpis(
                Jinan.JINAN, MutableClock.beijing("2026-03-01T00:00"), MutableClock.beijing("2026-04-01T00:00"));
        assertThat(kpis).singleElement().satisfies(k -> {
            assertThat(k.reopened()).isEqualTo(1);
            assertThat(k.rated()).isEqualTo(1);
            assertThat(k.resolved()).isZero();
        });
    }

    @Test
    void unreachableCallbacksAreRetriedByATimerAndCloseAfterTheLastAttempt() throws Exception {
        Ticket t = approved();
        t = f.service.callback(t.number(), t.version(), Callback.unreachable("无人接听"));
        assertThat(t.state()).isEqualTo(TicketStates.CALLBACK);
        assertThat(t.callbackAttempts()).isEqualTo(1);
        assertThat(f.timers.due(Deadlines.TIMER, t.number() + "/CALLBACK"))
                .contains(MutableClock.beijing("2026-03-02T14:00"));
        f.time.set(MutableClock.beijing("2026-03-02T14:00"));
        f.fireTimers();
        assertThat(f.events(HotlineTopics.CALLBACK_DUE)).singleElement().satisfies(e -> assertThat(e.get("number"))
                .isNotNull());
        f.asAgent();
        t = f.service.callback(t.number(), t.version(), Callback.unreachable("关机"));
        t = f.service.callback(t.number(), t.version(), Callback.unreachable("无人接听"));
        assertThat(t.state()).isEqualTo(TicketStates.EVALUATED);
        assertThat(t.callbackAttempts()).isEqualTo(3);
        assertThat(f.timers.due(Deadlines.TIMER, t.number() + "/CALLBACK")).isEmpty();
        assertThat(f.queries.history(t.number())).last().satisfies(h -> assertThat(h.reason())
                .isEqualTo("回访3次未接通"));
    }

    @Test
    void listsFilterByStatusCategoryAndDate() {
        Ticket closed = approved();
        f.asAgent();
        Ticket open = f.service.receive(call(TicketType.HELP, SHIZHONG_PLACE, "路灯不亮"));
        f.asOffice();
        assertThat(f.queries
                        .list(TicketFilter.ALL.withStatus(PublicStatus.CLOSED), 0, 10)
                        .items())
                .extracting(Ticket::number)
                .containsExactly(closed.number());
        assertThat(f.queries.list(TicketFilter.ALL.withCategory("CG"), 0, 10).total())
                .isEqualTo(2);
        assertThat(f.queries
                        .list(TicketFilter.ALL.withNumbers(Set.of(open.number())), 0, 10)
                        .items())
                .extracting(Ticket::number)
                .containsExactly(open.number());
        Instant later = MutableClock.beijing("2026-03-03T00:00");
        assertThat(f.queries
                        .list(TicketFilter.ALL.receivedBetween(later, null), 0, 10)
                        .total())
                .isZero();
        assertThat(f.queries
                        .list(TicketFilter.ALL.withType(TicketType.HELP), 0, 10)
                        .items())
                .extracting(Ticket::number)
                .containsExactly(open.number());
        assertThat(f.queries
                        .list(TicketFilter.ALL.withType(TicketType.COMPLAINT).withUrgency(Urgency.URGENT), 0, 10)
                        .total())
                .isZero();
        assertThat(f.queries
                        .list(TicketFilter.ALL.withJurisdiction(Jinan.SHIZHONG), 0, 10)
                        .items())
                .extracting(Ticket::number)
                .containsExactly(open.number());
        assertThatThrownBy(() -> f.queries.list(TicketFilter.ALL, 0, 500)).isInstanceOf(HotlineException.class);
    }

    @Test
    void listsCountUpToTenThousandAndTheTilesCountExactly() throws Exception {
        Ticket mine = dispatched();
        int bulk = Page.COUNT_LIMIT + 4;
        try (java.sql.Connection c = f.db.dataSource().getConnection();
                java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO hotline_ticket (ticket_number,"
                        + " channel, ticket_type, urgency, address, jurisdiction_code, confidential, description,"
                        + " state, version, received_at, received_by, warning) VALUES (?, 'AGENT_CALL', 'HELP',"
                        + " 'NORMAL', '历下区', ?, FALSE, '路灯不亮', 'RECEIVED', 1, ?, 'agent', 'NONE')")) {
            for (int i = 0; i < bulk; i++) {
                ps.setString(1, String.format("BULK%06d", i));
                ps.setString(2, Jinan.JIEFANGLU);
                ps.setObject(
                        3,
                        java.time.OffsetDateTime.parse("2026-02-01T08:00+08:00").plusMinutes(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        f.asOffice();

        Page<Ticket> all = f.queries.list(TicketFilter.ALL, 0, 20);
        assertThat(all.capped()).isTrue();
        assertThat(all.total()).isEqualTo(Page.COUNT_LIMIT);
        assertThat(all.items()).hasSize(20).first().extracting(Ticket::number).isEqualTo(mine.number());
        assertThat(f.queries.list(TicketFilter.ALL, 500, 20).items())
                .as("pages past the counted ones still list")
                .hasSize(5);
        assertThat(f.queries.count(TicketFilter.ALL)).isEqualTo(bulk + 1L);
        assertThat(f.queries.count(TicketFilter.ALL.withStates(Set.of(TicketStates.RECEIVED))))
                .isEqualTo(bulk);

        Page<Ticket> unit = f.queries.list(TicketFilter.ALL.withUnit(LIXIA_CG), 0, 20);
        assertThat(unit.capped()).isFalse();
        assertThat(unit.total()).isEqualTo(1);

        f.asLixiaWorker();
        assertThat(f.queries.count(TicketFilter.ALL))
                .as("a unit counts only its own")
                .isEqualTo(1);
    }

    @Test
    void theCatalogueSuggestsImportsAndExportsAllOrNothing() {
        f.asOffice();
        assertThat(f.catalogue.suggest("CG.ZYJY", Jinan.JIEFANGLU).orElseThrow().code())
                .isEqualTo(LIXIA_CG);
        assertThat(f.catalogue.suggest("ZF", Jinan.LIXIA).orElseThrow().code()).isEqualTo(CITY_ZJJ);
        int before = f.catalogue.export().size();
        assertThatThrownBy(() -> f.catalogue.importRows(List.of(
                        new CatalogueRow("HB", "环境保护", null, true, Jinan.LIXIA, LIXIA_CG),
                        new CatalogueRow("HB.ZS", "噪声扰民", "HB", true, Jinan.LIXIA, "NO-SUCH-UNIT"))))
                .hasMessageContaining("承办单位不存在");
        assertThat(f.catalogue.export()).hasSize(before);
        assertThat(f.catalogue.importRows(List.of(
                        new CatalogueRow("HB.ZS", "噪声扰民", "HB", true, Jinan.LIXIA, LIXIA_CG),
                        new CatalogueRow("HB", "环境保护", null, true, null, null))))
                .isEqualTo(2);
        assertThat(f.catalogue.suggest("HB.ZS", Jinan.JIEFANGLU).orElseThrow().code())
                .isEqualTo(LIXIA_CG);
        f.asLixiaWorker();
        assertThatThrownBy(() -> f.catalogue.saveCategory(new org.tongban.hotline.Category("X", null, "X", true)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aUnitsMemberFindsTheUnitsItWorksInWithTheirSubUnits() {
        f.asLixiaWorker();
        assertThat(f.catalogue.myUnits()).extracting(Unit::code).containsExactly(LIXIA_CG, JIEFANGLU);
        f.asJiefangluWorker();
        assertThat(f.catalogue.myUnits()).extracting(Unit::code).containsExactly(JIEFANGLU);
        f.asAgent();
        assertThat(f.catalogue.myUnits()).as("no hotline:handle").isEmpty();
    }

    @Test
    void theUnitKpiSumsKeptByTheStepsEqualARecountOfTheAssignments() {
        Ticket rated = approved();
        f.service.callback(rated.number(), rated.version(), Callback.rated(true, 5, "满意"));

        f.time.set(MutableClock.beijing("2026-03-03T20:00")); // the next day, past the signing limit of the first two
        Ticket returned = dispatched();
        f.time.set(MutableClock.beijing("2026-03-04T09:00"));
        f.asLixiaWorker();
        returned = f.service.giveBack(returned.number(), returned.version(), LIXIA_CG, "该路段属于市政设施，不属本局职责");
        f.asOffice();
        returned = f.service.dispatch(returned.number(), returned.version(), "ZF", CITY_ZJJ, List.of());

        Ticket reopened = approved();
        f.service.callback(reopened.number(), reopened.version(), new Callback(true, false, 2, true, "还是不行"));
        f.asLixiaWorker();
        Ticket again = f.queries.find(reopened.number()).orElseThrow();
        again = f.service.reply(again.number(), again.version(), LIXIA_CG, "已再次清理。");
        f.asOffice();
        Ticket sentBack = f.service.sendBack(again.number(), again.version(), "答复未说明巡查安排");

        Ticket dup = received();
        Ticket main = dispatched();
        f.asOffice();
        f.service.merge(dup.number(), dup.version(), main.number());
        f.asLixiaWorker();
        f.service.sign(main.number(), main.version(), LIXIA_CG);

        f.asOffice();
        Instant from = MutableClock.beijing("2026-03-01T00:00");
        Instant to = MutableClock.beijing("2026-04-01T00:00");
        List<UnitKpi> kept = f.queries.unitKpis(Jinan.JINAN, from, to);
        assertThat(kept).extracting(UnitKpi::unitCode).containsExactly(CITY_ZJJ, LIXIA_CG);
        assertThat(kept.get(1).dispatched()).isEqualTo(4);
        assertThat(kept.get(1).returned()).isEqualTo(1);
        assertThat(kept.get(1).reopened()).isEqualTo(1);
        assertThat(sentBack.reopened()).isEqualTo(1);
        // One day only: the ticket dispatched on Tuesday evening.
        assertThat(f.queries.unitKpis(
                        Jinan.JINAN,
                        MutableClock.beijing("2026-03-03T00:00"),
                        MutableClock.beijing("2026-03-04T00:00")))
                .singleElement()
                .satisfies(k -> assertThat(k.dispatched()).isEqualTo(1));

        f.db.transactions().required(c -> {
            KpiSums.recount(c);
            return null;
        });
        assertThat(f.queries.unitKpis(Jinan.JINAN, from, to)).isEqualTo(kept);
    }
}
