package org.tongban.catalogue.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.GuideVersion;

/** Two versions are compared older to newer, whichever was ticked first; one or three compare nothing. */
class VersionPairTest {
    private static final Instant AT = Instant.parse("2026-11-20T02:00:00Z");
    private final GuideVersion v1 = new GuideVersion(1, GuideStatus.SUPERSEDED, "lixia.clerk", AT, null);
    private final GuideVersion v3 = new GuideVersion(3, GuideStatus.DRAFT, "lixia.clerk", AT, "改承诺时限");
    private final GuideVersion v2 = new GuideVersion(2, GuideStatus.PUBLISHED, "city.clerk", AT, null);

    @Test
    void theOlderVersionComesFirst() {
        VersionPair pair = VersionPair.of(List.of(v3, v1)).orElseThrow();

        assertThat(pair.older()).isEqualTo(v1);
        assertThat(pair.newer()).isEqualTo(v3);
    }

    @Test
    void onlyExactlyTwoVersionsMakeAPair() {
        assertThat(VersionPair.of(Set.of(v1))).isEmpty();
        assertThat(VersionPair.of(List.of(v1, v2, v3))).isEmpty();
        assertThat(VersionPair.of(List.of())).isEmpty();
    }

    @Test
    void anEmptiedFieldIsMarkedNotBlank() {
        assertThat(VersionPair.shown("", "（无）")).isEqualTo("（无）");
        assertThat(VersionPair.shown(null, "（无）")).isEqualTo("（无）");
        assertThat(VersionPair.shown("5", "（无）")).isEqualTo("5");
    }
}
