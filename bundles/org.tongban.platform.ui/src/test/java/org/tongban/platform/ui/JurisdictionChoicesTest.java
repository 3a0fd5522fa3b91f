package org.tongban.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.testing.TestJurisdictions.COMMUNITY;
import static org.tongban.testing.TestJurisdictions.JIEFANGLU;
import static org.tongban.testing.TestJurisdictions.JINAN;
import static org.tongban.testing.TestJurisdictions.LIXIA;
import static org.tongban.testing.TestJurisdictions.SHIZHONG;

import org.junit.jupiter.api.Test;
import org.tongban.testing.TestJurisdictions;

class JurisdictionChoicesTest {
    private final TestJurisdictions tree = new TestJurisdictions();

    @Test
    void listsTheSubtreeInTreeOrderTwoLevelsDeep() {
        JurisdictionChoices choices = JurisdictionChoices.below(tree, "370100", j -> true);

        assertThat(choices.items()).containsExactly(JINAN, LIXIA, JIEFANGLU, SHIZHONG);
        assertThat(choices.label(LIXIA)).isEqualTo("历下区");
        assertThat(choices.label(JIEFANGLU)).isEqualTo("历下区 · 解放路街道");
    }

    @Test
    void keepsOnlyWhatThePredicateAccepts() {
        JurisdictionChoices choices =
                JurisdictionChoices.below(tree, "370100", j -> !j.code().equals("370100"));

        assertThat(choices.items()).containsExactly(LIXIA, JIEFANGLU, SHIZHONG);
        assertThat(choices.find("370100")).isEmpty();
        assertThat(choices.findOrFirst("370100")).contains(LIXIA);
    }

    @Test
    void unknownOrMissingRootOffersNothing() {
        assertThat(JurisdictionChoices.below(tree, "999999").items()).isEmpty();
        assertThat(JurisdictionChoices.below(tree, null).isEmpty()).isTrue();
    }

    @Test
    void deeperWalksReachVillagesButNeverAskBelowThem() {
        JurisdictionChoices choices = JurisdictionChoices.below(tree, "370100", j -> true, 5, 2000);

        assertThat(choices.items()).containsExactly(JINAN, LIXIA, JIEFANGLU, COMMUNITY, SHIZHONG);
        // city, two districts, one street: the village is not asked for children
        assertThat(tree.childrenCalls()).isEqualTo(4);
    }

    @Test
    void theWalkStopsAtTheLimit() {
        assertThat(JurisdictionChoices.below(tree, "370100", j -> true, 3, 2).items())
                .containsExactly(JINAN, LIXIA);
    }

    @Test
    void administratorsSeeTheCode() {
        assertThat(JurisdictionChoices.labelWithCode(LIXIA)).isEqualTo("历下区（370102）");
    }
}
