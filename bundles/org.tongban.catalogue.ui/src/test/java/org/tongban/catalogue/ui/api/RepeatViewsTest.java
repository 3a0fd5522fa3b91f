package org.tongban.catalogue.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Views posted in a loop from one address count once, so that nobody can push a guide into 热门事项 alone. */
class RepeatViewsTest {
    private final MovableClock clock = new MovableClock();
    private final RepeatViews repeats = new RepeatViews(clock);

    @Test
    void oneAddressCountsAGuideOnceWhileOthersStillCount() {
        assertThat(repeats.firstView("203.0.113.9", "370100-001")).isTrue();
        for (int i = 0; i < 50; i++) {
            assertThat(repeats.firstView("203.0.113.9", "370100-001")).isFalse();
        }
        assertThat(repeats.firstView("203.0.113.9", "370100-002"))
                .as("another guide")
                .isTrue();
        assertThat(repeats.firstView("198.51.100.7", "370100-001"))
                .as("another reader")
                .isTrue();
    }

    @Test
    void theSameReaderCountsAgainOnlyAfterAWholeWindowWithoutRepeating() {
        assertThat(repeats.firstView("203.0.113.9", "370100-001")).isTrue();

        clock.advance(RepeatViews.WINDOW);
        assertThat(repeats.firstView("203.0.113.9", "370100-001"))
                .as("the next window still remembers")
                .isFalse();

        clock.advance(RepeatViews.WINDOW.multipliedBy(2));
        assertThat(repeats.firstView("203.0.113.9", "370100-001")).isTrue();
    }

    @Test
    void aFloodOfAddressesStopsCountingAtTheCapUntilTheWindowTurns() {
        for (int i = 0; i < RepeatViews.MAX_PAIRS; i++) {
            repeats.firstView("10.0." + (i / 256) + "." + (i % 256), "370100-001");
        }
        assertThat(repeats.firstView("192.0.2.1", "370100-001")).isFalse();

        clock.advance(RepeatViews.WINDOW);
        assertThat(repeats.firstView("192.0.2.1", "370100-001")).isTrue();
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-03-02T02:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
