package org.tongban.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.TrackedCase;

/**
 * Tracking without signing in: the number and the applicant's last 4 characters show the state and milestones and
 * nothing personal; anything else, a forged number or wrong characters, gets the same empty answer, within limits.
 */
abstract class CaseTrackingContract extends IntakeTestBase {
    private static final String HOME = "203.0.113.7";

    JdbcCaseTracking tracking;
    IntakeCase accepted;

    @BeforeEach
    void acceptedCase() {
        tracking = new JdbcCaseTracking(f.db.transactions(), new TrackingLimits(10, 10, f.time));
        accepted = accepted();
        f.access.logOut();
    }

    @Test
    void theNumberAndTheLastFourCharactersShowStateAndMilestonesWithoutPersonalData() {
        // COMPANY's credit code ends in 5L67; the tail is read case-insensitively, as people type it.
        TrackedCase tracked = tracking.track(accepted.number(), "5l67", HOME).orElseThrow();

        assertThat(tracked.state()).isEqualTo("ACCEPTED");
        assertThat(tracked.matterName()).isEqualTo("食品经营许可（新办）");
        assertThat(tracked.milestones())
                .extracting(TrackedCase.Milestone::kind)
                .containsExactly("RECEIVED", "ACCEPTANCE");
        assertThat(tracked.toString())
                .doesNotContain(COMPANY.name(), COMPANY.identifier(), AGENT.name(), AGENT.idNumber());
    }

    @Test
    void aForgedNumberAndWrongCharactersGetTheSameEmptyAnswer() {
        assertThat(tracking.track(accepted.number(), "5L68", HOME)).isEmpty();
        assertThat(tracking.track("SL370102209912310999", "5L67", HOME)).isEmpty();
        assertThat(tracking.track("'; DROP TABLE intake_case; --", "5L67", HOME))
                .isEmpty();
        assertThat(tracking.track(accepted.number(), null, HOME)).isEmpty();
        assertThat(f.db.count("intake_case")).isOne();
    }

    @Test
    void tenWrongTriesAtOneNumberSilenceItForAnHour() {
        for (int i = 0; i < 10; i++) {
            assertThat(tracking.track(accepted.number(), String.format("%04d", i), "198.51.100." + i))
                    .isEmpty();
        }
        assertThat(tracking.track(accepted.number(), "5L67", HOME))
                .as("even the right characters, within the hour")
                .isEmpty();

        f.time.set(f.time.instant().plusSeconds(3601));
        assertThat(tracking.track(accepted.number(), "5L67", HOME)).isPresent();
    }

    @Test
    void oneAddressAsksAtMostTenTimesAMinute() {
        for (int i = 0; i < 10; i++) {
            assertThat(tracking.track(accepted.number(), "5L67", HOME)).isPresent();
        }
        assertThatThrownBy(() -> tracking.track(accepted.number(), "5L67", HOME))
                .hasMessage("查询过于频繁，请一分钟后再试");
        assertThat(tracking.track(accepted.number(), "5L67", "198.51.100.1")).isPresent();

        f.time.set(f.time.instant().plusSeconds(61));
        assertThat(tracking.track(accepted.number(), "5L67", HOME))
                .map(TrackedCase::state)
                .isEqualTo(Optional.of("ACCEPTED"));
    }
}
