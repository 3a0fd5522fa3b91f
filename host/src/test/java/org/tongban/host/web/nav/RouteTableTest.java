package org.tongban.host.web.nav;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tongban.host.web.nav.RouteTable.Candidate;
import org.tongban.host.web.nav.RouteTable.Change;

class RouteTableTest {

    private final RouteTable<String> table = new RouteTable<>();

    @Test
    void theFirstContributionOfARouteIsLive() {
        Change<String> change = table.add(new Candidate<>(1, 0, "notices", "standard"));

        assertThat(change.liveChanged()).isTrue();
        assertThat(change.before()).isNull();
        assertThat(change.after()).isEqualTo("standard");
        assertThat(table.live("notices")).isEqualTo("standard");
    }

    @Test
    void aHigherRankedContributionShadowsTheLiveOneAndGivesItBackWhenItLeaves() {
        table.add(new Candidate<>(1, 0, "notices", "standard"));

        Change<String> override = table.add(new Candidate<>(2, 10, "notices", "city"));
        assertThat(override.before()).isEqualTo("standard");
        assertThat(override.after()).isEqualTo("city");
        assertThat(table.isLive(2)).isTrue();
        assertThat(table.isLive(1)).isFalse();

        Change<String> back = table.remove(2);
        assertThat(back.before()).isEqualTo("city");
        assertThat(back.after()).isEqualTo("standard");
        assertThat(table.live("notices")).isEqualTo("standard");
    }

    @Test
    void aSecondContributionOfEqualRankWaitsAndTakesOverWhenTheFirstLeaves() {
        table.add(new Candidate<>(5, 0, "notices", "first"));

        Change<String> second = table.add(new Candidate<>(7, 0, "notices", "second"));
        assertThat(second.liveChanged()).isFalse();
        assertThat(table.live("notices")).isEqualTo("first");
        assertThat(table.candidates("notices")).extracting(Candidate::entry).containsExactly("first", "second");

        Change<String> gone = table.remove(5);
        assertThat(gone.after()).isEqualTo("second");
        assertThat(table.live("notices")).isEqualTo("second");
    }

    @Test
    void removingAShadowedContributionChangesNothingVisible() {
        table.add(new Candidate<>(1, 10, "notices", "city"));
        table.add(new Candidate<>(2, 0, "notices", "standard"));

        Change<String> change = table.remove(2);

        assertThat(change.liveChanged()).isFalse();
        assertThat(table.live("notices")).isEqualTo("city");
    }

    @Test
    void theLastContributionLeavingEmptiesTheRoute() {
        table.add(new Candidate<>(1, 0, "notices", "standard"));
        table.add(new Candidate<>(2, 0, "console/notices", "editor"));

        Change<String> change = table.remove(1);

        assertThat(change.after()).isNull();
        assertThat(table.live("notices")).isNull();
        assertThat(table.candidates("notices")).isEmpty();
        assertThat(table.live()).containsExactly("editor");
    }

    @Test
    void negativeRankingsRankBelowTheDefault() {
        table.add(new Candidate<>(3, -5, "notices", "fallback"));
        table.add(new Candidate<>(4, 0, "notices", "standard"));

        assertThat(table.live("notices")).isEqualTo("standard");
    }

    @Test
    void removingAnUnknownServiceIsANoOp() {
        assertThat(table.remove(42).liveChanged()).isFalse();
    }
}
