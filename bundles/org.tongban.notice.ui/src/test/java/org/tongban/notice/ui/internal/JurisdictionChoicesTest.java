package org.tongban.notice.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
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
    }

    @Test
    void unknownOrMissingRootOffersNothing() {
        assertThat(JurisdictionChoices.below(tree, "999999", j -> true).items()).isEmpty();
        assertThat(JurisdictionChoices.below(tree, null, j -> true).items()).isEmpty();
    }
}
