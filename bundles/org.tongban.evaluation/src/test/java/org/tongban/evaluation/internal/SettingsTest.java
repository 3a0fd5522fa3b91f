package org.tongban.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SettingsTest {
    @Test
    void defaultsFollowTheirSources() {
        assertThat(Settings.DEFAULTS.defaultDays())
                .as("广东省: 7 natural days, then 默认好评 基本满意")
                .isEqualTo(7);
        assertThat(Settings.DEFAULTS.rectifyDays())
                .as("Yingkou/Jinan: 5 working days to close out")
                .isEqualTo(5);
        assertThat(Settings.DEFAULTS.activeRateGoal())
                .as("营口: ≥ 40% actively rated")
                .isEqualTo(40);
    }

    @Test
    void aCityMayNotGoBeyondTheNationalFifteenWorkingDays() {
        assertThatThrownBy(() -> new Settings(7, 7, 16, 80, 40, 500, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Settings(7, 7, 15, 80, 40, 500, 30).rectifyDays())
                .as("国办发〔2019〕51号: 15")
                .isEqualTo(15);
    }
}
