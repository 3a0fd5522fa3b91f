package org.tongban.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.intake.internal.TestCatalogue.APPLICATION_FORM;
import static org.tongban.intake.internal.TestCatalogue.CERTIFICATE_PROOF;
import static org.tongban.intake.internal.TestCatalogue.FLOOR_PLAN;
import static org.tongban.intake.internal.TestCatalogue.PLEDGE_LICENCE;
import static org.tongban.testing.Jinan.LIXIA;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.MaterialDetails;
import org.tongban.intake.Channel;
import org.tongban.intake.ChecklistItem;
import org.tongban.intake.Delivery;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.MaterialState;
import org.tongban.intake.Submission;
import org.tongban.platform.workflow.ClockEffect;
import org.tongban.testing.MutableClock;

/** 容缺受理 and 告知承诺, kept apart: a held result and its supply deadline, a decision on a pledge and its check. */
abstract class ToleranceAndPledgeContract extends IntakeTestBase {

    IntakeCase tolerated() {
        asLixiaWindow();
        IntakeCase received = f.service.receive(food(null, Map.of(FLOOR_PLAN, MaterialState.TOLERATED)));
        return f.service.accept(received.number(), received.version());
    }

    IntakeCase completed(IntakeCase accepted) {
        asLixiaReviewer();
        IntakeCase review = f.service.claim(accepted.number(), accepted.version());
        IntakeCase approved = f.service.approve(review.number(), review.version(), null);
        return f.service.complete(approved.number(), approved.version());
    }

    @Test
    void aToleratedMaterialGetsTheDefaultSupplyDeadlineAndHoldsTheResultUntilSupplied() {
        IntakeCase accepted = tolerated();
        // MaterialDetails.SUPPLY_DEADLINE_DEFAULT: 5 working days from Monday 2 March, 10:00.
        assertThat(MaterialDetails.SUPPLY_DEADLINE_DEFAULT.amount()).isEqualTo(5);
        Instant due = MutableClock.beijing("2026-03-09T17:30");
        assertThat(accepted.checklist())
                .filteredOn(i -> i.state() == MaterialState.TOLERATED)
                .singleElement()
                .extracting(ChecklistItem::supplyDue)
                .isEqualTo(due);
        assertThat(f.timers.due(Receiving.TOLERANCE_TIMER, accepted.number())).hasValue(due);
        assertThat(accepted.resultHeld()).isTrue();

        IntakeCase completed = completed(accepted);
        asLixiaWindow();
        assertThatThrownBy(() -> f.service.deliver(completed.number(), completed.version(), Delivery.pickUp()))
                .hasMessage("办件 " + completed.number() + " 还有容缺材料未补交，补齐后方可出件");
        assertThatThrownBy(() -> f.service.supplyTolerated(completed.number(), APPLICATION_FORM))
                .hasMessage("「食品经营许可申请书」不是待补交的容缺材料");

        IntakeCase supplied = f.service.supplyTolerated(completed.number(), FLOOR_PLAN);
        assertThat(supplied.resultHeld()).isFalse();
        assertThat(f.timers.due(Receiving.TOLERANCE_TIMER, accepted.number())).isEmpty();
        assertThat(f.service
                        .deliver(supplied.number(), supplied.version(), Delivery.pickUp())
                        .state())
                .isEqualTo("DELIVERED");
        assertThat(f.topics()).contains("intake/SUPPLIED");
    }

    @Test
    void whenTheSupplyDeadlinePassesTheSystemTerminatesTheCaseEvenAfterARestart() throws Exception {
        IntakeCase accepted = tolerated();
        asLixiaReviewer();
        f.service.claim(accepted.number(), accepted.version());
        f.access.logOut();

        f.restart();
        f.time.set(MutableClock.beijing("2026-03-09T17:29"));
        assertThat(f.fireTimers()).isZero();
        f.time.set(MutableClock.beijing("2026-03-09T17:30"));
        assertThat(f.fireTimers()).isOne();

        asLixiaReviewer();
        IntakeCase terminated = f.queries.find(accepted.number()).orElseThrow();
        assertThat(terminated.state()).isEqualTo("TERMINATED");
        assertThat(f.workingTime.of(ClockEffect.COMPLETE))
                .singleElement()
                .asString()
                .startsWith("system COMPLETE " + accepted.number());
        assertThat(f.topics()).endsWith("intake/TERMINATEUNSUPPLIED");
        assertThat(f.queries.view(accepted.number()).history().getLast().reason())
                .isEqualTo("容缺材料逾期未补交，终止办理：经营场所平面布局图");
        assertThat(f.db.count("test_timer")).isZero();
    }

    @Test
    void anApplicantWithABadRecordIsRefusedToleranceWithTheReason() {
        f.standing = identifier -> identifier.equals(COMPANY.identifier())
                ? Optional.of("2025年容缺承诺未按期履行（失信记录，有效期至2027-06-30）")
                : Optional.empty();
        f.restart();
        asLixiaWindow();
        List<Long> before = rows();

        assertThatThrownBy(() -> f.service.receive(food(null, Map.of(FLOOR_PLAN, MaterialState.TOLERATED))))
                .hasMessage("该申请人不能适用容缺受理：2025年容缺承诺未按期履行（失信记录，有效期至2027-06-30）");
        assertThat(rows()).isEqualTo(before);
        assertThat(f.service.receive(food()).state()).isEqualTo("RECEIVED");
    }

    @Test
    void aPledgeIsDecidedOnTheSpotWithAVerificationDeadlineKeptApartFromTolerance() {
        asLixiaWindow();
        IntakeCase decided = f.service.receive(pledged());

        assertThat(decided.state()).isEqualTo("COMPLETED");
        assertThat(decided.pledge()).isTrue();
        assertThat(decided.resultHeld()).isFalse();
        assertThat(decided.checklist())
                .extracting(ChecklistItem::state)
                .containsExactly(MaterialState.SUBMITTED_ORIGINAL, MaterialState.PLEDGED);
        // Settings.PLEDGE_VERIFICATION_DEFAULT: 30 natural days, the period 国办发〔2020〕42号 leaves to the city.
        assertThat(f.db.count("intake_case WHERE pledge_verify_due IS NOT NULL"))
                .isOne();
        assertThat(f.timers.due(Receiving.TOLERANCE_TIMER, decided.number())).isEmpty();
    }

    @Test
    void aFalsePledgeFoundAtVerificationRevokesTheDecision() {
        asLixiaWindow();
        IntakeCase decided = f.service.receive(pledged());
        IntakeCase truthful = f.service.receive(pledged());

        asLixiaReviewer();
        assertThat(f.queries.verificationQueue(LIXIA, 0, 20).items())
                .extracting(IntakeCase::number)
                .containsExactly(decided.number(), truthful.number());
        IntakeCase revoked =
                f.service.verifyPledge(decided.number(), decided.version(), false, "现场核查：经营场所为租赁，租赁合同已于2025年到期");
        assertThat(revoked.state()).isEqualTo("REVOKED");
        IntakeCase verified = f.service.verifyPledge(truthful.number(), truthful.version(), true, "核查属实");
        assertThat(verified.state()).isEqualTo("COMPLETED");
        assertThat(f.topics()).contains("intake/REVOKE", "intake/PLEDGE_VERIFIED");
        assertThat(f.queries.verificationQueue(LIXIA, 0, 20).total()).isZero();
        IntakeCase ordinary = accepted();
        asLixiaReviewer();
        assertThatThrownBy(() -> f.service.verifyPledge(ordinary.number(), ordinary.version(), true, "核查属实"))
                .hasMessageContaining("不是告知承诺件");
    }

    static Submission pledged() {
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
