package org.tongban.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.evaluation.EvaluationPermissions.READ;
import static org.tongban.evaluation.EvaluationPermissions.RECTIFY;
import static org.tongban.evaluation.internal.EvaluationFixture.DONE;
import static org.tongban.evaluation.internal.EvaluationFixture.OTHERS;
import static org.tongban.evaluation.internal.EvaluationFixture.RUNNING;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.evaluation.Channel;
import org.tongban.evaluation.CitizenRatings.Tablet;
import org.tongban.evaluation.Dimension;
import org.tongban.evaluation.EvaluationException;
import org.tongban.evaluation.EvaluationPermissions;
import org.tongban.evaluation.EvaluationStatistics;
import org.tongban.evaluation.Level;
import org.tongban.evaluation.NewRating;
import org.tongban.evaluation.Rating;
import org.tongban.evaluation.RatingState;
import org.tongban.evaluation.Rectification;
import org.tongban.evaluation.RectificationStates;
import org.tongban.evaluation.Verdict;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.api.security.StaffDirectory;
import org.tongban.platform.api.security.StaffMember;
import org.tongban.testing.Jinan;
import org.tongban.testing.MutableClock;
import org.tongban.testing.TestDatabase;

/** 好差评 as citizens, units and the office meet it, on each database. */
abstract class EvaluationContract {
    EvaluationFixture f;

    abstract TestDatabase open();

    @BeforeEach
    void setUp() {
        f = new EvaluationFixture(open());
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static NewRating bad(String comment) {
        return new NewRating(
                Map.of(Dimension.OVERALL, Level.VERY_DISSATISFIED, Dimension.EFFICIENCY, Level.DISSATISFIED),
                comment,
                false,
                null);
    }

    @Test
    void theApplicantRatesAFinishedCaseOnceAndTheDepartmentGetsIt() {
        f.caseCompleted(DONE);
        assertThat(f.service.pending(1)).extracting(p -> p.caseNumber()).containsExactly(DONE);

        Rating r = f.service.rateCase(
                1,
                DONE,
                new NewRating(
                        Map.of(Dimension.OVERALL, Level.VERY_SATISFIED, Dimension.GUIDE, Level.SATISFIED),
                        "  <b>很快</b>  ",
                        false,
                        null));

        assertThat(r.state()).isEqualTo(RatingState.RATED);
        assertThat(r.level()).isEqualTo(Level.VERY_SATISFIED);
        assertThat(r.comment()).isEqualTo("<b>很快</b>");
        assertThat(r.unit()).isEqualTo(EvaluationFixture.DEPT);
        assertThat(f.service.pending(1)).isEmpty();
        assertThat(f.topics()).contains("evaluation/RATED");
        assertThat(f.audit.withAction("evaluation.rate")).hasSize(1);
        assertThatThrownBy(() -> f.service.rateCase(1, DONE, NewRating.of(Level.SATISFIED)))
                .isInstanceOf(EvaluationException.class)
                .hasMessage("此项服务已评价过，每项服务只能评价一次。");
    }

    @Test
    void casesNotYoursOrNotFinishedAreRefusedClearlyAndNothingIsStored() {
        assertThatThrownBy(() -> f.service.rateCase(1, OTHERS, NewRating.of(Level.SATISFIED)))
                .hasMessage("未找到您的办件 " + OTHERS + "。");
        assertThatThrownBy(() -> f.service.rateCase(1, RUNNING, NewRating.of(Level.SATISFIED)))
                .hasMessage("办件 " + RUNNING + " 尚未办结，办结后才能评价。");
        assertThatThrownBy(() -> f.service.rateCase(1, DONE, new NewRating(Map.of(), null, false, null)))
                .hasMessage("请选择总体评价。");
        assertThatThrownBy(() -> f.service.rateCase(
                        1,
                        DONE,
                        new NewRating(
                                Map.of(Dimension.OVERALL, Level.BASIC, Dimension.ATTITUDE, Level.BASIC),
                                null,
                                false,
                                null)))
                .hasMessageContaining("ATTITUDE");
        assertThatThrownBy(() -> f.service.rateCase(
                        1, DONE, new NewRating(Map.of(Dimension.OVERALL, Level.BASIC), "好".repeat(501), false, null)))
                .hasMessage("评价意见最多500字。");
        assertThat(f.db.count("eval_rating")).isZero();
        assertThat(f.service.pending(1)).extracting(p -> p.caseNumber()).containsExactly(DONE);
    }

    @Test
    void whoDoesNotRateInSevenDaysGetsTheDefaultEvenAcrossARestart() throws Exception {
        f.caseCompleted(DONE);
        f.time.advance(Duration.ofDays(6));
        f.restart();
        assertThat(f.fireTimers()).isZero();

        f.time.advance(Duration.ofDays(1).plusMinutes(1));
        f.restart();
        assertThat(f.fireTimers()).isEqualTo(1);

        f.asOffice();
        Rating r = f.service.ratings(Jinan.JINAN, Channel.ONLINE, false, 10).stream()
                .findFirst()
                .orElseThrow(() -> new AssertionError("no rating"));
        assertThat(r.state()).isEqualTo(RatingState.DEFAULTED);
        assertThat(r.level()).isEqualTo(Level.BASIC);
        assertThat(f.topics()).contains("evaluation/DEFAULTED");
        assertThatThrownBy(() -> f.service.rateCase(1, DONE, NewRating.of(Level.SATISFIED)))
                .hasMessage("超过7天未评价，已默认为“基本满意”，不能再评价。");
    }

    @Test
    void aRatingCanBeAmendedWithinTheWindowOnly() {
        f.service.rateCase(1, DONE, NewRating.of(Level.SATISFIED));
        f.time.advance(Duration.ofDays(3));
        assertThat(f.service
                        .amendCase(1, DONE, NewRating.of(Level.VERY_SATISFIED))
                        .amended())
                .isTrue();
        assertThatThrownBy(() -> f.service.amendCase(2, DONE, NewRating.of(Level.BASIC)))
                .hasMessage("未找到您的办件 " + DONE + "。");
        f.time.advance(Duration.ofDays(5));
        assertThatThrownBy(() -> f.service.amendCase(1, DONE, NewRating.of(Level.BASIC)))
                .hasMessage("评价后7天内才能修改，已超过修改期限。");
        assertThat(f.service.ofCase(1, DONE).orElseThrow().level()).isEqualTo(Level.VERY_SATISFIED);
    }

    @Test
    void theWindowTabletRatesTheVisitJustFinishedAndRefusesForgedTokens() {
        f.asOffice();
        String token = f.service.issueTabletToken(Jinan.LIXIA, "LX-HALL", "A03");
        f.visitFinished("V-1", "A03", "clerk.wang");
        f.visitFinished("V-2", "A04", "clerk.li");

        Tablet tablet = f.service.tablet(token);
        assertThat(tablet.window()).isEqualTo("A03");
        Rating visit = tablet.visit().orElseThrow();
        assertThat(visit.subject()).isEqualTo("V-1");
        assertThat(visit.clerk()).as("the tablet does not name the clerk").isNull();

        f.service.rateVisit(
                token,
                visit.id(),
                new NewRating(
                        Map.of(Dimension.OVERALL, Level.SATISFIED, Dimension.ATTITUDE, Level.VERY_SATISFIED),
                        null,
                        false,
                        null));
        assertThat(f.service.tablet(token).visit()).isEmpty();
        assertThatThrownBy(() -> f.service.rateVisit(token, visit.id(), NewRating.of(Level.BASIC)))
                .hasMessage("此项服务已评价过，每项服务只能评价一次。");
        assertThatThrownBy(() -> f.service.tablet("forged-token-aaaaaaaaaaaaaaaa"))
                .hasMessage("此评价器未经授权或授权已失效，请联系大厅工作人员。");
        f.asOffice();
        long other = f.service.ratings(Jinan.LIXIA, Channel.HALL, false, 10).stream()
                .filter(r -> r.subject().equals("V-2"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThatThrownBy(() -> f.service.rateVisit(token, other, NewRating.of(Level.BASIC)))
                .hasMessage("未找到本窗口待评价的服务。");
        assertThat(f.db.count("eval_tablet")).isEqualTo(1);
        assertThat(f.db.update("UPDATE eval_tablet SET window_code = window_code WHERE token_hash = ?", token))
                .as("only the token's hash is stored")
                .isZero();

        f.asOffice();
        String second = f.service.issueTabletToken(Jinan.LIXIA, "LX-HALL", "A03");
        assertThatThrownBy(() -> f.service.tablet(token)).isInstanceOf(EvaluationException.class);
        assertThat(f.service.tablet(second).window()).isEqualTo("A03");
    }

    @Test
    void onlyDeviceAdministratorsIssueTabletTokens() {
        f.asUnit();
        assertThatThrownBy(() -> f.service.issueTabletToken(Jinan.LIXIA, "LX-HALL", "A03"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aJustifiedBadReviewIsFixedReportedCalledBackAndAcceptedByTheOffice() {
        f.service.rateCase(1, DONE, bad("材料被退回三次"));
        f.asUnit();
        Rectification x = f.service.rectifications(Jinan.LIXIA, true).getFirst();
        assertThat(x.state()).isEqualTo(RectificationStates.VERIFY);
        assertThat(x.due()).as("5 working days from Monday 10:00").isEqualTo(MutableClock.beijing("2026-03-09T17:30"));
        assertThat(x.rating().realName()).isTrue();

        x = f.service.verify(x.id(), x.version(), Verdict.JUSTIFIED, "一次性告知不到位");
        assertThat(x.state()).isEqualTo(RectificationStates.FIXING);
        x = f.service.report(x.id(), x.version(), "已修订告知单并培训窗口人员");
        assertThat(x.state()).isEqualTo(RectificationStates.OFFICE_REVIEW);

        f.asOffice();
        long id = x.id();
        long version = x.version();
        assertThatThrownBy(() -> f.service.review(id, version, true, null)).hasMessage("实名差评须先记录回访，才能审核通过。");
        assertThat(f.service.rectification(id).state()).isEqualTo(RectificationStates.OFFICE_REVIEW);

        f.asUnit();
        f.service.recordCallback(id, "电话回访，申请人表示认可");
        assertThatThrownBy(() -> f.service.review(id, version, true, null)).isInstanceOf(AccessDeniedException.class);
        f.asOffice();
        x = f.service.review(id, version, true, null);
        assertThat(x.state()).isEqualTo(RectificationStates.CLOSED);
        assertThat(x.closedAt()).isNotNull();
        assertThat(f.audit.withAction("evaluation.callback")).hasSize(1);
        assertThat(f.audit.withAction("evaluation.accept")).hasSize(1);

        EvaluationStatistics s = f.service.statistics(Jinan.JINAN, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertThat(s.bad()).isEqualTo(1);
        assertThat(s.badClosed()).isEqualTo(1);
    }

    @Test
    void theOfficeSendsBackAnExplanationAndAMaliciousReviewGoesToTheOfficeWithEvidence() {
        f.service.rateCase(1, DONE, bad(null));
        f.asUnit();
        Rectification x = f.service.rectifications(Jinan.LIXIA, true).getFirst();
        assertThatThrownBy(() -> f.service.verify(x.id(), x.version(), Verdict.NOT_JUSTIFIED, " "))
                .hasMessage("请填写说明。");
        Rectification explained = f.service.verify(x.id(), x.version(), Verdict.NOT_JUSTIFIED, "按规定办理");
        assertThat(explained.state()).isEqualTo(RectificationStates.OFFICE_REVIEW);
        f.asOffice();
        Rectification back = f.service.review(x.id(), explained.version(), false, "说明不充分");
        assertThat(back.state()).isEqualTo(RectificationStates.VERIFY);
        f.asUnit();
        Rectification appealed = f.service.verify(x.id(), back.version(), Verdict.MALICIOUS, "证据：窗口录像");
        assertThat(appealed.verdict()).isEqualTo(Verdict.MALICIOUS);
        assertThat(appealed.state()).isEqualTo(RectificationStates.OFFICE_REVIEW);
    }

    @Test
    void closeOutDeadlinesWarnAndThenSupervise() throws Exception {
        f.service.rateCase(1, DONE, bad(null));
        f.time.set("2026-03-08T12:00");
        f.restart();
        f.fireTimers();
        f.asUnit();
        assertThat(f.service.rectifications(Jinan.LIXIA, true).getFirst().warning())
                .isEqualTo("YELLOW");
        assertThat(f.topics()).contains("evaluation/WARNING").doesNotContain("evaluation/OVERDUE");

        f.time.set("2026-03-09T17:31");
        f.fireTimers();
        f.asUnit();
        assertThat(f.service.rectifications(Jinan.LIXIA, true).getFirst().warning())
                .isEqualTo("RED");
        assertThat(f.topics()).contains("evaluation/OVERDUE");
        assertThat(f.audit.withAction("evaluation.supervise")).hasSize(1);
    }

    @Test
    void unitsSeeTheRatingButTheReviewerOnlyWithThePermissionOrConsentAndEveryReadIsAudited() {
        f.service.rateCase(1, DONE, bad("态度差"));
        f.asUnit();
        Rating r = f.service.ratings(Jinan.LIXIA, null, true, 10).getFirst();
        assertThat(r.comment()).isEqualTo("态度差");
        assertThatThrownBy(() -> f.service.reviewer(r.id())).isInstanceOf(AccessDeniedException.class);

        f.asInspector();
        f.audit.clear();
        assertThat(f.service.reviewer(r.id()).accountId()).isEqualTo(1L);
        assertThat(f.audit.withAction("evaluation.reviewer")).hasSize(1);
        assertThat(f.audit.entries()).hasSize(1);

        f.access.logOut();
        f.time.advance(Duration.ofDays(1));
        f.service.amendCase(
                1, DONE, new NewRating(Map.of(Dimension.OVERALL, Level.DISSATISFIED), "请回电", true, "13800000000"));
        f.asUnit();
        assertThat(f.service.reviewer(r.id()).phone()).isEqualTo("13800000000");
    }

    @Test
    void statisticsShowTheActiveRateAgainstTheGoalAndDefaultsApart() throws Exception {
        f.caseCompleted(DONE);
        f.visitFinished("V-1", "A03", "clerk.wang");
        f.visitFinished("V-2", "A03", "clerk.wang");
        f.service.rateCase(1, DONE, NewRating.of(Level.VERY_SATISFIED));
        f.time.advance(Duration.ofDays(8));
        f.fireTimers();

        f.asOffice();
        EvaluationStatistics s = f.service.statistics(Jinan.JINAN, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertThat(s.invited()).isEqualTo(3);
        assertThat(s.rated()).isEqualTo(1);
        assertThat(s.defaulted()).isEqualTo(2);
        assertThat(s.activeRatePercent()).isEqualTo(33.3);
        assertThat(s.goalPercent()).isEqualTo(40);
        assertThat(s.goalMet()).isFalse();
        assertThat(s.byClerk()).singleElement().satisfies(row -> {
            assertThat(row.key()).isEqualTo("clerk.wang");
            assertThat(row.defaulted()).isEqualTo(2);
        });
        assertThat(s.byMonth()).extracting(EvaluationStatistics.Row::key).containsExactly("2026-03");
        assertThatThrownBy(() -> f.service.statistics(Jinan.JINAN, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(EvaluationException.class);
    }

    @Test
    void eventsOpenOneRatingPerCaseOrVisitAndOnlyWhenTheCaseIsFinished() {
        f.caseCompleted(DONE);
        f.caseCompleted(DONE);
        f.visitFinished("V-1", "A03", "clerk.wang");
        f.visitFinished("V-1", "A03", "clerk.wang");
        assertThat(f.db.count("eval_rating"))
                .as("a repeated event opens nothing more")
                .isEqualTo(2);
        assertThat(f.timers.due(Ratings.TIMER, Ratings.DEFAULT + 1))
                .as("the default is 7 days on")
                .isPresent();
    }

    @Test
    void anIntakeEventWithoutAStateChangeOpensNothingAndDoesNotStopTheHandler() {
        f.pledgeVerificationLapsed(DONE);
        f.visitFinished("V-2", "A01", "clerk.li");
        assertThat(f.db.count("eval_rating"))
                .as("the lapsed verification is no finished case; the visit after it still opens its rating")
                .isEqualTo(1);
    }

    @Test
    void theDemoRatesItsOwnVisitsEvenWhenTheHallsVisitsOpenedRatingsFirst() {
        f.visitFinished("41", "01", "hall.clerk");
        assertThat(DemoEvaluation.demoRated(f.db))
                .as("a hall visit is not the demo's")
                .isFalse();
        f.visitFinished(DemoEvaluation.DEMO_VISIT + "JINAN-1", "01", "wang.fang");
        assertThat(DemoEvaluation.demoRated(f.db))
                .as("at a restart the demo finds its own")
                .isTrue();
    }

    @Test
    void theTabletOffersAVisitOnlyForHalfAnHourAfterItFinished() {
        f.asOffice();
        String token = f.service.issueTabletToken(Jinan.LIXIA, "LX-HALL", "A03");
        f.visitFinished("V-1", "A03", "clerk.wang");
        f.time.advance(Duration.ofMinutes(31));
        assertThat(f.service.tablet(token).visit()).isEmpty();
        assertThat(f.service.tablet(token).window()).isEqualTo("A03");
    }

    @Test
    void amendingABadReviewToAGoodOneWithdrawsItsCloseOutWithARecordAndABadAmendmentOpensItAgain() throws Exception {
        f.service.rateCase(1, DONE, bad("等了很久"));
        f.asUnit();
        Rectification x = f.service.rectifications(Jinan.LIXIA, true).getFirst();
        f.service.verify(x.id(), x.version(), Verdict.JUSTIFIED, "属实");
        long id = x.id();

        f.time.advance(Duration.ofDays(1));
        f.access.logOut();
        f.service.amendCase(1, DONE, NewRating.of(Level.SATISFIED));

        f.asUnit();
        assertThat(f.service.rectifications(Jinan.LIXIA, true)).isEmpty();
        Rectification withdrawn = f.service.rectification(id);
        assertThat(withdrawn.state()).isEqualTo(RectificationStates.WITHDRAWN);
        assertThat(withdrawn.closedAt()).isEqualTo(f.time.instant());
        assertThat(f.workflows.history(RectificationWorkflow.DEFINITION, Long.toString(id)))
                .last()
                .satisfies(h -> {
                    assertThat(h.action()).isEqualTo("withdraw");
                    assertThat(h.from()).isEqualTo(RectificationStates.FIXING);
                    assertThat(h.reason()).isEqualTo("评价人已将差评修改为“满意”，整改撤回");
                });
        assertThat(f.topics()).contains("evaluation/WITHDRAW");
        assertThatThrownBy(() -> f.service.recordCallback(id, "电话回访")).hasMessage("整改任务已办结。");

        f.time.advance(Duration.ofDays(1));
        f.access.logOut();
        f.service.amendCase(1, DONE, bad("还是不满意"));
        f.asUnit();
        Rectification reopened = f.service.rectification(id);
        assertThat(reopened.state()).isEqualTo(RectificationStates.VERIFY);
        assertThat(reopened.verdict()).isNull();
        assertThat(reopened.closedAt()).isNull();
        assertThat(reopened.due())
                .as("5 working days from Wednesday 10:00")
                .isEqualTo(MutableClock.beijing("2026-03-11T17:30"));

        f.access.logOut();
        f.service.amendCase(1, DONE, NewRating.of(Level.VERY_SATISFIED));
        f.time.advance(Duration.ofDays(20));
        f.fireTimers();
        assertThat(f.topics()).doesNotContain("evaluation/WARNING", "evaluation/OVERDUE");
        f.asOffice();
        assertThat(f.service.rectification(id).state()).isEqualTo(RectificationStates.WITHDRAWN);
        EvaluationStatistics s = f.service.statistics(Jinan.JINAN, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertThat(s.bad()).isZero();
        assertThat(s.badClosed()).isZero();
    }

    @Test
    void aBadReviewGoesToTheStaffOfItsUnitOnceTheOfficeEntersThem() {
        f.service.rateCase(1, DONE, bad(null));
        f.asOffice();
        String token = f.service.issueTabletToken(Jinan.LIXIA, "LX-HALL", "A03");
        f.visitFinished("V-1", "A03", "clerk.wang");
        f.service.rateVisit(token, f.service.tablet(token).visit().orElseThrow().id(), bad("态度差"));
        f.asUnit();
        assertThat(f.service.rectifications(Jinan.LIXIA, true))
                .as("nobody entered yet: every holder of the rectify permission")
                .hasSize(2);

        f.asOffice();
        f.service.setStaffDirectory(new StaffDirectory() {
            @Override
            public List<StaffMember> holding(String permission, String jurisdictionCode) {
                return List.of();
            }

            @Override
            public boolean holds(String username, String permission, String jurisdictionCode) {
                return Set.of("lx.unit", "hall.unit").contains(username)
                        && EvaluationPermissions.RECTIFY.equals(permission);
            }
        });
        f.service.addUnitMember(Jinan.LIXIA, EvaluationFixture.DEPT, "lx.unit");
        f.service.addUnitMember(Jinan.LIXIA, " LX-HALL ", "hall.unit");
        f.service.addUnitMember(Jinan.LIXIA, "LX-HALL", "hall.unit");
        assertThatThrownBy(() -> f.service.addUnitMember(Jinan.LIXIA, "LX-HALL", "visitor"))
                .hasMessage("“visitor”不是本辖区有差评整改权限的工作人员。");
        assertThatThrownBy(() -> f.service.addUnitMember(Jinan.LIXIA, " ", "lx.unit"))
                .hasMessage("请填写整改单位（不超过60字）。");
        assertThat(f.service.unitMembers(Jinan.LIXIA, "LX-HALL")).containsExactly("hall.unit");
        assertThat(f.audit.withAction("evaluation.unitMember")).hasSize(2);
        assertThat(f.service.rectifications(Jinan.LIXIA, true))
                .as("the office sees all")
                .hasSize(2);

        f.asUnit();
        assertThatThrownBy(() -> f.service.addUnitMember(Jinan.LIXIA, "LX-HALL", "lx.unit"))
                .isInstanceOf(AccessDeniedException.class);
        Rectification own = f.service.rectifications(Jinan.LIXIA, true).getFirst();
        assertThat(f.service.rectifications(Jinan.LIXIA, true))
                .extracting(x -> x.rating().unit())
                .containsExactly(EvaluationFixture.DEPT);
        f.service.verify(own.id(), own.version(), Verdict.NOT_JUSTIFIED, "材料确实不全");

        f.access.actAs("hall.unit", Jinan.LIXIA, READ, RECTIFY);
        Rectification hall = f.service.rectifications(Jinan.LIXIA, true).getFirst();
        assertThat(hall.rating().unit()).isEqualTo("LX-HALL");
        assertThat(f.service.rectifications(Jinan.LIXIA, true)).hasSize(1);
        f.asUnit();
        assertThatThrownBy(() -> f.service.verify(hall.id(), hall.version(), Verdict.JUSTIFIED, "属实"))
                .hasMessage("整改任务 " + hall.id() + " 由单位“LX-HALL”的工作人员办理。");
        assertThatThrownBy(() -> f.service.recordCallback(hall.id(), "回访"))
                .hasMessage("整改任务 " + hall.id() + " 由单位“LX-HALL”的工作人员办理。");

        f.asInspector();
        assertThat(f.service.rectifications(Jinan.LIXIA, true))
                .as("readers see all")
                .hasSize(2);

        f.asOffice();
        f.service.removeUnitMember(Jinan.LIXIA, "LX-HALL", "hall.unit");
        assertThatThrownBy(() -> f.service.removeUnitMember(Jinan.LIXIA, "LX-HALL", "hall.unit"))
                .hasMessage("“hall.unit”不在该单位的人员名单中。");
        f.asUnit();
        assertThat(f.service.rectifications(Jinan.LIXIA, true)).hasSize(2);
    }
}
