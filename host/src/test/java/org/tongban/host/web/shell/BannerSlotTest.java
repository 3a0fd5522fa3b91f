package org.tongban.host.web.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.ui.ConsoleBanner;

/** Which banners a console page shows, over banners given as plain objects (the real ones are tested in their bundles). */
class BannerSlotTest {
    private static final ConsoleBanner.Notice HOLIDAYS = new ConsoleBanner.Notice(
            "worktime.banner", List.of("2027"), "worktime.banner.link", "console/worktime-calendar");

    private static ConsoleBanner banner(String permission, Optional<ConsoleBanner.Notice> notice) {
        return new ConsoleBanner() {
            @Override
            public String requiredPermission() {
                return permission;
            }

            @Override
            public Optional<ConsoleBanner.Notice> notice() {
                return notice;
            }
        };
    }

    @Test
    void aBannerIsAskedOnlyForAUserHoldingItsPermission() {
        ConsoleBanner calendar = banner("worktime:edit", Optional.of(HOLIDAYS));
        Set<String> clerk = Set.of("", "worktime:read");
        Set<String> maintainer = Set.of("", "worktime:edit");

        assertThat(BannerSlot.collect(List.of(calendar), clerk::contains)).isEmpty();
        assertThat(BannerSlot.collect(List.of(calendar), maintainer::contains)).containsExactly(HOLIDAYS);
    }

    @Test
    void aFailingBannerIsLeftOutAndTheOthersStillShow() {
        ConsoleBanner broken = () -> {
            throw new IllegalStateException("database down");
        };
        ConsoleBanner quiet = () -> Optional.empty();
        ConsoleBanner calendar = banner("", Optional.of(HOLIDAYS));

        assertThat(BannerSlot.collect(List.of(broken, quiet, calendar), permission -> true))
                .containsExactly(HOLIDAYS);
    }

    @Test
    void aBannerLinksOnlyToAPageOfThisSite() {
        assertThatThrownBy(() -> new ConsoleBanner.Notice("k", List.of(), "l", "https://example.com/"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConsoleBanner.Notice("k", List.of(), "l", "/console"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
