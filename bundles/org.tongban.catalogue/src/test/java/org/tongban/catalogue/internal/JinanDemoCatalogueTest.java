package org.tongban.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.ConsistencyGroup;
import org.tongban.catalogue.ImportResult;
import org.tongban.catalogue.MatterQuery;
import org.tongban.platform.api.persistence.Database;

/**
 * The demo catalogue shipped for Jinan loads cleanly against Jinan's real jurisdiction tree, as demo mode would load
 * it, and gives the consistency report something to show.
 */
class JinanDemoCatalogueTest {
    private static final String DEMO = "/demo/catalogue-jinan.json";
    private static final Path SEED = Path.of("../../distribution/src/main/cities/jinan/jurisdictions.json");

    @Test
    void theDemoCatalogueLoadsCompletelyAndOnlyOnce() throws Exception {
        assumeTrue(getClass().getResource(DEMO) != null && Files.exists(SEED), "no Jinan demo catalogue to check");
        Database database = H2Schema.create();
        SeedJurisdictions jurisdictions = new SeedJurisdictions(SEED);
        FakeAccessControl nobody = new FakeAccessControl(new FakeJurisdictions());
        CatalogueContext context =
                new CatalogueContext(database, nobody, new RecordingAuditLog(), jurisdictions, CatalogueEvents.NONE);

        ImportResult result;
        try (InputStream in = getClass().getResourceAsStream(DEMO)) {
            result = DemoCatalogueLoader.load(context, in, DEMO).orElseThrow();
        }

        assertThat(result.errors()).isEmpty();
        assertThat(result.created()).isGreaterThanOrEqualTo(150);
        JdbcMatterCatalogue catalogue = new JdbcMatterCatalogue(database, jurisdictions);
        assertThat(catalogue.publishedMatters(MatterQuery.of("370102")).total()).isGreaterThan(0);
        JdbcConsistencyReport report = new JdbcConsistencyReport(database, nobody, jurisdictions);
        assertThat(report.report("370100", false, true)).anyMatch(g -> !g.consistent());
        assertThat(report.report("370100", false, false))
                .extracting(ConsistencyGroup::baseCode)
                .doesNotHaveDuplicates();
        try (InputStream in = getClass().getResourceAsStream(DEMO)) {
            assertThat(DemoCatalogueLoader.load(context, in, DEMO)).isEmpty();
        }
    }
}
