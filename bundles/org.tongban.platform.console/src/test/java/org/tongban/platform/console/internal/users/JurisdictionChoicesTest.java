package org.tongban.platform.console.internal.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdiction.Level;
import org.tongban.platform.api.security.Jurisdictions;

class JurisdictionChoicesTest {
    private final TreeJurisdictions tree = new TreeJurisdictions();

    JurisdictionChoicesTest() {
        tree.add("370000", "山东省", Level.PROVINCE, null);
        tree.add("370100", "济南市", Level.CITY, "370000");
        tree.add("370102", "历下区", Level.COUNTY, "370100");
        tree.add("370102001", "解放路街道", Level.TOWN, "370102");
        tree.add("370102001001", "和平路社区", Level.VILLAGE, "370102001");
        tree.add("370103", "市中区", Level.COUNTY, "370100");
        tree.add("370200", "青岛市", Level.CITY, "370000");
    }

    @Test
    void offersTheAdministratorsJurisdictionAndItsSubtreeInTreeOrder() {
        assertThat(JurisdictionChoices.below(tree, "370100"))
                .extracting(Jurisdiction::code)
                .containsExactly("370100", "370102", "370102001", "370102001001", "370103");
    }

    @Test
    void neverOffersAParentOrASibling() {
        assertThat(JurisdictionChoices.below(tree, "370102"))
                .extracting(Jurisdiction::code)
                .doesNotContain("370100", "370103", "370000");
    }

    @Test
    void stopsAtTheDepthLimit() {
        assertThat(JurisdictionChoices.below(tree, "370000"))
                .extracting(Jurisdiction::code)
                .containsExactly("370000", "370100", "370102", "370102001", "370103", "370200");
    }

    @Test
    void anUnknownOrMissingRootOffersNothing() {
        assertThat(JurisdictionChoices.below(tree, "999999")).isEmpty();
        assertThat(JurisdictionChoices.below(tree, null)).isEmpty();
    }

    @Test
    void labelsShowNameAndCode() {
        assertThat(JurisdictionChoices.label(tree.find("370102").orElseThrow())).isEqualTo("历下区（370102）");
    }

    /** The jurisdiction tree in memory. */
    private static final class TreeJurisdictions implements Jurisdictions {
        private final Map<String, Jurisdiction> byCode = new LinkedHashMap<>();

        void add(String code, String name, Level level, String parent) {
            byCode.put(code, new Jurisdiction(code, name, level, parent));
        }

        @Override
        public Optional<Jurisdiction> find(String code) {
            return Optional.ofNullable(byCode.get(code));
        }

        @Override
        public List<Jurisdiction> children(String code) {
            return byCode.values().stream()
                    .filter(j -> Objects.equals(j.parentCode(), code))
                    .sorted(Comparator.comparing(Jurisdiction::code))
                    .toList();
        }

        @Override
        public List<Jurisdiction> ancestry(String code) {
            List<Jurisdiction> chain = new ArrayList<>();
            for (Jurisdiction j = byCode.get(code); j != null; j = byCode.get(j.parentCode())) {
                chain.addFirst(j);
            }
            return chain;
        }

        @Override
        public boolean contains(String ancestor, String descendant) {
            return ancestry(descendant).stream().anyMatch(j -> j.code().equals(ancestor));
        }
    }
}
