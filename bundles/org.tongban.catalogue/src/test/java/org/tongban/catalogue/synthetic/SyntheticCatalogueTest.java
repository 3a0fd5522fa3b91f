package org.tongban.catalogue.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.CatalogueDocument;
import org.tongban.catalogue.DocumentMatter;
import org.tongban.catalogue.Faq;
import org.tongban.catalogue.Matter;

class SyntheticCatalogueTest {

    @Test
    void hundredThousandMattersAndFaqsWithUniqueCodesAndSaneLimits() {
        CatalogueDocument doc = SyntheticCatalogue.of(100_000, 100_000, SyntheticCatalogue.DEFAULT_SEED)
                .document();

        assertThat(doc.matters()).hasSize(100_000);
        assertThat(doc.faqs()).hasSize(100_000);
        List<Matter> matters =
                doc.matters().stream().map(DocumentMatter::matter).toList();
        Set<String> codes = matters.stream().map(Matter::code).collect(Collectors.toSet());
        assertThat(codes).hasSize(100_000);
        Set<String> departments = doc.departments().stream().map(d -> d.code()).collect(Collectors.toSet());
        // Plain loops: AssertJ's contains() on 100,000 elements would scan lists, not look up sets.
        for (Matter m : matters) {
            assertThat(m.limits().promised().amount())
                    .isBetween(0, m.limits().legal().amount());
            assertThat(m.instant()).isEqualTo(m.limits().promised().amount() == 0);
            assertThat(departments.contains(m.departmentCode())).as(m.code()).isTrue();
            assertThat(m.materials().stream().map(x -> x.name()).distinct().count())
                    .isEqualTo(m.materials().size());
        }
        for (Faq f : doc.faqs()) {
            assertThat(codes.containsAll(f.matterCodes())).as(f.code()).isTrue();
        }
        assertThat(doc.faqs().stream().map(Faq::code).distinct()).hasSize(100_000);
        assertThat(matters.stream().map(Matter::name).distinct().count()).isGreaterThan(1_000);
        Map<String, Long> implementations =
                matters.stream().collect(Collectors.groupingBy(Matter::baseCode, Collectors.counting()));
        assertThat(implementations.values()).allSatisfy(n -> assertThat(n).isGreaterThan(1));
        assertThat(doc.lifeEvents()).isNotEmpty();
    }

    @Test
    void sameSeedGivesTheSameCatalogueAndAnotherSeedAnother() {
        CatalogueDocument a = SyntheticCatalogue.of(5_000, 5_000, 7).document();
        CatalogueDocument b = SyntheticCatalogue.of(5_000, 5_000, 7).document();
        CatalogueDocument c = SyntheticCatalogue.of(5_000, 5_000, 8).document();

        assertThat(b.matters()).isEqualTo(a.matters());
        assertThat(b.faqs()).isEqualTo(a.faqs());
        assertThat(b.lifeEvents()).isEqualTo(a.lifeEvents());
        assertThat(c.faqs()).isNotEqualTo(a.faqs());
    }
}
