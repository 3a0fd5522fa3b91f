package org.tongban.worktime.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.testing.TestJurisdictions.LIXIA;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.ui.ConsoleBanner;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.TestJurisdictions;
import org.tongban.worktime.CalendarService;
import org.tongban.worktime.ClockService;

/**
 * When the console tells the calendar maintainers that a year in use lacks its notice. The fixture covers 2025 and
 * 2026 and counts 2027 and 2028 provisionally.
 */
class MissingYearBannerTest {
    private final TestJurisdictions jurisdictions = new TestJurisdictions();
    private final InMemoryCalendars calendars = new InMemoryCalendars();
    private final FakeAccessControl maintainer = FakeAccessControl.clerkOf(jurisdictions, LIXIA.code());

    // Midnight in Beijing is 16:00 UTC the day before.
    private static Clock beijing(String date) {
        return Clock.fixed(Instant.parse(LocalDate.parse(date).minusDays(1) + "T16:00:00Z"), ZoneOffset.UTC);
    }

    private MissingYearBanner banner(CalendarService service, FakeAccessControl user, String date) {
        return new MissingYearBanner(service, user, beijing(date));
    }

    @Test
    void fromTheFirstOfDecemberNextYearIsInUseAndItsProvisionalCountingIsAnnounced() {
        assertThat(banner(calendars, maintainer, "2026-11-30").notice()).isEmpty();

        ConsoleBanner.Notice notice =
                banner(calendars, maintainer, "2026-12-01").notice().orElseThrow();

        assertThat(notice.textKey()).isEqualTo("worktime.banner.provisional");
        assertThat(notice.textArgs()).containsExactly("2027");
        assertThat(notice.link()).isEqualTo("console/worktime-calendar");
        assertThat(notice.linkKey()).isEqualTo("worktime.banner.link");
    }

    @Test
    void aClerkWhoOnlyReadsCalendarsIsNotBothered() {
        FakeAccessControl reader = new FakeAccessControl(jurisdictions)
                .actAs("reader", LIXIA.code(), CalendarService.READ_PERMISSION, ClockService.CLOCK_PERMISSION);
        FakeAccessControl loader =
                new FakeAccessControl(jurisdictions).actAs("loader", LIXIA.code(), CalendarService.HOLIDAYS_PERMISSION);

        assertThat(banner(calendars, reader, "2027-03-01").notice()).isEmpty();
        assertThat(banner(calendars, loader, "2027-03-01").notice()).isPresent();
    }

    @Test
    void aYearThatCannotBeCountedAtAllIsNamedAsMissing() {
        // Provisional counting turned off: 2027 is neither covered nor provisional.
        InMemoryCalendars noProvisional = new InMemoryCalendars();
        noProvisional.provisionalCounting = false;

        ConsoleBanner.Notice notice =
                banner(noProvisional, maintainer, "2027-01-04").notice().orElseThrow();

        assertThat(notice.textKey()).isEqualTo("worktime.banner.missing");
        assertThat(notice.textArgs()).containsExactly("2027");
    }

    @Test
    void theYearsInUseAreThisYearAndNextYearInDecember() {
        assertThat(MissingYearBanner.yearsInUse(LocalDate.of(2026, 11, 30))).containsExactly(2026);
        assertThat(MissingYearBanner.yearsInUse(LocalDate.of(2026, 12, 1))).containsExactly(2026, 2027);
        assertThat(MissingYearBanner.yearsInUse(LocalDate.of(2027, 1, 1))).containsExactly(2027);
    }
}
