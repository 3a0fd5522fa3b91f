package org.tongban.hall.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The rules' defaults, each with its source, and the configuration's checks. */
class HallRulesTest {
    private final HallRules defaults = HallRules.of(HallFixture.defaults(HallConfig.class));

    @Test
    void threeNoShowsWithinThirtyDaysBlockForThirtyDaysAsIssue15AndTheCitiesPractice() {
        assertThat(defaults.noShowLimit()).isEqualTo(3);
        assertThat(defaults.noShowWindow()).isEqualTo(Duration.ofDays(30));
        assertThat(defaults.blockFor()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void elderlyFromSixtyAsTheLawOnTheElderlyArticle2() {
        assertThat(defaults.elderlyAge()).isEqualTo(60);
    }

    @Test
    void priorityNumbersGoFirstByDefaultAndEveryNthWhenConfigured() {
        assertThat(defaults.priorityEvery()).isEqualTo(1);
        assertThat(HallRules.priorityEvery("EVERY_3")).isEqualTo(3);
        assertThatThrownBy(() -> HallRules.priorityEvery("SOMETIMES")).hasMessage("大厅配置项 priorityRule 的值无效：SOMETIMES");
    }

    @Test
    void slotsAreBookableAWeekAheadAndLateBookingsBecomeNoShowsAfterHalfAnHour() {
        assertThat(defaults.bookingDaysAhead()).isEqualTo(7);
        assertThat(defaults.noShowGrace()).isEqualTo(Duration.ofMinutes(30));
    }
}
