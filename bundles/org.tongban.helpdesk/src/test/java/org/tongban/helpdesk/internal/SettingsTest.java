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
    void aLimitOutsideOneToAYearIsRefused() {
        assertThatThrownBy(() -> new Settings(0, 5, 10, 20)).isInstanceOf(IllegalArgumentException.class);
    }
}
