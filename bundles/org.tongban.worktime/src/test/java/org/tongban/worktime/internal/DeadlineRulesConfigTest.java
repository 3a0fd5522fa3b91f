package org.tongban.worktime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.testing.Jinan.JINAN;
import static org.tongban.testing.Jinan.LIXIA;
import static org.tongban.testing.Jinan.SHANDONG;
import static org.tongban.testing.Jinan.SHIZHONG;
import static org.tongban.testing.MutableClock.beijing;

import java.util.Map;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestDatabase;
import org.tongban.testing.TestJurisdictions;
import org.tongban.worktime.CountingStart;
import org.tongban.worktime.DeadlineRules;
import org.tongban.worktime.ExtensionRule;
import org.tongban.worktime.LimitUnit;
import org.tongban.worktime.WorktimeException;

/** The configurable deadline rules reach the calendars of the jurisdictions they are set for. */
class DeadlineRulesConfigTest {

    @Test
    void countingStartIsSetPerJurisdictionAndTheNearestLevelWins() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:rules_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
        TestJurisdictions jurisdictions = new TestJurisdictions();
        Settings settings = new Settings(
                Settings.DEFAULTS.defaultOfficeHours(),
                2,
                80,
                0,
                DeadlineRules.DEFAULTS,
                Map.of(JINAN, CountingStart.NEXT_WORKING_DAY, LIXIA, CountingStart.CALENDAR_DATE));
        JdbcCalendarService calendars = new JdbcCalendarService(
                TestDatabase.migrated(dataSource, "h2", WorktimeContract.CHANGELOG),
                new FakeAccessControl(jurisdictions),
                new RecordingAuditLog(),
                jurisdictions,
                settings);

        // Accepted on Saturday 2025-03-01, 1 working day.
        assertThat(calendars.calendar(SHANDONG).addWorkingDays(beijing("2025-03-01T10:00"), 1))
                .as("default, 民法典 第201条")
                .isEqualTo(beijing("2025-03-03T17:30"));
        assertThat(calendars.calendar(SHIZHONG).addWorkingDays(beijing("2025-03-01T10:00"), 1))
                .as("inherits the city's next-working-day rule")
                .isEqualTo(beijing("2025-03-04T17:30"));
        assertThat(calendars.calendar(LIXIA).addWorkingDays(beijing("2025-03-01T10:00"), 1))
                .as("the district sets the calendar date again")
                .isEqualTo(beijing("2025-03-03T17:30"));
        assertThat(calendars.calendar(SHIZHONG).deadlineRules())
                .isEqualTo(new DeadlineRules(CountingStart.NEXT_WORKING_DAY, true));
    }

    @Test
    void extensionDefaultsAreParsedPerUnit() {
        assertThat(ClockRules.extensions(new String[] {"WORKING_DAYS = 1x10", "NATURAL_DAYS=2×30", " "}))
                .containsEntry(LimitUnit.WORKING_DAYS, new ExtensionRule(1, 10))
                .containsEntry(LimitUnit.NATURAL_DAYS, new ExtensionRule(2, 30));
        assertThat(ClockRules.DEFAULTS.extensionFor(LimitUnit.NATURAL_HOURS)).isEqualTo(ExtensionRule.NONE);
        assertThatThrownBy(() -> ClockRules.extensions(new String[] {"DAYS=1x10"}))
                .isInstanceOf(WorktimeException.class)
                .hasMessageContaining("DAYS=1x10");
        assertThatThrownBy(() -> new ExtensionRule(1, 0)).isInstanceOf(WorktimeException.class);
    }
}
