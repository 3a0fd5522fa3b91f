package org.tongban.helpdesk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.helpdesk.internal.HelpdeskFixture.BANYANG;
import static org.tongban.helpdesk.internal.HelpdeskFixture.ZHANGDIAN;
import static org.tongban.helpdesk.internal.HelpdeskFixture.ZIBO;
import static org.tongban.helpdesk.internal.HelpdeskFixture.ZICHUAN;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.helpdesk.HelpChannel;
import org.tongban.helpdesk.HelpRating;
import org.tongban.helpdesk.HelpRequest;
import org.tongban.helpdesk.HelpStates;
import org.tongban.helpdesk.HelpdeskException;
import org.tongban.helpdesk.NewRequest;
import org.tongban.helpdesk.RequestQuery;
import org.tongban.helpdesk.RequestRating;
import org.tongban.helpdesk.Requester;
import org.tongban.helpdesk.Team;
import org.tongban.helpdesk.TimelineEntry;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.workflow.StaleCaseException;
import org.tongban.platform.workflow.WorkflowException;
import org.tongban.testing.TestDatabase;
import org.tongban.worktime.ClockState;
import org.tongban.worktime.DeadlineClock;

/** The help desk as helpers, leaders and the task force meet it, on each database. */
abstract class HelpdeskContract {
    HelpdeskFixture f;
    HelpdeskFixture.Teams teams;

    abstract TestDatabase open();

    @BeforeEach
    void setUp() {
        f = new HelpdeskFixture(open());
        teams = f.standardTeams();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private HelpRequest register(NewRequest request) {
        f.asHelper("zb.a", ZIBO);
        return f.service.register(request);
    }

    @Test
    void aRequestIsRegisteredWithItsRequesterCheckedAndTheMattersOfTheCatalogue() {
        HelpRequest r = register(HelpdeskFixture.enterpriseRequest(BANYANG));

        assertThat(r.number()).startsWith("BD");
        assertThat(r.state()).isEqualTo(HelpStates.NEW);
        assertThat(r.owner()).isNull();
        assertThat(r.requester().identifier()).isEqualTo(HelpdeskFixture.CREDIT_CODE);
        assertThat(r.matterCodes()).containsExactly(HelpdeskFixture.BUSINESS);
        assertThat(f.topics()).contains("helpdesk/REGISTERED");
        assertThat(f.audit.withAction("helpdesk.register")).hasSize(1);
        assertThat(f.service.timeline(r.id())).extracting(TimelineEntry::action).containsExactly("register");
    }

    @Test
    void badInputIsRefusedInChineseAndNothingIsWritten() {
        NewRequest good = HelpdeskFixture.elderlyRequest(ZICHUAN);
        f.asHelper("zb.a", ZIBO);
        assertThatThrownBy(() -> f.service.register(with(good, Requester.person("王秀英", "110105194912310021", null))))
                .isInstanceOf(HelpdeskException.class)
                .hasMessage("公民身份号码无效（GB 11643 校验码不符）。");
        assertThatThrownBy(
                        () -> f.service.register(with(good, Requester.enterprise("某公司", "91350100M000100Y44", null))))
                .hasMessage("统一社会信用代码无效（GB 32100 校验位不符）。");
        assertThatThrownBy(() -> f.service.register(new NewRequest(
                        HelpChannel.WINDOW,
                        good.requester(),
                        List.of("NO-SUCH"),
                        null,
                        null,
                        good.kind(),
                        null,
                        "帮忙",
                        ZICHUAN,
                        null)))
                .hasMessage("事项「NO-SUCH」不在已发布的事项目录中。");
        assertThatThrownBy(() -> f.service.register(new NewRequest(
                        HelpChannel.HOTLINE,
                        good.requester(),
                        good.matterCodes(),
                        null,
                        null,
                        good.kind(),
                        null,
                        "热线转来",
                        ZICHUAN,
                        " ")))
                .hasMessage("请填写转来的 12345 工单编号。");
        assertThatThrownBy(() -> f.service.register(new NewRequest(
                        HelpChannel.WINDOW,
                        good.requester(),
                        List.of(),
                        null,
                        null,
                        good.kind(),
                        null,
                        "帮忙",
                        "999999",
                        null)))
                .hasMessage("请选择办理事项或填写项目名称。");
        assertThatThrownBy(() -> f.service.register(new NewRequest(
                        HelpChannel.WINDOW,
                        good.requester(),
                        good.matterCodes(),
                        null,
                        null,
                        good.kind(),
                        null,
                        "帮忙",
                        "999999",
                        null)))
                .hasMessage("服务区域「999999」不存在。");
        assertThatThrownBy(() -> f.service.register(new NewRequest(
                        HelpChannel.WINDOW,
                        good.requester(),
                        good.matterCodes(),
                        null,
                        null,
                        null,
                        null,
                        "帮忙",
                        ZICHUAN,
                        null)))
                .hasMessage("请选择帮办类型。");
        assertThat(f.db.count("hd_request")).isZero();
    }

    private static NewRequest with(NewRequest r, Requester requester) {
        return new NewRequest(
                r.channel(),
                requester,
                r.matterCodes(),
                r.project(),
                r.domain(),
                r.kind(),
                r.urgency(),
                r.description(),
                r.jurisdictionCode(),
                r.hotlineTicket());
    }

    @Test
    void theAutomaticAssignmentPicksTheNearestTeamOfTheDomainAndItsLeastLoadedHelper() {
        f.asLeader("zb.lead", ZIBO);
        for (int i = 0; i < 6; i++) {
            HelpRequest r = register(HelpdeskFixture.enterpriseRequest(BANYANG));
            f.asLeader("zb.lead", ZIBO);
            HelpRequest assigned = f.service.assignAutomatically(r.id(), r.version());
            assertThat(assigned.teamId()).isEqualTo(teams.zichuan().id());
            assertThat(assigned.state()).isEqualTo(HelpStates.ASSIGNED);
        }
        Team zichuan = f.service.team(teams.zichuan().id()).orElseThrow();
        assertThat(zichuan.members()).extracting(Team.Member::openRequests).containsExactly(2, 2, 2);

        // No team serves the elderly in 淄川: the general teams covering it, here the city's task force.
        HelpRequest elderly = register(HelpdeskFixture.elderlyRequest(ZICHUAN));
        f.asLeader("zb.lead", ZIBO);
        assertThat(f.service
                        .assignAutomatically(elderly.id(), elderly.version())
                        .teamId())
                .isEqualTo(teams.city().id());

        // 张店 has no team of its own: the task force; a closed task force leaves nobody.
        HelpRequest zhangdian = register(HelpdeskFixture.enterpriseRequest(ZHANGDIAN));
        f.asAdmin();
        f.service.setTeamActive(teams.city().id(), false);
        f.asLeader("zb.lead", ZIBO);
        assertThatThrownBy(() -> f.service.assignAutomatically(zhangdian.id(), zhangdian.version()))
                .hasMessage("区域 370303 没有在岗的帮办队伍。");
    }

    @Test
    void assignmentByHandNeedsAMemberOfATeamServingTheAreaAndReassignmentAReason() {
        HelpRequest r = register(HelpdeskFixture.enterpriseRequest(ZHANGDIAN));
        f.asLeader("zb.lead", ZIBO);
        assertThatThrownBy(() ->
                        f.service.assign(r.id(), r.version(), teams.zichuan().id(), "zc.a", null))
                .hasMessage("队伍「淄川区网格帮办员」的服务区域不包含该诉求所在区域。");
        assertThatThrownBy(
                        () -> f.service.assign(r.id(), r.version(), teams.city().id(), "zc.a", null))
                .hasMessage("zc.a 不是队伍「市政务服务中心帮办代办专班」的成员。");

        HelpRequest assigned =
                f.service.assign(r.id(), r.version(), teams.city().id(), "zb.a", null);
        assertThat(assigned.owner()).isEqualTo("zb.a");
        assertThatThrownBy(() -> f.service.assign(
                        r.id(), assigned.version(), teams.city().id(), "zb.b", " "))
                .isInstanceOf(WorkflowException.class);
        HelpRequest again =
                f.service.assign(r.id(), assigned.version(), teams.city().id(), "zb.b", "甲外出办事");
        assertThat(again.owner()).isEqualTo("zb.b");
        assertThat(f.service.team(teams.city().id()).orElseThrow().members())
                .extracting(Team.Member::username, Team.Member::openRequests)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("zb.a", 0), org.assertj.core.groups.Tuple.tuple("zb.b", 1));

        // The assignee takes it; nobody else can.
        f.asHelper("zb.a", ZIBO);
        assertThatThrownBy(() -> f.service.take(r.id(), again.version())).hasMessage("该诉求已分派给 zb.b，只能由其接办或由组长改派。");
        f.asHelper("zb.b", ZIBO);
        assertThat(f.service.take(r.id(), again.version()).state()).isEqualTo(HelpStates.HANDLING);
    }

    @Test
    void theFirstTakerOwnsTheRequestUntilARecordedHandOver() {
        HelpRequest r = register(HelpdeskFixture.elderlyRequest(ZICHUAN));
        f.asHelper("zc.a", ZICHUAN);
        HelpRequest taken = f.service.take(r.id(), r.version());
        assertThat(taken.owner()).isEqualTo("zc.a");
        assertThat(taken.firstTaker()).isEqualTo("zc.a");
        assertThat(taken.firstContactAt()).isNotNull();
        assertThat(taken.teamId()).isEqualTo(teams.zichuan().id());

        f.asHelper("zc.b", ZICHUAN);
        assertThatThrownBy(() -> f.service.complete(r.id(), taken.version(), "办好了"))
                .hasMessage("首问负责：此诉求由 zc.a 负责，须先办理移交。");
        assertThat(f.service.allowedActions(r.id())).doesNotContain("complete", "handOver", "suspend");

        f.asHelper("zc.a", ZICHUAN);
        assertThat(f.service.allowedActions(r.id())).contains("handOver", "suspend", "complete", "terminate", "note");
        assertThatThrownBy(() -> f.service.handOver(r.id(), taken.version(), "zb.a", " "))
                .hasMessage("请填写原因。");
        assertThatThrownBy(() -> f.service.handOver(r.id(), taken.version(), "stranger", "休假"))
                .hasMessage("stranger 不在服务该区域的帮办队伍中，不能接收移交。");
        HelpRequest handed = f.service.handOver(r.id(), taken.version(), "zc.b", "本人休假，移交网格员乙");
        assertThat(handed.owner()).isEqualTo("zc.b");
        assertThat(handed.firstTaker()).isEqualTo("zc.a");
        assertThatThrownBy(() -> f.service.note(r.id(), "已电话联系")).hasMessage("首问负责：此诉求由 zc.b 负责，须先办理移交。");

        f.asHelper("zc.b", ZICHUAN);
        f.service.note(r.id(), "已电话联系申请人");
        HelpRequest done = f.service.complete(r.id(), handed.version(), "已代办完成");
        assertThat(done.state()).isEqualTo(HelpStates.COMPLETED);
        assertThat(done.closedAt()).isNotNull();
        assertThat(f.service.timeline(r.id()))
                .extracting(TimelineEntry::action)
                .containsExactly("register", "take", "handOver", "note", "complete");
        assertThat(f.service.timeline(r.id()).get(2).detail()).isEqualTo("zc.a → zc.b（淄川区网格帮办员）：本人休假，移交网格员乙");
        for (String action : List.of("helpdesk.take", "helpdesk.handOver", "helpdesk.note", "helpdesk.complete")) {
            assertThat(f.audit.withAction(action)).hasSize(1);
        }
        assertThat(f.topics()).contains("helpdesk/TAKE", "helpdesk/HANDOVER", "helpdesk/COMPLETE");
        assertThat(f.service.team(teams.zichuan().id()).orElseThrow().members())
                .allSatisfy(m -> assertThat(m.openRequests()).isZero());
    }

    @Test
    void aTeamLeaderMayHandOverWhatAMemberOwns() {
        HelpRequest r = register(HelpdeskFixture.enterpriseRequest(ZICHUAN));
        f.asHelper("zc.a", ZICHUAN);
        HelpRequest taken = f.service.take(r.id(), r.version());
        f.asLeader("zc.lead", ZICHUAN);
        assertThat(f.service.handOver(r.id(), taken.version(), "zc.b", "甲病假").owner())
                .isEqualTo("zc.b");
    }

    @Test
    void aDistrictsHelpersNeitherSeeNorTakeAnotherDistrictsRequests() {
        HelpRequest r = register(HelpdeskFixture.enterpriseRequest(ZHANGDIAN));
        f.asHelper("zc.a", ZICHUAN);
        assertThat(f.service.find(r.id())).isEmpty();
        assertThat(f.service.findByNumber(r.number())).isEmpty();
        assertThatThrownBy(() -> f.service.take(r.id(), r.version()))
                .isInstanceOf(HelpdeskException.class)
                .hasMessage("诉求 " + r.id() + " 不存在或不在您的服务区域内。");
        assertThatThrownBy(() -> f.service.timeline(r.id())).isInstanceOf(HelpdeskException.class);
        assertThatThrownBy(() -> f.service.requests(RequestQuery.of(ZHANGDIAN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.service.requests(RequestQuery.of(ZICHUAN)).total()).isZero();

        // A helper of the district with the permission at the city but in no team serving 张店 cannot take it either.
        f.asHelper("zc.a", ZIBO);
        assertThatThrownBy(() -> f.service.take(r.id(), r.version())).hasMessage("您不在服务该区域的帮办队伍中，不能接办此诉求。");
        // Nor can a district set up teams for the city.
        f.access.actAs("zc.admin", ZICHUAN, org.tongban.helpdesk.HelpdeskPermissions.ADMIN);
        assertThatThrownBy(() -> f.service.addMember(teams.city().id(), "zc.a", "甲"))
                .isInstanceOf(HelpdeskException.class);
    }

    @Test
    void suspensionStopsTheClockAcrossARestartAndResumptionRestartsIt() {
        HelpRequest r = register(HelpdeskFixture.enterpriseRequest(ZICHUAN));
        f.asHelper("zc.a", ZICHUAN);
        HelpRequest taken = f.service.take(r.id(), r.version());
        DeadlineClock started = clock(r);
        assertThat(started.state()).isEqualTo(ClockState.RUNNING);
        assertThat(started.request().limit()).isEqualTo(Settings.JOINT_DAYS);
        assertThatThrownBy(() -> f.service.suspend(r.id(), taken.version(), " "))
                .hasMessage("请填写原因。");
        HelpRequest suspended = f.service.suspend(r.id(), taken.version(), "等待企业补齐股东会决议");
        assertThat(clock(r).state()).isEqualTo(ClockState.PAUSED);

        f.restart();

        f.asHelper("zc.a", ZICHUAN);
        HelpRequest found = f.service.find(r.id()).orElseThrow();
        assertThat(found.state()).isEqualTo(HelpStates.SUSPENDED);
        assertThat(clock(r).state()).isEqualTo(ClockState.PAUSED);
        assertThat(f.service.allowedActions(r.id()))
                .contains("resume", "terminate")
                .doesNotContain("complete");
        assertThatThrownBy(() -> f.service.complete(r.id(), found.version(), "办结"))
                .isInstanceOf(WorkflowException.class);
        HelpRequest resumed = f.service.resume(r.id(), found.version());
        assertThat(resumed.state()).isEqualTo(HelpStates.HANDLING);
        assertThat(clock(r).state()).isEqualTo(ClockState.RUNNING);
        f.service.complete(r.id(), resumed.version(), "设立登记已办结");
        assertThat(clock(r).state()).isEqualTo(ClockState.COMPLETED);
        assertThat(f.service.timeline(r.id()))
                .extracting(TimelineEntry::action)
                .containsExactly("register", "take", "suspend", "resume", "complete");
    }

    @Test
    void aStepDecidedOnAnOldVersionIsRefused() {
        HelpRequest r = register(HelpdeskFixture.enterpriseRequest(ZICHUAN));
        f.asHelper("zc.a", ZICHUAN);
        f.service.take(r.id(), r.version());
        f.asHelper("zc.b", ZICHUAN);
        assertThatThrownBy(() -> f.service.take(r.id(), r.version())).isInstanceOf(StaleCaseException.class);
    }

    @Test
    void aRequestNobodyTookCanBeCancelledWithAReasonAndTheQueueFilters() {
        HelpRequest one = register(HelpdeskFixture.enterpriseRequest(ZICHUAN));
        HelpRequest two = register(HelpdeskFixture.elderlyRequest(BANYANG));
        f.asLeader("zc.lead", ZICHUAN);
        f.service.assign(one.id(), one.version(), teams.zichuan().id(), "zc.a", null);
        HelpRequest cancelled = f.service.cancel(two.id(), two.version(), "申请人已自行办理");
        assertThat(cancelled.state()).isEqualTo(HelpStates.TERMINATED);

        RequestQuery open = new RequestQuery(ZICHUAN, null, null, "OPEN", null, null, null, 0, 50);
        assertThat(f.service.requests(open).rows()).extracting(HelpRequest::id).containsExactly(one.id());
        RequestQuery team = new RequestQuery(ZICHUAN, teams.zichuan().id(), null, null, null, null, null, 0, 50);
        assertThat(f.service.requests(team).total()).isEqualTo(1);
        RequestQuery text = new RequestQuery(ZICHUAN, null, null, null, null, null, "王秀英", 0, 50);
        assertThat(f.service.requests(text).rows()).extracting(HelpRequest::id).containsExactly(two.id());
        f.asHelper("zc.a", ZICHUAN);
        assertThat(f.service.mine(0, 20).rows()).extracting(HelpRequest::id).containsExactly(one.id());
    }

    @Test
    void urgentRequestsComeFirstInTheQueue() {
        HelpRequest normal = register(HelpdeskFixture.enterpriseRequest(ZICHUAN));
        HelpRequest urgent = register(HelpdeskFixture.elderlyRequest(ZICHUAN));
        f.asHelper("zc.a", ZICHUAN);
        assertThat(f.service.requests(RequestQuery.of(ZICHUAN)).rows())
                .extracting(HelpRequest::id)
                .containsExactly(urgent.id(), normal.id());
    }

    @Test
    void theFiguresCountKindsChannelsTeamsAreasAndTheTimesToFirstContactAndCompletion() {
        HelpRequest joint = register(HelpdeskFixture.enterpriseRequest(ZICHUAN));
        register(HelpdeskFixture.elderlyRequest(BANYANG));
        register(HelpdeskFixture.enterpriseRequest(ZHANGDIAN));
        f.time.advance(java.time.Duration.ofMinutes(30));
        f.asHelper("zc.a", ZICHUAN);
        HelpRequest taken = f.service.take(joint.id(), joint.version());
        f.time.advance(java.time.Duration.ofHours(2));
        f.service.complete(joint.id(), taken.version(), "已办结");

        java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 7);
        org.tongban.helpdesk.HelpdeskStatistics s = f.service.statistics(ZICHUAN, day, day);
        assertThat(s.total()).isEqualTo(2);
        assertThat(s.completed()).isEqualTo(1);
        assertThat(s.open()).isEqualTo(1);
        assertThat(s.averageFirstContactMinutes()).isEqualTo(30.0);
        assertThat(s.averageCompletionHours()).isEqualTo(2.5);
        assertThat(s.byKind())
                .extracting(r -> r.key() + "=" + r.total() + "/" + r.completed())
                .containsExactlyInAnyOrder("JOINT=1/1", "FULL_AGENCY=1/0");
        assertThat(s.byTeam())
                .extracting(r -> r.key() + "=" + r.total())
                .containsExactlyInAnyOrder("淄川区网格帮办员=1", "未分派=1");
        assertThat(s.byArea())
                .extracting(r -> r.key() + "=" + r.total())
                .containsExactlyInAnyOrder(ZICHUAN + "=1", BANYANG + "=1");
        assertThat(s.byChannel()).extracting(r -> r.key() + "=" + r.total()).containsExactly("WINDOW=2");
        assertThatThrownBy(() -> f.service.statistics(ZIBO, day, day)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.service.statistics(ZICHUAN, day, day.minusDays(1)))
                .hasMessage("统计期间无效，起止日期最多相隔 366 天。");
        assertThat(f.service.firstContactSpans(ZICHUAN, day, day))
                .extracting(r -> r.key() + "=" + r.total() + "/" + r.completed())
                .containsExactly("30M=1/1", "2H=0/0", "8H=0/0", "24H=0/0", "LONGER=0/0", "WAITING=1/0");
        assertThatThrownBy(() -> f.service.firstContactSpans(ZIBO, day, day)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void satisfactionComesFromTheRequestsOwnRatingsAndIsMeasuredAgainstTheNinetyFivePercentGoal() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 7);
        f.asHelper("zc.a", ZICHUAN);
        assertThat(f.service.satisfaction(ZICHUAN, day, day))
                .as("nobody rated yet")
                .satisfies(s -> {
                    assertThat(s.rated()).isZero();
                    assertThat(s.met()).isFalse();
                    assertThat(s.goalPercent()).isEqualTo(95.0);
                });
        HelpRequest window = f.service.register(HelpdeskFixture.elderlyRequest(ZICHUAN));
        assertThatThrownBy(() -> f.service.recordRating(window.id(), HelpRating.SATISFIED, null))
                .as("an open request")
                .hasMessage("诉求 " + window.number() + " 尚未办结，办结或终止后才能评价。");
        HelpRequest taken = f.service.take(window.id(), window.version());
        f.service.complete(window.id(), taken.version(), "已代为申领");
        f.asHelper("zc.b", ZICHUAN);
        assertThatThrownBy(() -> f.service.recordRating(window.id(), HelpRating.SATISFIED, null))
                .as("only the owner records the rating at the window")
                .isInstanceOf(HelpdeskException.class);
        f.asHelper("zc.a", ZICHUAN);
        assertThatThrownBy(() -> f.service.recordRating(window.id(), null, null))
                .hasMessage("请选择满意、基本满意或不满意。");
        RequestRating rated = f.service.recordRating(window.id(), HelpRating.SATISFIED, "  帮办员很耐心  ");
        assertThat(rated.comment()).isEqualTo("帮办员很耐心");
        assertThat(rated.recordedBy()).isEqualTo("zc.a");
        assertThat(f.service.rating(window.id())).contains(rated);
        assertThatThrownBy(() -> f.service.recordRating(window.id(), HelpRating.DISSATISFIED, null))
                .hasMessage("诉求 " + window.number() + " 已经评价过，不能重复评价。");
        assertThat(f.service.timeline(window.id()).getLast())
                .extracting(TimelineEntry::action, TimelineEntry::detail)
                .containsExactly("rate", "SATISFIED 帮办员很耐心");
        assertThat(f.audit.withAction("helpdesk.rate")).hasSize(1);
        assertThat(f.topics()).contains("helpdesk/RATED");
        org.tongban.helpdesk.Satisfaction all = f.service.satisfaction(ZICHUAN, day, day);
        assertThat(all.rated()).isEqualTo(1);
        assertThat(all.percent()).isEqualTo(100.0);
        assertThat(all.met()).isTrue();

        HelpRequest portal = f.service.ask(7, portalRequest());
        HelpRequest mine = f.service.take(portal.id(), portal.version());
        f.service.complete(portal.id(), mine.version(), "已指导完成");
        f.access.logOut();
        assertThatThrownBy(() -> f.service.rate(8, portal.id(), HelpRating.DISSATISFIED, null))
                .as("another person's request")
                .hasMessage("诉求 " + portal.id() + " 不存在或不在您的服务区域内。");
        assertThatThrownBy(() -> f.service.rate(7, portal.id(), HelpRating.BASIC, "太".repeat(501)))
                .hasMessage("内容最多 500 字。");
        f.service.rate(7, portal.id(), HelpRating.DISSATISFIED, "等了很久");
        assertThat(f.service.rating(7, portal.id()).map(RequestRating::recordedBy))
                .contains("citizen:7");
        assertThatThrownBy(() -> f.service.rating(8, portal.id())).isInstanceOf(HelpdeskException.class);
        assertThat(f.service.timeline(7, portal.id()).getLast().detail()).isEqualTo("DISSATISFIED 等了很久");

        f.asHelper("zc.a", ZICHUAN);
        org.tongban.helpdesk.Satisfaction half = f.service.satisfaction(ZICHUAN, day, day);
        assertThat(half.rated()).isEqualTo(2);
        assertThat(half.percent()).isEqualTo(50.0);
        assertThat(half.met()).isFalse();
        assertThat(f.service
                        .satisfaction(ZICHUAN, day.plusDays(1), day.plusDays(1))
                        .rated())
                .isZero();
        assertThatThrownBy(() -> f.service.satisfaction(ZIBO, day, day)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void completionIsCountedInSpansOfDays() {
        f.asHelper("zc.a", ZICHUAN);
        HelpRequest quick = f.service.register(HelpdeskFixture.elderlyRequest(ZICHUAN));
        HelpRequest slow = f.service.register(HelpdeskFixture.elderlyRequest(ZICHUAN));
        f.service.register(HelpdeskFixture.elderlyRequest(ZICHUAN));
        HelpRequest q = f.service.take(quick.id(), quick.version());
        f.service.complete(quick.id(), q.version(), "当场办结");
        HelpRequest s = f.service.take(slow.id(), slow.version());
        f.time.advance(java.time.Duration.ofDays(4));
        f.service.complete(slow.id(), s.version(), "办结");
        java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 7);
        assertThat(f.service.completionSpans(ZICHUAN, day, day))
                .extracting(r -> r.key() + "=" + r.total() + "/" + r.completed())
                .containsExactly("1D=1/1", "3D=0/0", "5D=1/1", "10D=0/0", "20D=0/0", "LONGER=0/0", "OPEN=1/0");
        assertThatThrownBy(() -> f.service.completionSpans(ZIBO, day, day)).isInstanceOf(AccessDeniedException.class);
    }

    private static NewRequest portalRequest() {
        return new NewRequest(
                HelpChannel.PORTAL,
                Requester.person("王秀英", HelpdeskFixture.ID_NUMBER, null),
                List.of(HelpdeskFixture.BUSINESS),
                null,
                "elderly",
                org.tongban.helpdesk.HelpKind.INSTANT,
                null,
                "不会网上申报，请帮忙",
                ZICHUAN,
                null);
    }

    @Test
    void aSignedInCitizenAsksFromThePortalAndSeesOnlyTheirOwnRequests() {
        f.access.logOut();
        NewRequest portal = new NewRequest(
                HelpChannel.PORTAL,
                Requester.person("王秀英", HelpdeskFixture.ID_NUMBER, null),
                List.of(HelpdeskFixture.BUSINESS),
                null,
                "elderly",
                org.tongban.helpdesk.HelpKind.INSTANT,
                null,
                "不会网上申报，请帮忙",
                ZICHUAN,
                null);
        HelpRequest asked = f.service.ask(7, portal);
        assertThat(asked.citizenAccount()).isEqualTo(7L);
        assertThat(asked.createdBy()).isEqualTo("citizen:7");
        assertThat(f.service.mine(7)).extracting(HelpRequest::id).containsExactly(asked.id());
        assertThat(f.service.mine(8)).isEmpty();
        assertThatThrownBy(() -> f.service.timeline(8, asked.id())).isInstanceOf(HelpdeskException.class);
        assertThatThrownBy(() -> f.service.ask(7, HelpdeskFixture.elderlyRequest(ZICHUAN)))
                .hasMessage("请选择诉求来源渠道。");

        f.asHelper("zc.a", ZICHUAN);
        HelpRequest taken = f.service.take(asked.id(), asked.version());
        f.service.complete(asked.id(), taken.version(), "已指导网上申报完成");
        f.access.logOut();
        assertThat(f.service.timeline(7, asked.id()))
                .extracting(TimelineEntry::action, TimelineEntry::actor, TimelineEntry::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("register", null, null),
                        org.assertj.core.groups.Tuple.tuple("take", null, null),
                        org.assertj.core.groups.Tuple.tuple("complete", null, "已指导网上申报完成"));
    }

    @Test
    void thePreCheckOfMaterialsGivesTheApplicantOneNoticeOfEverythingMissing() {
        HelpRequest r = register(HelpdeskFixture.enterpriseRequest(ZICHUAN));
        f.asHelper("zc.a", ZICHUAN);
        assertThat(f.service.checklist(HelpdeskFixture.BUSINESS))
                .containsExactly("公司登记（备案）申请书", "公司章程", "股东主体资格证明", "住所使用证明");
        assertThatThrownBy(() -> f.service.precheck(r.id(), HelpdeskFixture.BUSINESS, java.util.Set.of()))
                .as("only the owner, once taken")
                .isInstanceOf(HelpdeskException.class);
        f.service.take(r.id(), r.version());
        assertThatThrownBy(() -> f.service.precheck(r.id(), HelpdeskFixture.BUSINESS, java.util.Set.of("身份证")))
                .hasMessage("材料「身份证」不在「企业设立登记」的办事指南中。");
        assertThatThrownBy(() -> f.service.precheck(r.id(), HelpdeskFixture.MARRIAGE, java.util.Set.of()))
                .hasMessage("事项「" + HelpdeskFixture.MARRIAGE + "」不在本次诉求范围内。");

        org.tongban.helpdesk.Precheck p =
                f.service.precheck(r.id(), HelpdeskFixture.BUSINESS, java.util.Set.of("公司登记（备案）申请书", "住所使用证明"));
        assertThat(p.complete()).isFalse();
        assertThat(p.missing()).containsExactly("公司章程", "股东主体资格证明");
        assertThat(p.notice()).isEqualTo("「企业设立登记」材料预审一次性告知：尚缺 公司章程、股东主体资格证明，请备齐后前往窗口办理。");
        assertThat(f.topics()).contains("helpdesk/PRECHECKED");
        assertThat(f.service.timeline(r.id()).getLast().detail()).isEqualTo(p.notice());

        org.tongban.helpdesk.Precheck done = f.service.precheck(
                r.id(), HelpdeskFixture.BUSINESS, java.util.Set.of("公司登记（备案）申请书", "公司章程", "股东主体资格证明"));
        assertThat(done.complete()).isTrue();
        assertThat(f.audit.withAction("helpdesk.precheck")).hasSize(2);
    }

    private DeadlineClock clock(HelpRequest r) {
        List<DeadlineClock> found = f.clocks.findByObject(HelpdeskWorkflow.KIND, Long.toString(r.id()));
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
