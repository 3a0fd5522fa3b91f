package org.tongban.helpdesk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tongban.helpdesk.HelpKind;

class SettingsTest {
    @Test
    void theDefaultLimitsPerKindAreTheCitysConfigurationDefaults() {
        // 即时帮办 closes within the day (DB14/T 2233-2020 即时办理); the other limits are city practice, configurable.
        Settings defaults = Settings.of(HelpdeskFixture.defaults(HelpdeskConfig.class));
        assertThat(defaults).isEqualTo(Settings.DEFAULTS);
        assertThat(defaults.days(HelpKind.INSTANT)).isEqualTo(1);
        assertThat(defaults.days(HelpKind.FORWARDED)).isEqualTo(5);
        assertThat(defaults.days(HelpKind.JOINT)).isEqualTo(10);
        assertThat(defaults.days(HelpKind.FULL_AGENCY)).isEqualTo(20);
    }

    @Test
    void theSatisfactionGoalIsYingkousNinetyFivePercentUnlessTheCitySetsItsOwn() {
        // 营口市 帮办代办 notice: 满意率不低于95%.
        assertThat(Settings.of(HelpdeskFixture.defaults(HelpdeskConfig.class)).satisfactionGoal())
                .isEqualTo(95);
        assertThatThrownBy(() -> new Settings(1, 5, 10, 20, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Settings(1, 5, 10, 20, 101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLimitOutsideOneToAYearIsRefused() {
        assertThatThrownBy(() -> new Settings(0, 5, 10, 20, 95)).isInstanceOf(IllegalArgumentException.class);
    }
}
