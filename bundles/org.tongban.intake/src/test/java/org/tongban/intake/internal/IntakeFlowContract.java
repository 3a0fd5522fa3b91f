package org.tongban.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.intake.internal.TestCatalogue.APPLICATION_FORM;
import static org.tongban.intake.internal.TestCatalogue.BUSINESS_LICENCE;
import static org.tongban.intake.internal.TestCatalogue.CERTIFICATE;
import static org.tongban.intake.internal.TestCatalogue.FLOOR_PLAN;
import static org.tongban.intake.internal.TestCatalogue.HEALTH;
import static org.tongban.intake.internal.TestCatalogue.ID_CARD;
import static org.tongban.testing.Jinan.LIXIA;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.intake.Applicant;
import org.tongban.intake.Channel;
import org.tongban.intake.ChecklistItem;
import org.tongban.intake.Delivery;
import org.tongban.intake.Inspection;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakeException;
import org.tongban.intake.IntakePermissions;
import org.tongban.intake.IntakeService;
import org.tongban.intake.MaterialState;
import org.tongban.intake.Rejection;
import org.tongban.intake.Submission;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.workflow.ClockEffect;
import org.tongban.platform.workflow.HistoryEntry;
import org.tongban.platform.workflow.StaleCaseException;
import org.tongban.testing.MutableClock;

/** The steps of a case from 收件 to 出件 at one window, on a real database. */
abstract class IntakeFlowContract extends IntakeTestBase {

    @Test
    void receivingPinsThePublishedGuideVersionNumbersTheCaseAndMasksTheApplicant() {
        asLixiaWindow();
        IntakeCase received = f.service.receive(food());

        assertThat(received.number()).startsWith("SL" + LIXIA).hasSize(2 + 6 + 8 + 4);
        assertThat(received.guideVersion()).isEqualTo(3);
        assertThat(received.matterName()).isEqualTo("食品经营许可（新办）");
        assertThat(received.departmentCode()).isEqualTo(TestCatalogue.MARKET);
        assertThat(received.state()).isEqualTo("RECEIVED");
        assertThat(received.applicant().identifier()).isEqualTo("9137**********5L67");
        assertThat(received.applicant().name()).isEqualTo("济南泉城餐饮管理有限公司");
        assertThat(received.agent().name()).isEqualTo("王*");
        assertThat(received.agent().idNumber()).isEqualTo("3701**********4562");
        assertThat(received.checklist())
                .extracting(ChecklistItem::name, ChecklistItem::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(APPLICATION_FORM, MaterialState.SUBMITTED_ORIGINAL),
                        org.assertj.core.groups.Tuple.tuple(BUSINESS_LICENCE, MaterialState.REUSED),
                        org.assertj.core.groups.Tuple.tuple(FLOOR_PLAN, MaterialState.SUBMITTED_COPY),
                        org.assertj.core.groups.Tuple.tuple(HEALTH, MaterialState.NOT_NEEDED));
        assertThat(f.audit.actions()).contains("intake.receive intake/" + received.number());
        assertThat(f.topics()).containsExactly("intake/RECEIVE");
    }

    @Test
    void malformedIdentityNumbersAndCreditCodesAreRefusedWithTheirKeysAndNothingIsWritten() {
        asLixiaWindow();
        List<Long> before = rows();
        assertRefused(withApplicant(Applicant.person("李明", "370102199003071234")), "intake.error.idNumberCheck");
        assertRefused(withApplicant(Applicant.person("李明", "370102199002301238")), "intake.error.idNumberBirthDate");
        assertRefused(withApplicant(Applicant.person("李明", "37010219900307")), "intake.error.idNumberFormat");
        assertRefused(
                withApplicant(Applicant.organisation("某公司", "91370102MA3C4K5L68")), "intake.error.creditCodeCheck");
        assertRefused(
                withApplicant(Applicant.organisation("某公司", "91370102MA3C4K5LI7")), "intake.error.creditCodeFormat");
        assertRefused(withApplicant(Applicant.person(" ", "370102199003071238")), "intake.error.nameMissing");
        assertThatThrownBy(() -> f.service.receive(food(null, Map.of(FLOOR_PLAN, MaterialState.PLEDGED))))
                .hasMessage("「经营场所平面布局图」不允许以告知承诺代替");
        assertThatThrownBy(() -> f.service.receive(food(null, Map.of(APPLICATION_FORM, MaterialState.TOLERATED))))
                .hasMessage("「食品经营许可申请书」不属于可容缺受理的材料");
        assertThatThrownBy(() -> f.service.receive(food(null, Map.of(APPLICATION_FORM, MaterialState.REUSED))))
                .hasMessage("「食品经营许可申请书」没有可替代的电子证照或共享数据，不能免提交");
        assertThatThrownBy(() -> f.service.receive(food(null, Map.of(APPLICATION_FORM, MaterialState.NOT_NEEDED))))
                .hasMessage("「食品经营许可申请书」是必交材料，不能标为无需提交");
        assertThatThrownBy(() -> f.service.receive(food(null, Map.of("伪造的材料", MaterialState.SUBMITTED_COPY))))
                .hasMessage("「伪造的材料」不是该事项的申请材料");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aRetryWithTheSameKeyGetsTheSameCaseAndAnotherBodyUnderTheKeyIsRefused() {
        asLixiaWindow();
        IntakeCase first = f.service.receive(food("hall-7:20260302-0001", Map.of()));
        IntakeCase retry = f.service.receive(food("hall-7:20260302-0001", Map.of()));
        List<Long> before = rows();

        assertThat(retry).isEqualTo(first);
        assertThatThrownBy(() -> f.service.receive(
                        food("hall-7:20260302-0001", Map.of(FLOOR_PLAN, MaterialState.SUBMITTED_ORIGINAL))))
                .isInstanceOf(IntakeException.class)
                .extracting(e -> ((IntakeException) e).key())
                .isEqualTo("intake.error.clientKeyReused");
        assertThat(rows()).isEqualTo(before);
        assertThat(f.db.count("intake_case")).isOne();

        // Keys are kept per account: another window's same key is another submission.
        f.access.actAs("lixia.window2", LIXIA, with(WINDOW_EXTRAS, IntakePermissions.RECEIVE, IntakePermissions.READ));
        assertThat(f.service.receive(food("hall-7:20260302-0001", Map.of())).number())
                .isNotEqualTo(first.number());
    }

    @Test
    void concurrentSubmissionsWithOneKeyCreateOneCaseAndAllGetIt() throws Exception {
        asLixiaWindow();
        int threads = 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<IntakeCase>> results = new java.util.ArrayList<>();
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return f.service.receive(food("mobile:retry-storm-0001", Map.of()));
            }));
        }
        start.countDown();
        java.util.Set<String> numbers = new java.util.HashSet<>();
        for (java.util.concurrent.Future<IntakeCase> result : results) {
            numbers.add(result.get(60, java.util.concurrent.TimeUnit.SECONDS).number());
        }
        pool.shutdown();

        assertThat(numbers).hasSize(1);
        assertThat(f.db.count("intake_case")).isOne();
        assertThat(f.db.count("platform_workflow")).isOne();
    }

    @Test
    void acceptanceStartsTheClockWithThePinnedPromisedLimitAndExtensionRule() {
        IntakeCase accepted = accepted();

        assertThat(accepted.state()).isEqualTo("ACCEPTED");
        assertThat(f.workingTime.of(ClockEffect.START))
                .containsExactly("lixia.window START " + accepted.number()
                        + " {department=370102-SJJ, extensionRule=1x10, limit=10, matterType=ADMINISTRATIVE_LICENSING,"
                        + " unit=WORKING_DAYS}");
        assertThat(f.topics()).containsExactly("intake/RECEIVE", "intake/ACCEPT");
    }

    @Test
    void aMissingMaterialNeedsOneSupplementNoticeListingEveryItemBeforeAcceptance() {
        asLixiaWindow();
        IntakeCase received = f.service.receive(food(null, Map.of(FLOOR_PLAN, MaterialState.MISSING)));
        assertThatThrownBy(() -> f.service.accept(received.number(), received.version()))
                .hasMessage("材料不齐全，请先一次性告知补正：经营场所平面布局图");
        assertThatThrownBy(() -> f.service.requestSupplement(received.number(), received.version(), List.of(" ")))
                .hasMessage("补正告知须列明需要补正的全部内容");

        IntakeCase notified = f.service.requestSupplement(
                received.number(), received.version(), List.of("经营场所平面布局图（须标明操作区域）", "申请书第3页缺少法定代表人签字"));
        assertThat(notified.state()).isEqualTo("SUPPLEMENT");
        assertThat(f.queries.view(received.number()).supplementItems())
                .containsExactly("经营场所平面布局图（须标明操作区域）", "申请书第3页缺少法定代表人签字");

        IntakeCase supplied = f.service.supplement(notified.number(), notified.version());
        assertThat(supplied.state()).isEqualTo("RECEIVED");
        assertThat(supplied.checklist()).extracting(ChecklistItem::state).doesNotContain(MaterialState.MISSING);
        assertThat(f.service.accept(supplied.number(), supplied.version()).state())
                .isEqualTo("ACCEPTED");
    }

    @Test
    void aRefusalKeepsItsReasonsLegalBasisAndTheApplicantsRemedies() {
        asLixiaWindow();
        IntakeCase received = f.service.receive(food());
        assertThatThrownBy(() -> f.service.reject(
                        received.number(), received.version(), new Rejection("不属于本机关职权范围", "行政许可法第三十二条第一款第二项", " ")))
                .hasMessage("不予受理须告知申请人申请行政复议或者提起行政诉讼的权利");

        IntakeCase rejected = f.service.reject(
                received.number(),
                received.version(),
                new Rejection(
                        "不属于本机关职权范围", "行政许可法第三十二条第一款第二项", "如不服本决定，可自收到之日起六十日内向济南市历下区人民政府申请行政复议，或者六个月内向济南铁路运输法院提起行政诉讼"));

        assertThat(rejected.state()).isEqualTo("REJECTED");
        assertThatThrownBy(() -> f.service.accept(rejected.number(), rejected.version()))
                .isInstanceOf(IntakeException.class)
                .hasMessage("办件 " + rejected.number() + " 当前状态为「不予受理」，不能执行此操作");
        assertThat(f.db.count("intake_case WHERE refusal_remedy LIKE '%行政复议%' AND refusal_basis LIKE '%第三十二条%'"))
                .isOne();
        assertThat(f.workingTime.calls).isEmpty();
    }

    @Test
    void article32AnApplicationNobodyActsOnIsAcceptedAfterFiveWorkingDaysCountedFromReceipt() throws Exception {
        asLixiaWindow();
        IntakeCase received = f.service.receive(food()); // Monday 2 March 2026, 10:00
        f.access.logOut();

        f.time.set(MutableClock.beijing("2026-03-09T17:29"));
        assertThat(f.fireTimers()).isZero();
        f.time.set(MutableClock.beijing("2026-03-09T17:30"));
        assertThat(f.fireTimers()).isOne();

        asLixiaWindow();
        IntakeCase deemed = f.queries.find(received.number()).orElseThrow();
        assertThat(deemed.state()).isEqualTo("ACCEPTED");
        f.deliverEvents();
        assertThat(f.workingTime.of(ClockEffect.START))
                .singleElement()
                .asString()
                .startsWith("system START " + received.number())
                .contains("acceptedAt=" + MutableClock.beijing("2026-03-02T10:00"))
                .contains("limit=10");
        assertThat(f.queries.departmentQueue(TestCatalogue.MARKET, 0, 20).items())
                .extracting(IntakeCase::number)
                .containsExactly(received.number());
    }

    @Test
    void theBackOfficeClaimsInspectsApprovesCompletesAndTheWindowHandsOverTheResult() {
        IntakeCase accepted = accepted();
        asLixiaReviewer();
        assertThat(f.queries.departmentQueue(TestCatalogue.MARKET, 0, 20).items())
                .extracting(IntakeCase::number)
                .containsExactly(accepted.number());
        IntakeCase claimed = f.service.claim(accepted.number(), accepted.version());
        assertThat(claimed.assignee()).isEqualTo("lixia.reviewer");
        assertThat(f.queries.departmentQueue(TestCatalogue.MARKET, 0, 20).total())
                .isZero();
        assertThat(f.queries.myQueue(0, 20).items())
                .extracting(IntakeCase::number)
                .containsExactly(accepted.number());

        assertThatThrownBy(() -> f.service.inspect(
                        claimed.number(), claimed.version(), Inspection.of("后厨布局", List.of("javascript:alert(1)"))))
                .hasMessage("核查照片或视频链接须为 http 或 https 网址：javascript:alert(1)");
        IntakeCase inspected = f.service.inspect(
                claimed.number(),
                claimed.version(),
                Inspection.of(
                        "云核查：后厨生熟分区，与平面图一致",
                        List.of("https://files.example.cn/inspection/1.jpg", "https://video.example.cn/live/88")));
        IntakeCase approved = f.service.approve(inspected.number(), inspected.version(), "符合条件，准予许可");
        IntakeCase completed = f.service.complete(approved.number(), approved.version());
        assertThat(completed.state()).isEqualTo("COMPLETED");
        assertThat(f.workingTime.of(ClockEffect.COMPLETE)).hasSize(1);

        asLixiaWindow();
        assertThatThrownBy(() -> f.service.deliver(
                        completed.number(), completed.version(), new Delivery(Delivery.Method.PICK_UP, false, null)))
                .hasMessage("窗口领取须先核验领取人身份证件");
        assertThatThrownBy(() -> f.service.deliver(completed.number(), completed.version(), Delivery.mail("顺丰")))
                .hasMessage("请填写有效的邮寄运单号（6至30位字母或数字）");
        IntakeCase delivered =
                f.service.deliver(completed.number(), completed.version(), Delivery.mail("SF1234567890"));
        assertThat(delivered.state()).isEqualTo("DELIVERED");

        assertThat(f.queries.view(delivered.number()).inspections())
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.inspector()).isEqualTo("lixia.reviewer");
                    assertThat(i.links()).hasSize(2);
                });
        assertThat(f.queries.view(delivered.number()).history())
                .extracting(HistoryEntry::action)
                .containsExactly("receive", "accept", "claim", "inspect", "approve", "complete", "deliver");
    }

    @Test
    void aDenialStopsTheClockAndNeedsItsReasons() {
        IntakeCase review = inReview();
        assertThatThrownBy(() -> f.service.deny(review.number(), review.version(), ""))
                .hasMessage("请填写原因或意见");
        IntakeCase denied = f.service.deny(review.number(), review.version(), "经营场所与住宅未有效隔离");
        assertThat(denied.state()).isEqualTo("DENIED");
        assertThat(f.workingTime.of(ClockEffect.COMPLETE))
                .singleElement()
                .asString()
                .startsWith("lixia.reviewer");
    }

    @Test
    void article45ASuspensionPausesTheClockWithAWrittenNoticeAndResumes() {
        IntakeCase review = inReview();
        assertThatThrownBy(() ->
                        f.service.suspend(review.number(), review.version(), "SITE_VISIT", "现场核查", "TZ-1", "5个工作日"))
                .isInstanceOf(IntakeException.class)
                .hasMessageContaining("第四十五条");
        assertThatThrownBy(() ->
                        f.service.suspend(review.number(), review.version(), "EXPERT_REVIEW", "专家评审", " ", "5个工作日"))
                .hasMessage("中止须向申请人出具书面告知，请填写告知书编号");
        assertThatThrownBy(() ->
                        f.service.suspend(review.number(), review.version(), "EXPERT_REVIEW", "专家评审", "历市监中止〔2026〕3号"))
                .as("the engine needs the duration the applicant is told")
                .hasMessage("中止须在书面告知中写明该环节所需时间，请填写");

        IntakeCase suspended = f.service.suspend(
                review.number(), review.version(), "EXPERT_REVIEW", "组织专家评审", "历市监中止〔2026〕3号", "约10个工作日");
        assertThat(suspended.state()).isEqualTo("SUSPENDED");
        assertThat(f.workingTime.of(ClockEffect.PAUSE))
                .singleElement()
                .asString()
                .contains(
                        "legalBasis=行政许可法第四十五条",
                        "pauseKind=EXPERT_REVIEW",
                        "writtenNotice=历市监中止〔2026〕3号",
                        "expectedDuration=约10个工作日");
        IntakeCase resumed = f.service.resume(suspended.number(), suspended.version());
        assertThat(resumed.state()).isEqualTo("REVIEW");
        assertThat(f.workingTime.of(ClockEffect.RESUME)).hasSize(1);
    }

    @Test
    void article42AnExtensionStaysWithinTheMattersRule() {
        IntakeCase review = inReview();
        assertThatThrownBy(() -> f.service.extend(review.number(), review.version(), 11, "局长 张伟", "需补充专家论证"))
                .hasMessage("每次延期不能超过10");
        IntakeCase extended = f.service.extend(review.number(), review.version(), 10, "局长 张伟", "需补充专家论证");
        assertThat(f.workingTime.of(ClockEffect.EXTEND))
                .singleElement()
                .asString()
                .contains("amount=10", "approver=局长 张伟");
        assertThatThrownBy(() -> f.service.extend(extended.number(), extended.version(), 5, "局长 张伟", "再延"))
                .hasMessage("该事项最多可延期1次，已用完");
    }

    @Test
    void theApplicantWithdrawsAndTheDepartmentTerminatesEachClosingTheCase() {
        IntakeCase accepted = accepted();
        IntakeCase withdrawn = f.service.withdraw(accepted.number(), accepted.version(), "申请人书面申请撤回");
        assertThat(withdrawn.state()).isEqualTo("WITHDRAWN");

        IntakeCase review = inReview();
        IntakeCase terminated = f.service.terminate(review.number(), review.version(), "申请人主体资格已注销");
        assertThat(terminated.state()).isEqualTo("TERMINATED");
        assertThat(f.workingTime.of(ClockEffect.COMPLETE)).hasSize(2);
    }

    @Test
    void ofTwoClerksActingOnOneVersionTheSecondIsToldAndNothingOfTheFirstIsLost() {
        IntakeCase accepted = accepted();
        asLixiaReviewer();
        IntakeCase claimed = f.service.claim(accepted.number(), accepted.version());

        f.access.actAs("lixia.assigner", LIXIA, IntakePermissions.READ, IntakePermissions.ASSIGN);
        assertThatThrownBy(() -> f.service.assign(accepted.number(), accepted.version(), "other.reviewer"))
                .isInstanceOf(StaleCaseException.class)
                .hasMessageContaining("已被他人处理");

        IntakeCase now = f.queries.find(accepted.number()).orElseThrow();
        assertThat(now.assignee()).isEqualTo("lixia.reviewer");
        assertThat(now.version()).isEqualTo(claimed.version());
    }

    @Test
    void anInstantMatterIsAcceptedAndCompletedInTheSameCall() {
        asLixiaWindow();
        IntakeCase done = f.service.receive(new Submission(
                null,
                CERTIFICATE,
                PERSON,
                null,
                Channel.WINDOW,
                LIXIA,
                null,
                Map.of(),
                Map.of(ID_CARD, MaterialState.REUSED)));

        assertThat(done.state()).isEqualTo("COMPLETED");
        assertThat(f.topics()).containsExactly("intake/RECEIVE", "intake/ACCEPT", "intake/DECIDEONSPOT");
        assertThatThrownBy(() -> f.service.receive(new Submission(
                        null,
                        CERTIFICATE,
                        PERSON,
                        AGENT,
                        Channel.WINDOW,
                        LIXIA,
                        null,
                        Map.of(),
                        Map.of(ID_CARD, MaterialState.REUSED))))
                .hasMessage("事项「婚姻登记记录证明」须申请人本人到场办理，不得代办");
        assertThat(f.workingTime.calls).extracting(call -> call.split(" ")[1]).containsExactly("START", "COMPLETE");
    }

    @Test
    void stepsNeedTheirPermissionAtTheCasesJurisdiction() {
        IntakeCase accepted = accepted();
        asLixiaWindow();
        List<Long> before = rows();
        assertThatThrownBy(() -> f.service.claim(accepted.number(), accepted.version()))
                .isInstanceOf(AccessDeniedException.class);
        asShizhongWindow();
        assertThatThrownBy(() -> f.service.withdraw(accepted.number(), accepted.version(), "撤回"))
                .isInstanceOf(IntakeException.class)
                .hasMessage("办件不存在或无权查看：" + accepted.number());
        assertThatThrownBy(() -> f.service.receive(food())).isInstanceOf(AccessDeniedException.class);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void forgedAndUnknownCaseNumbersAreRefusedAsNotFound() {
        accepted();
        asLixiaReviewer();
        for (String forged : List.of("SL370102202603020099", "'; DROP TABLE intake_case; --", "")) {
            assertThatThrownBy(() -> f.service.claim(forged, 2))
                    .isInstanceOf(IntakeException.class)
                    .extracting(e -> ((IntakeException) e).key())
                    .isEqualTo("intake.error.caseNotFound");
        }
        assertThat(f.queries.find("SL370102202603020099")).isEmpty();
        assertThat(f.db.count("intake_case")).isOne();
    }

    @Test
    void fullIdentifiersNeedThePiiPermissionAndEveryReadIsAudited() {
        asLixiaWindow();
        IntakeCase received = f.service.receive(food());
        assertThatThrownBy(() -> f.service.reveal(received.number())).isInstanceOf(AccessDeniedException.class);

        f.access.actAs("lixia.chief", LIXIA, IntakePermissions.READ, IntakePermissions.PII);
        IntakeService.Revealed revealed = f.service.reveal(received.number());
        assertThat(revealed.applicant()).isEqualTo(COMPANY);
        assertThat(revealed.agent()).isEqualTo(AGENT);
        assertThat(f.audit.withAction("intake.reveal")).singleElement().satisfies(e -> assertThat(e.actor())
                .isEqualTo("lixia.chief"));
    }

    @Test
    void aCityMaySetAShorterNoticePeriodThanArticle32sFiveDays() throws Exception {
        // Jinan's own rule of 3 working days, set as intake/RECEIVED@370100=3 in the workflow's configuration.
        f.timeoutAmounts = new String[] {"intake/RECEIVED@370100=3"};
        f.restart();
        asLixiaWindow();
        IntakeCase received = f.service.receive(food()); // Monday 2 March 2026
        f.access.logOut();

        f.time.set(MutableClock.beijing("2026-03-05T17:30"));
        assertThat(f.fireTimers()).isOne();
        f.deliverEvents();
        asLixiaWindow();
        assertThat(f.queries.find(received.number()).orElseThrow().state()).isEqualTo("ACCEPTED");
    }

    @Test
    void aCaseOfTheDepartmentQueueIsAssignedToAReviewer() {
        IntakeCase accepted = accepted();
        f.access.actAs("lixia.chief", LIXIA, IntakePermissions.READ, IntakePermissions.ASSIGN);
        assertThatThrownBy(() -> f.service.assign(accepted.number(), accepted.version(), " "))
                .hasMessage("请选择审查人员");
        IntakeCase assigned = f.service.assign(accepted.number(), accepted.version(), "lixia.reviewer");
        assertThat(assigned.state()).isEqualTo("REVIEW");
        assertThat(assigned.assignee()).isEqualTo("lixia.reviewer");

        asLixiaReviewer();
        assertThat(f.queries.myQueue(0, 20).items())
                .extracting(IntakeCase::number)
                .containsExactly(accepted.number());
        assertThat(f.queries.view(accepted.number()).history().getLast().reason())
                .isEqualTo("指派给 lixia.reviewer");
    }

    @Test
    void everyStepIsRefusedToAClerkWhoMayReadTheCaseButNotTakeTheStepAndNothingChanges() {
        IntakeCase review = inReview();
        f.access.actAs("lixia.reader", LIXIA, IntakePermissions.READ);
        String n = review.number();
        long v = review.version();
        List<Long> before = rows();
        List<org.junit.jupiter.api.function.Executable> steps = List.of(
                () -> f.service.accept(n, v),
                () -> f.service.reject(n, v, new Rejection("理由", "依据", "救济")),
                () -> f.service.requestSupplement(n, v, List.of("材料")),
                () -> f.service.supplement(n, v),
                () -> f.service.claim(n, v),
                () -> f.service.assign(n, v, "x"),
                () -> f.service.inspect(n, v, Inspection.of("核查", List.of())),
                () -> f.service.approve(n, v, null),
                () -> f.service.deny(n, v, "理由"),
                () -> f.service.complete(n, v),
                () -> f.service.deliver(n, v, Delivery.pickUp()),
                () -> f.service.withdraw(n, v, "理由"),
                () -> f.service.suspend(n, v, "HEARING", "听证", "TZ-1", "20日"),
                () -> f.service.resume(n, v),
                () -> f.service.extend(n, v, 5, "局长", "理由"),
                () -> f.service.terminate(n, v, "理由"),
                () -> f.service.verifyPledge(n, v, false, "虚假承诺"),
                () -> f.service.reveal(n),
                () -> f.service.supplyTolerated(n, FLOOR_PLAN),
                () -> f.service.takeOver(n, v));
        for (org.junit.jupiter.api.function.Executable step : steps) {
            org.junit.jupiter.api.Assertions.assertThrows(AccessDeniedException.class, step);
        }
        assertThat(rows()).isEqualTo(before);
        assertThat(f.queries.find(n).orElseThrow().version()).isEqualTo(v);
    }

    private void assertRefused(Submission submission, String key) {
        assertThatThrownBy(() -> f.service.receive(submission))
                .isInstanceOf(IntakeException.class)
                .extracting(e -> ((IntakeException) e).key())
                .isEqualTo(key);
    }

    private static Submission withApplicant(Applicant applicant) {
        Submission s = food();
        return new Submission(
                null,
                s.matterCode(),
                applicant,
                null,
                s.channel(),
                s.receivingJurisdiction(),
                null,
                s.answers(),
                s.materials());
    }
}
