package org.tongban.keyprojects.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.keyprojects.internal.KeyProjectsFixture.CONSTRUCTION;
import static org.tongban.keyprojects.internal.KeyProjectsFixture.FILING;
import static org.tongban.keyprojects.internal.KeyProjectsFixture.LAND;
import static org.tongban.keyprojects.internal.KeyProjectsFixture.OTHER;
import static org.tongban.keyprojects.internal.KeyProjectsFixture.OWNER;
import static org.tongban.keyprojects.internal.KeyProjectsFixture.OWNER_ACCOUNT;
import static org.tongban.keyprojects.internal.KeyProjectsFixture.STRANGER;
import static org.tongban.keyprojects.internal.KeyProjectsFixture.draft;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.keyprojects.KeyProject;
import org.tongban.keyprojects.KeyProjectException;
import org.tongban.keyprojects.KeyProjectTopics;
import org.tongban.keyprojects.MeetingAction;
import org.tongban.keyprojects.MeetingDraft;
import org.tongban.keyprojects.ProjectDraft;
import org.tongban.keyprojects.ProjectView;
import org.tongban.keyprojects.StageDraft;
import org.tongban.keyprojects.StageStatus;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.testing.Jinan;
import org.tongban.testing.TestDatabase;

/** The green channel as editors, managers and the owner enterprise meet it, on each database. */
abstract class KeyProjectsContract {
    KeyProjectsFixture f;

    abstract TestDatabase open();

    @BeforeEach
    void setUp() {
        f = new KeyProjectsFixture(open());
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private KeyProject created() {
        return f.asEditor().service.create(draft("2026-370102-47-01-000001"));
    }

    private static List<StageStatus> statuses(ProjectView v) {
        return v.stages().stream().map(s -> s.status()).toList();
    }

    @Test
    void aProjectIsCreatedWithItsPlanAndAudited() {
        KeyProject p = created();
        ProjectView v = f.service.view(p.id());
        assertThat(v.stages()).extracting(s -> s.name()).containsExactly("立项", "用地", "施工许可");
        assertThat(statuses(v))
                .containsExactly(StageStatus.ON_SCHEDULE, StageStatus.ON_SCHEDULE, StageStatus.ON_SCHEDULE);
        assertThat(v.stages().getFirst().warnFrom()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(f.audit.withAction("keyprojects.create")).hasSize(1);
        assertThat(f.topics()).contains(KeyProjectTopics.SAVED);
        assertThat(f.service.list(Jinan.LIXIA, null, false, 0, 20).items())
                .extracting(r -> r.project().code())
                .containsExactly("2026-370102-47-01-000001");
    }

    @Test
    void aForgedCreditCodeAndOtherBadInputAreRefusedWithNothingWritten() {
        f.asEditor();
        String forged = OWNER.substring(0, 17) + (OWNER.charAt(17) == '0' ? '1' : '0');
        ProjectDraft d = draft("P-1");
        assertThatThrownBy(() -> f.service.create(new ProjectDraft(
                        d.code(), d.name(), forged, d.ownerName(), d.manager(), d.jurisdictionCode(), d.stages())))
                .isInstanceOf(KeyProjectException.class)
                .hasMessageContaining("统一社会信用代码")
                .hasMessageContaining(forged);
        assertThatThrownBy(() -> f.service.create(new ProjectDraft(
                        d.code(),
                        d.name(),
                        d.ownerCreditCode(),
                        d.ownerName(),
                        d.manager(),
                        d.jurisdictionCode(),
                        List.of(new StageDraft("立项", List.of("NO-SUCH-MATTER"), LocalDate.of(2027, 1, 1))))))
                .hasMessage("事项“NO-SUCH-MATTER”不是已发布的事项。");
        assertThatThrownBy(() -> f.service.create(new ProjectDraft(
                        d.code(),
                        d.name(),
                        d.ownerCreditCode(),
                        d.ownerName(),
                        "sz.manager",
                        d.jurisdictionCode(),
                        d.stages())))
                .hasMessage("项目管家“sz.manager”须为本辖区有重点项目查看权限的工作人员。");
        assertThatThrownBy(() -> f.service.create(new ProjectDraft(
                        "bad code!", d.name(), OWNER, d.ownerName(), d.manager(), d.jurisdictionCode(), d.stages())))
                .hasMessage("项目代码须为 1 至 40 位字母、数字或连字符。");
        assertThatThrownBy(() -> f.service.create(new ProjectDraft(
                        d.code(), d.name(), OWNER, d.ownerName(), d.manager(), d.jurisdictionCode(), List.of())))
                .hasMessage("审批阶段计划至少需要一个阶段。");
        assertThat(f.db.count("kp_project")).isZero();
        assertThat(f.audit.withAction("keyprojects.create")).isEmpty();

        created();
        assertThatThrownBy(() -> f.service.create(draft("2026-370102-47-01-000001")))
                .hasMessage("项目代码 2026-370102-47-01-000001 已被其他项目使用。");
    }

    @Test
    void anotherDistrictIsRefusedByIdAndDoesNotSeeTheProjectInItsList() {
        KeyProject p = created();
        f.asShizhong();
        assertThatThrownBy(() -> f.service.view(p.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.service.link(p.id(), "SL1")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.service.update(p.id(), p.version(), draft("X")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.service.list(Jinan.LIXIA, null, false, 0, 20))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.service.list(Jinan.SHIZHONG, null, false, 0, 20).items()).isEmpty();
        assertThatThrownBy(() -> f.service.view(999_999))
                .isInstanceOf(KeyProjectException.class)
                .hasMessage("未找到重点项目 999999。");
    }

    @Test
    void casesAreLinkedByNumberOnlyWhenReadableAndInThePlan() {
        KeyProject p = created();
        f.intakeCase("SL370102202612070001", FILING, "LX-FGW", "ACCEPTED", OWNER);
        f.intakeCase("SL370102202612070002", OTHER, "LX-SCJG", "ACCEPTED", OWNER);
        f.asManager();
        assertThatThrownBy(() -> f.service.link(p.id(), "SL370102209912319999"))
                .isInstanceOf(KeyProjectException.class)
                .hasMessage("未找到办件“SL370102209912319999”，或您无权查看该办件。");
        assertThatThrownBy(() -> f.service.link(p.id(), "SL370102202612070002"))
                .hasMessage("办件 SL370102202612070002 的事项“企业设立登记”不在该项目的审批阶段计划中。");
        assertThat(f.service.link(p.id(), "SL370102202612070001").linkedBy()).isEqualTo("lx.manager");
        assertThatThrownBy(() -> f.service.link(p.id(), "SL370102202612070001"))
                .hasMessage("办件 SL370102202612070001 已关联到本项目。");
        assertThat(f.audit.withAction("keyprojects.link")).hasSize(1);

        ProjectView v = f.service.view(p.id());
        assertThat(v.mayManage()).as("the named manager").isTrue();
        assertThat(v.stages().getFirst().cases()).singleElement().satisfies(k -> assertThat(k.deadline())
                .isNotNull());

        f.service.unlink(p.id(), "SL370102202612070001", "误关联");
        assertThat(f.service.view(p.id()).stages().getFirst().cases()).isEmpty();
        assertThatThrownBy(() -> f.service.unlink(p.id(), "SL370102202612070001", " "))
                .hasMessage("请填写原因（不超过 500 字）。");
    }

    @Test
    void theOwnersNewCaseOfAPlannedMatterIsLinkedAutomaticallyAndFollowsIntake() throws Exception {
        KeyProject p = created();
        f.intakeCase("SL370102202612070011", FILING, "LX-FGW", "RECEIVED", OWNER);
        f.intakeCase("SL370102202612070012", LAND, "LX-ZRZY", "RECEIVED", STRANGER);
        f.intakeCase("SL370102202612070013", OTHER, "LX-SCJG", "RECEIVED", OWNER);
        f.intakeStep("SL370102202612070011", "", "RECEIVED");
        f.intakeStep("SL370102202612070012", "", "RECEIVED");
        f.intakeStep("SL370102202612070013", "", "RECEIVED");
        assertThat(f.db.count("kp_case")).isEqualTo(1);
        assertThat(f.audit.withAction("keyprojects.autoLink")).hasSize(1);

        f.intakeStep("SL370102202612070011", "RECEIVED", "ACCEPTED");
        f.intakeStep("SL370102202612070011", "ACCEPTED", "APPROVED");
        f.asEditor();
        ProjectView v = f.service.view(p.id());
        assertThat(statuses(v)).containsExactly(StageStatus.DONE, StageStatus.ON_SCHEDULE, StageStatus.ON_SCHEDULE);
        assertThat(v.stages().getFirst().cases().getFirst().automatic()).isTrue();
        assertThat(v.stages().getFirst().cases().getFirst().linkedBy()).isEqualTo("系统");
    }

    @Test
    void aStageIsAtRiskWithinTheWarningWorkingDaysAndLateAfterItsTarget() {
        KeyProject p = created();
        f.time.set("2026-12-11T23:59");
        assertThat(statuses(f.service.view(p.id())).getFirst()).isEqualTo(StageStatus.ON_SCHEDULE);
        f.time.set("2026-12-14T00:00");
        assertThat(statuses(f.service.view(p.id())).getFirst()).isEqualTo(StageStatus.AT_RISK);
        f.time.set("2026-12-18T17:00");
        assertThat(statuses(f.service.view(p.id())).getFirst()).isEqualTo(StageStatus.AT_RISK);
        f.time.set("2026-12-19T00:00");
        ProjectView v = f.service.view(p.id());
        assertThat(statuses(v).getFirst()).isEqualTo(StageStatus.LATE);
        assertThat(v.overall()).isEqualTo(StageStatus.LATE);
        assertThat(f.service
                        .list(Jinan.LIXIA, "医学", false, 0, 20)
                        .items()
                        .getFirst()
                        .overall())
                .isEqualTo(StageStatus.LATE);
    }

    @Test
    void theManagerIsWarnedBeforeAStageSlipsAndToldWhenItIsLateAcrossRestarts() throws Exception {
        created();
        f.restart();
        f.time.set("2026-12-13T23:00");
        assertThat(f.fireTimers()).isZero();
        f.time.set("2026-12-14T00:01");
        f.restart();
        assertThat(f.fireTimers()).isEqualTo(1);
        assertThat(f.notices).containsExactly("staff:lx.manager keyprojects.stageAtRisk 济南国际医学科学中心配套项目|立项|2026-12-18");
        assertThat(f.topics()).contains(KeyProjectTopics.STAGE_AT_RISK).doesNotContain(KeyProjectTopics.STAGE_LATE);
        assertThat(f.audit.withAction("keyprojects.stageAtRisk")).hasSize(1);

        f.time.set("2026-12-19T00:01");
        f.restart();
        assertThat(f.fireTimers()).isEqualTo(1);
        assertThat(f.notices).last().asString().startsWith("staff:lx.manager keyprojects.stageLate");
        assertThat(f.topics()).contains(KeyProjectTopics.STAGE_LATE);
    }

    @Test
    void aStageDoneBeforeItsWarningWarnsNobody() throws Exception {
        KeyProject p = created();
        f.intakeCase("SL370102202612070021", FILING, "LX-FGW", "APPROVED", OWNER);
        f.service.link(p.id(), "SL370102202612070021");
        f.time.set("2026-12-19T00:01");
        f.restart();
        assertThat(f.fireTimers()).isEqualTo(2);
        assertThat(f.notices).isEmpty();
    }

    @Test
    void aChangedPlanMovesTheTimersAndAStaleEditIsRefused() throws Exception {
        KeyProject p = created();
        ProjectDraft d = draft(p.code());
        ProjectDraft later = new ProjectDraft(
                d.code(),
                d.name(),
                d.ownerCreditCode(),
                d.ownerName(),
                d.manager(),
                d.jurisdictionCode(),
                List.of(
                        new StageDraft("立项", List.of(FILING), LocalDate.of(2027, 2, 26)),
                        new StageDraft("施工许可", List.of(CONSTRUCTION, LAND), LocalDate.of(2027, 3, 31))));
        KeyProject updated = f.service.update(p.id(), p.version(), later);
        assertThat(updated.version()).isEqualTo(p.version() + 1);
        assertThatThrownBy(() -> f.service.update(p.id(), p.version(), later)).hasMessage("该项目已被他人修改，请刷新后再试。");
        f.time.set("2026-12-19T00:01");
        assertThat(f.fireTimers()).isZero();
        assertThat(f.service.view(p.id()).stages()).hasSize(2);
        assertThat(f.audit.withAction("keyprojects.update")).hasSize(1);
    }

    @Test
    void jointMeetingsKeepMinutesAndTrackTheirActions() {
        KeyProject p = created();
        f.asManager();
        assertThatThrownBy(() -> f.service.callMeeting(
                        p.id(), new MeetingDraft(LocalDate.of(2026, 12, 9), "用地规划联合审查", List.of("自然资源局"), null)))
                .hasMessageContaining("至少需要两个部门");
        var meeting = f.service.callMeeting(
                p.id(), new MeetingDraft(LocalDate.of(2026, 12, 9), "用地规划联合审查", List.of("自然资源局", "住建局", "发改委"), null));
        f.service.recordMinutes(meeting.id(), "议定：规划方案 12 月 20 日前联审完毕。");
        MeetingAction action = f.service.addAction(meeting.id(), "完成规划方案联审", "自然资源局", LocalDate.of(2026, 12, 20));
        assertThat(action.overdue()).isFalse();
        f.time.set("2026-12-21T09:00");
        ProjectView v = f.service.view(p.id());
        assertThat(v.meetings().getFirst().minutes()).startsWith("议定");
        assertThat(v.meetings().getFirst().departments()).containsExactly("自然资源局", "住建局", "发改委");
        assertThat(v.meetings().getFirst().actions().getFirst().overdue()).isTrue();
        MeetingAction done = f.service.completeAction(action.id(), "已联审通过");
        assertThat(done.doneAt()).isNotNull();
        assertThat(done.overdue()).isFalse();
        assertThatThrownBy(() -> f.service.completeAction(action.id(), "again")).hasMessage("该议定事项已办结。");
        assertThat(f.audit.withAction("keyprojects.meeting")).hasSize(1);
        assertThat(f.audit.withAction("keyprojects.actionDone")).hasSize(1);

        f.access.actAs("lx.reader", Jinan.LIXIA, "keyprojects:read");
        assertThat(f.service.view(p.id()).mayManage()).isFalse();
        assertThatThrownBy(() -> f.service.addAction(meeting.id(), "x", "y", LocalDate.of(2027, 1, 1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theOwnerEnterpriseSeesItsProjectsProgressAndNoMeetings() throws Exception {
        KeyProject p = created();
        f.service.callMeeting(
                p.id(), new MeetingDraft(LocalDate.of(2026, 12, 9), "联合审查", List.of("自然资源局", "住建局"), null));
        f.intakeCase("SL370102202612070031", FILING, "LX-FGW", "RECEIVED", OWNER);
        f.intakeStep("SL370102202612070031", "", "RECEIVED");
        f.access.logOut();
        List<ProjectView> mine = f.service.projects(OWNER_ACCOUNT);
        assertThat(mine).singleElement().satisfies(v -> {
            assertThat(v.project().code()).isEqualTo(p.code());
            assertThat(v.meetings()).isEmpty();
            assertThat(v.stages().getFirst().cases()).extracting(k -> k.state()).containsExactly("RECEIVED");
        });
        assertThat(f.service.projects(7)).isEmpty();
    }
}
