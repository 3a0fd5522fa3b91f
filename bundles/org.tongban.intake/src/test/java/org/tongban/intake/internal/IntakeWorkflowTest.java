package org.tongban.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tongban.intake.IntakeStates;
import org.tongban.platform.workflow.ClockEffect;
import org.tongban.platform.workflow.Timeout;
import org.tongban.platform.workflow.Transition;

/** The legal time rules the {@code intake} table carries, with their sources. */
class IntakeWorkflowTest {

    @Test
    void article32TheAgencyHasFiveWorkingDaysToNotifyElseTheCaseCountsAsAcceptedOnReceipt() {
        // 行政许可法 第三十二条第一款第四项 (五日内一次告知, 逾期不告知的, 自收到申请材料之日起即为受理) with 第八十二条 (working days).
        Timeout timeout =
                IntakeWorkflow.DEFINITION.timeout(IntakeStates.RECEIVED).orElseThrow();
        assertThat(timeout.amount()).isEqualTo(5);
        assertThat(timeout.unit()).isEqualTo("WORKING_DAYS");
        assertThat(timeout.clockAsOf()).isEqualTo(IntakeStates.RECEIVED);
        assertThat(timeout.reason()).contains("第三十二条");
        assertThat(IntakeWorkflow.DEFINITION.find(IntakeStates.RECEIVED, "deemAccept"))
                .get()
                .extracting(Transition::permission, Transition::clock)
                .containsExactly(Transition.SYSTEM, ClockEffect.START);
    }

    @Test
    void article45SuspensionPausesAndArticle42ExtensionExtendsTheClock() {
        assertThat(IntakeWorkflow.DEFINITION
                        .find(IntakeStates.REVIEW, "suspend")
                        .orElseThrow()
                        .clock())
                .isEqualTo(ClockEffect.PAUSE);
        assertThat(IntakeWorkflow.DEFINITION
                        .find(IntakeStates.SUSPENDED, "resume")
                        .orElseThrow()
                        .clock())
                .isEqualTo(ClockEffect.RESUME);
        assertThat(IntakeWorkflow.DEFINITION
                        .find(IntakeStates.REVIEW, "extend")
                        .orElseThrow()
                        .clock())
                .isEqualTo(ClockEffect.EXTEND);
    }

    @Test
    void refusalsSupplementNoticesSuspensionsAndRevocationsNeedTheirReasons() {
        for (String[] row : new String[][] {
            {IntakeStates.RECEIVED, "reject"},
            {IntakeStates.RECEIVED, "requestSupplement"},
            {IntakeStates.REVIEW, "suspend"},
            {IntakeStates.REVIEW, "deny"},
            {IntakeStates.COMPLETED, "revoke"}
        }) {
            assertThat(IntakeWorkflow.DEFINITION
                            .find(row[0], row[1])
                            .orElseThrow()
                            .reasonRequired())
                    .as(row[1])
                    .isTrue();
        }
    }

    @Test
    void thePledgeVerificationPeriodDefaultsToThirtyDaysAsTheCitysRule() {
        // 国办发〔2020〕42号 leaves the verification period to the agencies' rules; the city sets it in its configuration.
        assertThat(Settings.DEFAULTS.pledgeVerificationAmount()).isEqualTo(30);
        assertThat(Settings.DEFAULTS.pledgeVerificationUnit()).isEqualTo("NATURAL_DAYS");
    }
}
