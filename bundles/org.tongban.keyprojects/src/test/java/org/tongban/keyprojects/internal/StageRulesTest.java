package org.tongban.keyprojects.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tongban.keyprojects.StageStatus;

class StageRulesTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 21);

    @Test
    void theWarningPeriodCountsWorkingDaysBackFromTheTargetSkippingTheWeekend() {
        assertThat(new StageRules(1, KeyProjectsFixture::weekday).warnFrom("370102", MONDAY))
                .isEqualTo(MONDAY);
        assertThat(new StageRules(2, KeyProjectsFixture::weekday).warnFrom("370102", MONDAY))
                .isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(new StageRules(0, KeyProjectsFixture::weekday).warnFrom("370102", MONDAY))
                .isEqualTo(MONDAY);
        // A target on a Sunday: the Friday before is the last working day of the period.
        assertThat(new StageRules(1, KeyProjectsFixture::weekday).warnFrom("370102", LocalDate.of(2026, 12, 20)))
                .isEqualTo(LocalDate.of(2026, 12, 18));
    }

    @Test
    void statusFollowsTheDates() {
        StageRules rules = new StageRules(StageRules.DEFAULT_WARNING_WORKING_DAYS, KeyProjectsFixture::weekday);
        assertThat(rules.status("370102", MONDAY, false, LocalDate.of(2026, 12, 14)))
                .isEqualTo(StageStatus.ON_SCHEDULE);
        assertThat(rules.status("370102", MONDAY, false, LocalDate.of(2026, 12, 15)))
                .isEqualTo(StageStatus.AT_RISK);
        assertThat(rules.status("370102", MONDAY, false, MONDAY)).isEqualTo(StageStatus.AT_RISK);
        assertThat(rules.status("370102", MONDAY, false, MONDAY.plusDays(1))).isEqualTo(StageStatus.LATE);
        assertThat(rules.status("370102", MONDAY, true, MONDAY.plusDays(30))).isEqualTo(StageStatus.DONE);
    }

    @Test
    void theSubtreePrefixDropsTrailingZeroPairs() {
        assertThat(KeyProjectService.subtreePrefix("370102")).isEqualTo("370102");
        assertThat(KeyProjectService.subtreePrefix("370100")).isEqualTo("3701");
        assertThat(KeyProjectService.subtreePrefix("370000")).isEqualTo("37");
    }
}
