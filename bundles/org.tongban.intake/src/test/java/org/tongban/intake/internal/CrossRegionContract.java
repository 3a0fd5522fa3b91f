package org.tongban.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.intake.internal.TestCatalogue.APPLICATION_FORM;
import static org.tongban.intake.internal.TestCatalogue.BUSINESS_LICENCE;
import static org.tongban.intake.internal.TestCatalogue.FIRE_PLAN;
import static org.tongban.intake.internal.TestCatalogue.FLOOR_PLAN;
import static org.tongban.intake.internal.TestCatalogue.SHIZHONG_LOCAL;
import static org.tongban.testing.Jinan.JINAN;
import static org.tongban.testing.Jinan.LIXIA;
import static org.tongban.testing.Jinan.SHIZHONG;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.intake.CaseGroup;
import org.tongban.intake.Channel;
import org.tongban.intake.ChecklistItem;
import org.tongban.intake.Delivery;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakeException;
import org.tongban.intake.IntakePermissions;
import org.tongban.intake.LifeEventSubmission;
import org.tongban.intake.MaterialState;
import org.tongban.intake.Page;
import org.tongban.intake.Submission;
import org.tongban.platform.workflow.HistoryEntry;
import org.tongban.testing.MutableClock;

/** One window for any matter, across districts; life-event applications; the console's lists. */
abstract class CrossRegionContract extends IntakeTestBase {

    static Submission atShizhong() {
        Submission s = food();
        return new Submission(
                null,
                s.matterCode(),
                s.applicant(),
                s.agent(),
                Channel.REMOTE_WINDOW,
                SHIZHONG,
                null,
                s.answers(),
                s.materials());
    }

    @Test
    void aCityWindowReceivesMattersOfItsDistrictsAsItsOwn() {
        f.access.actAs(
                "city.window",
                JINAN,
                with(WINDOW_EXTRAS, IntakePermissions.RECEIVE, IntakePermissions.ACCEPT, IntakePermissions.READ));
        Submission s = atShizhong();
        IntakeCase received = f.service.receive(new Submission(
                null, s.matterCode(), s.applicant(), null, Channel.WINDOW, JINAN, null, Map.of(), s.materials()));
        assertThat(received.state()).isEqualTo("RECEIVED");
        assertThat(received.processingJurisdiction()).isEqualTo(LIXIA);
        assertThat(received.crossRegion()).isTrue();
    }

    @Test
    void aWindowOfAnotherDistrictReceivesForwardsAndHandsOverWhileTheProcessingSideDecides() {
        asShizhongWindow();
        IntakeCase forwarded = f.service.receive(atShizhong());
        assertThat(forwarded.state()).isEqualTo("FORWARDED");
        assertThat(forwarded.number()).startsWith("SL" + LIXIA);
        assertThat(f.queries.find(forwarded.number())).isPresent();

        asLixiaWindow();
        IntakeCase received = f.service.takeOver(forwarded.number(), forwarded.version());
        IntakeCase accepted = f.service.accept(received.number(), received.version());
        asLixiaReviewer();
        IntakeCase review = f.service.claim(accepted.number(), accepted.version());
        IntakeCase approved = f.service.approve(review.number(), review.version(), null);
        IntakeCase completed = f.service.complete(approved.number(), approved.version());

        asShizhongWindow();
        assertThat(f.queries.find(completed.number()))
                .get()
                .extracting(IntakeCase::state)
                .isEqualTo("COMPLETED");
        assertThat(f.queries.view(completed.number()).available()).isEmpty();
        assertThat(f.queries.view(completed.number()).history())
                .as("the receiving window follows what the processing side did")
                .extracting(HistoryEntry::action)
                .containsSubsequence("takeOver", "accept", "claim", "approve", "complete");
        IntakeCase delivered = f.service.deliver(completed.number(), completed.version(), Delivery.pickUp());
        assertThat(delivered.state()).isEqualTo("DELIVERED");
        assertThat(f.audit.entries())
                .filteredOn(e -> e.action().equals("intake.deliver"))
                .singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("shizhong.window"));

        asLaiwuClerk();
        assertThat(f.queries.find(completed.number())).isEmpty();
        assertThatThrownBy(() -> f.queries.view(completed.number()))
                .isInstanceOf(IntakeException.class)
                .hasMessage("办件不存在或无权查看：" + completed.number());
    }

    @Test
    void aMatterWithoutCrossRegionHandlingIsReceivedOnlyAtItsOwnWindows() {
        asLixiaWindow();
        List<Long> before = rows();
        assertThatThrownBy(() -> f.service.receive(new Submission(
                        null,
                        SHIZHONG_LOCAL,
                        COMPANY,
                        null,
                        Channel.WINDOW,
                        LIXIA,
                        null,
                        Map.of(),
                        Map.of(APPLICATION_FORM, MaterialState.SUBMITTED_ORIGINAL))))
                .hasMessage("事项「市中区小餐饮登记」不支持异地受理，请到属地窗口办理");
        assertThatThrownBy(() -> f.service.receive(new Submission(
                        null, "370102-XX-UNKNOWN", COMPANY, null, Channel.WINDOW, LIXIA, null, Map.of(), Map.of())))
                .hasMessage("事项不存在或未发布：370102-XX-UNKNOWN");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aLifeEventCreatesLinkedCasesInEveryDepartmentFromOneMergedList() {
        asLixiaWindow();
        LifeEventSubmission application = new LifeEventSubmission(
                "portal:LE-CANYIN:0001",
                TestCatalogue.LIFE_EVENT,
                COMPANY,
                AGENT,
                Channel.ONLINE,
                LIXIA,
                Map.of(),
                Map.of(
                        APPLICATION_FORM, MaterialState.SUBMITTED_ORIGINAL,
                        BUSINESS_LICENCE, MaterialState.REUSED,
                        FLOOR_PLAN, MaterialState.SUBMITTED_COPY,
                        FIRE_PLAN, MaterialState.SUBMITTED_COPY));

        CaseGroup group = f.service.receive(application);
        assertThat(group.cases())
                .extracting(IntakeCase::departmentCode)
                .containsExactlyInAnyOrder(TestCatalogue.MARKET, TestCatalogue.FIRE);
        assertThat(group.cases()).allSatisfy(c -> assertThat(c.groupId()).isEqualTo(group.groupId()));
        assertThat(group.cases())
                .flatExtracting(IntakeCase::checklist)
                .filteredOn(i -> i.name().equals(BUSINESS_LICENCE))
                .extracting(ChecklistItem::state)
                .containsOnly(MaterialState.REUSED);
        assertThat(LifeEvents.merged(f.catalogue.tailor(TestCatalogue.LIFE_EVENT, Map.of())))
                .containsExactly(APPLICATION_FORM, BUSINESS_LICENCE, FLOOR_PLAN, FIRE_PLAN);
        assertThat(group.overallStatus()).isEqualTo("IN_PROGRESS");
        assertThat(f.service.receive(application).groupId()).isEqualTo(group.groupId());
        assertThat(f.db.count("intake_case")).isEqualTo(2);

        for (IntakeCase c : group.cases()) {
            f.service.withdraw(c.number(), c.version(), "申请人撤回");
        }
        assertThat(f.queries.group(group.groupId()).overallStatus()).isEqualTo("REFUSED");
        assertThat(f.queries.group(group.groupId()).lifeEventCode()).isEqualTo(TestCatalogue.LIFE_EVENT);
    }

    @Test
    void theOverdueListShowsOpenCasesWhoseClockPassedItsDeadlinePaged() throws Exception {
        IntakeCase first = accepted();
        IntakeCase second = accepted();
        accepted();
        f.publishOverdue(second.number(), MutableClock.beijing("2026-03-16T17:30"));
        f.publishOverdue(first.number(), MutableClock.beijing("2026-03-17T17:30"));

        asLixiaReviewer();
        Page<IntakeCase> page = f.queries.overdue(LIXIA, 0, 1);
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(IntakeCase::number).containsExactly(second.number());
        assertThat(f.queries.overdue(LIXIA, 1, 1).items())
                .extracting(IntakeCase::number)
                .containsExactly(first.number());
        assertThatThrownBy(() -> f.queries.overdue(LIXIA, 0, 500)).hasMessage("页码不能为负，每页1至200条");
        asShizhongWindow();
        assertThatThrownBy(() -> f.queries.overdue(LIXIA, 0, 20))
                .isInstanceOf(org.tongban.platform.api.security.AccessDeniedException.class);
    }

    @Test
    void demoCasesFillAnEmptyCaseTableOnceEachInItsState() {
        f.access.actAs("system.loader", JINAN, IntakePermissions.RECEIVE, IntakePermissions.READ);
        IntakeContext context = new IntakeContext(
                f.db.transactions(),
                f.access,
                f.audit,
                f.jurisdictions,
                f.workflows,
                new org.tongban.platform.workflow.internal.JdbcCaseNumbers(f.db),
                f.timers,
                (topic, aggregate, payload) -> {},
                Settings.DEFAULTS,
                f.time);
        context.workflowClock = f.workingTime;
        List<DemoCases.Demo> demos = List.of(
                new DemoCases.Demo(TestCatalogue.FOOD_LICENCE, LIXIA, "REVIEW", COMPANY, Map.of()),
                new DemoCases.Demo(
                        TestCatalogue.FOOD_LICENCE,
                        LIXIA,
                        "ACCEPTED",
                        PERSON,
                        Map.of(FLOOR_PLAN, MaterialState.TOLERATED)),
                new DemoCases.Demo(TestCatalogue.FOOD_LICENCE, SHIZHONG, "FORWARDED", PERSON, Map.of()),
                new DemoCases.Demo("370102-NOT-PUBLISHED", LIXIA, "RECEIVED", PERSON, Map.of()));

        assertThat(DemoCases.load(context, f.catalogue, demos)).isEqualTo(3);
        assertThat(DemoCases.load(context, f.catalogue, demos)).isZero();
        asLixiaReviewer();
        assertThat(f.queries.departmentQueue(TestCatalogue.MARKET, 0, 20).items())
                .singleElement()
                .satisfies(c -> assertThat(c.resultHeld()).isTrue());
        List<String> states = f.db.transactions()
                .read(c -> org.tongban.platform.api.jdbc.Jdbc.list(
                        c,
                        "SELECT state, receiving_jurisdiction FROM intake_case ORDER BY state",
                        r -> r.getString(1) + "@" + r.getString(2)));
        assertThat(states).containsExactly("ACCEPTED@370102", "FORWARDED@370103", "REVIEW@370102");
        assertThat(f.workingTime.calls).isEmpty();
    }
}
