package org.tongban.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.tongban.intake.internal.TestCatalogue.APPLICATION_FORM;
import static org.tongban.intake.internal.TestCatalogue.CERTIFICATE;
import static org.tongban.intake.internal.TestCatalogue.CERTIFICATE_PROOF;
import static org.tongban.intake.internal.TestCatalogue.FLOOR_PLAN;
import static org.tongban.intake.internal.TestCatalogue.FOOD_LICENCE;
import static org.tongban.intake.internal.TestCatalogue.ID_CARD;
import static org.tongban.intake.internal.TestCatalogue.MARKET;
import static org.tongban.intake.internal.TestCatalogue.PLEDGE_LICENCE;
import static org.tongban.intake.internal.TestCatalogue.SHIZHONG_LOCAL;
import static org.tongban.testing.Jinan.JINAN;
import static org.tongban.testing.Jinan.LIXIA;
import static org.tongban.testing.Jinan.SHIZHONG;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.intake.Channel;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakeStatistics;
import org.tongban.intake.IntakeStatistics.Count;
import org.tongban.intake.IntakeStatistics.Outcomes;
import org.tongban.intake.MaterialState;
import org.tongban.intake.Submission;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.testing.MutableClock;

/** The figures of the statistics page, counted by the database over a district's cases of one month. */
abstract class StatisticsContract extends IntakeTestBase {
    private static final Instant MARCH = MutableClock.beijing("2026-03-01T00:00");
    private static final Instant APRIL = MutableClock.beijing("2026-04-01T00:00");

    @Test
    void aMonthOfLixiaCountedByChannelDepartmentWindowMatterAndOutcome() throws Exception {
        // Two food licences finished, one of them after its clock went overdue.
        IntakeCase onTime = inReview();
        f.service.complete(
                onTime.number(),
                f.service.approve(onTime.number(), onTime.version(), null).version());
        IntakeCase late = inReview();
        f.publishOverdue(late.number(), f.time.instant());
        f.service.complete(
                late.number(),
                f.service.approve(late.number(), late.version(), null).version());
        // Two 补正 notices, the floor plan in both.
        asLixiaWindow();
        IntakeCase missing = f.service.receive(food(null, Map.of(FLOOR_PLAN, MaterialState.MISSING)));
        f.service.requestSupplement(missing.number(), missing.version(), List.of(FLOOR_PLAN, "申请书未签字"));
        IntakeCase missingToo = f.service.receive(food(null, Map.of(FLOOR_PLAN, MaterialState.MISSING)));
        f.service.requestSupplement(missingToo.number(), missingToo.version(), List.of(FLOOR_PLAN));
        // An instant certificate, decided on the spot.
        f.service.receive(new Submission(
                null,
                CERTIFICATE,
                PERSON,
                null,
                Channel.WINDOW,
                LIXIA,
                null,
                Map.of(),
                Map.of(ID_CARD, MaterialState.REUSED)));
        // 容缺: one still waiting for its material, one supplied.
        IntakeCase waiting = f.service.receive(food(null, Map.of(FLOOR_PLAN, MaterialState.TOLERATED)));
        IntakeCase supplied = f.service.receive(food(null, Map.of(FLOOR_PLAN, MaterialState.TOLERATED)));
        f.service.supplyTolerated(supplied.number(), FLOOR_PLAN);
        // 告知承诺 online: one found false, one true, one not yet verified.
        IntakeCase falsePledge = f.service.receive(pledged());
        IntakeCase truePledge = f.service.receive(pledged());
        f.service.receive(pledged());
        asLixiaReviewer();
        f.service.verifyPledge(falsePledge.number(), falsePledge.version(), false, "租赁合同已到期");
        f.service.verifyPledge(truePledge.number(), truePledge.version(), true, "核查属实");
        // Shizhong's own case, and a Lixia case of the next month: neither counts for Lixia's March.
        asShizhongWindow();
        f.service.receive(new Submission(
                null,
                SHIZHONG_LOCAL,
                COMPANY,
                null,
                Channel.WINDOW,
                SHIZHONG,
                null,
                Map.of(),
                Map.of(APPLICATION_FORM, MaterialState.SUBMITTED_ORIGINAL)));
        f.time.set(MutableClock.beijing("2026-04-01T09:00"));
        asLixiaWindow();
        f.service.receive(food());

        asLixiaReviewer();
        IntakeStatistics march = f.queries.statistics(LIXIA, MARCH, APRIL);

        assertThat(march.received()).isEqualTo(10);
        assertThat(march.byChannel())
                .containsExactly(new Count("WINDOW", "WINDOW", 7), new Count("ONLINE", "ONLINE", 3));
        assertThat(march.byDepartment()).first().isEqualTo(new Count(MARKET, MARKET, 9));
        assertThat(march.byWindow()).containsExactly(new Count(LIXIA, LIXIA, 10));
        assertThat(march.byMatter())
                .extracting(Count::key, Count::label, Count::cases)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FOOD_LICENCE, "食品经营许可（新办）", 6L),
                        org.assertj.core.groups.Tuple.tuple(PLEDGE_LICENCE, "食品经营许可（告知承诺）", 3L),
                        org.assertj.core.groups.Tuple.tuple(CERTIFICATE, "婚姻登记记录证明", 1L));
        // Finished: the two licences, the certificate and the two pledges not revoked; the late licence is not on time.
        assertThat(march.finished()).isEqualTo(5);
        assertThat(march.finishedOnTime()).isEqualTo(4);
        assertThat(march.onTimeRate()).isEqualTo(0.8);
        assertThat(march.instant()).isOne();
        assertThat(march.instantShare()).isEqualTo(0.1);
        // 1 - 10/20 for six licences, 1 - 0/1 for the certificate, 1 - 5/20 for three pledges.
        assertThat(march.compressionCases()).isEqualTo(10);
        assertThat(march.compression()).isCloseTo((6 * 0.5 + 1 + 3 * 0.75) / 10, within(1e-9));
        assertThat(march.supplemented()).isEqualTo(2);
        assertThat(march.supplementRate()).isEqualTo(0.2);
        assertThat(march.supplementReasons())
                .containsExactly(new Count(FLOOR_PLAN, FLOOR_PLAN, 2), new Count("申请书未签字", "申请书未签字", 1));
        assertThat(march.tolerance()).isEqualTo(new Outcomes(2, 1, 1, 0));
        assertThat(march.pledges()).isEqualTo(new Outcomes(3, 1, 1, 1));

        f.access.actAs("jinan.lead", JINAN, org.tongban.intake.IntakePermissions.READ);
        IntakeStatistics city = f.queries.statistics(JINAN, MARCH, MutableClock.beijing("2026-04-02T00:00"));
        assertThat(city.received()).isEqualTo(12);
        assertThat(city.byWindow()).containsExactly(new Count(LIXIA, LIXIA, 11), new Count(SHIZHONG, SHIZHONG, 1));
    }

    @Test
    void anEmptyPeriodCountsNothingAndAClerkSeesOnlyHisOwnSubtree() {
        asLixiaWindow();
        f.service.receive(food());

        IntakeStatistics february = f.queries.statistics(LIXIA, MutableClock.beijing("2026-02-01T00:00"), MARCH);
        assertThat(february.received()).isZero();
        assertThat(february.byChannel()).isEmpty();
        assertThat(february.onTimeRate()).isEqualTo(1.0);
        assertThat(february.tolerance()).isEqualTo(new Outcomes(0, 0, 0, 0));

        asShizhongWindow();
        assertThatThrownBy(() -> f.queries.statistics(LIXIA, MARCH, APRIL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.queries.statistics(SHIZHONG, APRIL, MARCH)).hasMessage("统计期间无效：开始须早于结束");
        assertThatThrownBy(() -> f.queries.statistics("999999", MARCH, APRIL)).hasMessage("行政区划代码不存在：999999");
    }

    private static Submission pledged() {
        return new Submission(
                null,
                PLEDGE_LICENCE,
                COMPANY,
                null,
                Channel.ONLINE,
                LIXIA,
                null,
                Map.of(),
                Map.of(APPLICATION_FORM, MaterialState.SUBMITTED_ORIGINAL, CERTIFICATE_PROOF, MaterialState.PLEDGED));
    }
}
