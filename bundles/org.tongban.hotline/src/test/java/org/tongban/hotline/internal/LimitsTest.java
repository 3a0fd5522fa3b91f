package org.tongban.hotline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tongban.hotline.TicketType;
import org.tongban.hotline.Urgency;

/** The default limits of the Shandong rules for the 12345 line, and a city's own. */
class LimitsTest {
    @Test
    void shandongDefaultsFiveWorkingDaysToHandleTwoToReturnTenOfExtensionAndNaturalHoursWhenUrgent() {
        Limits l = Limits.DEFAULTS;
        assertThat(l.of(Limits.HANDLE, Urgency.NORMAL, TicketType.COMPLAINT))
                .isEqualTo(new Limits.Limit(5, "WORKING_DAYS"));
        assertThat(l.of(Limits.SIGN, Urgency.NORMAL, TicketType.HELP)).isEqualTo(new Limits.Limit(1, "WORKING_DAYS"));
        assertThat(l.of(Limits.RETURN, Urgency.NORMAL, TicketType.HELP)).isEqualTo(new Limits.Limit(2, "WORKING_DAYS"));
        assertThat(l.of(Limits.HANDLE, Urgency.URGENT, TicketType.HELP))
                .isEqualTo(new Limits.Limit(24, "NATURAL_HOURS"));
        assertThat(l.of(Limits.SIGN, Urgency.URGENT, TicketType.HELP)).isEqualTo(new Limits.Limit(1, "NATURAL_HOURS"));
        assertThat(l.maxExtensionDays()).isEqualTo(10);
    }

    @Test
    void aCitySetsItsOwnLimitPerTypeAndUrgency() {
        Limits l = Limits.of(new Config(new String[] {"HANDLE/NORMAL/CONSULTATION=3 WORKING_DAYS"}));
        assertThat(l.of(Limits.HANDLE, Urgency.NORMAL, TicketType.CONSULTATION))
                .isEqualTo(new Limits.Limit(3, "WORKING_DAYS"));
        assertThat(l.of(Limits.HANDLE, Urgency.NORMAL, TicketType.COMPLAINT))
                .isEqualTo(new Limits.Limit(5, "WORKING_DAYS"));
    }

    private record Config(String[] limits) implements HotlineConfig {
        @Override
        public Class<? extends java.lang.annotation.Annotation> annotationType() {
            return HotlineConfig.class;
        }

        @Override
        public int maxExtensionDays() {
            return 10;
        }

        @Override
        public int warningPercent() {
            return 80;
        }

        @Override
        public int callbackRetryHours() {
            return 4;
        }

        @Override
        public int callbackAttempts() {
            return 3;
        }

        @Override
        public double similarityCutoff() {
            return 0.45;
        }

        @Override
        public int similarityDays() {
            return 7;
        }

        @Override
        public int nearbyMeters() {
            return 300;
        }

        @Override
        public int webFormPerHour() {
            return 5;
        }
    }
}
