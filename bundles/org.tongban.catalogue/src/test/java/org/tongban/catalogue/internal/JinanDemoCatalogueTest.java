package org.tongban.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.ConsistencyGroup;
import org.tongban.catalogue.ImportResult;
import org.tongban.catalogue.MatterQuery;
import org.tongban.platform.api.persistence.Database;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.JurisdictionTree;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.SeedJurisdictions;
import org.tongban.testing.TestDatabase;
import org.tongban.testing.TestJurisdictions;

/**
 * The demo catalogue shipped for Jinan loads cleanly against Jinan's real jurisdiction tree, as demo mode would load
 * it, and gives the consistency report something to show.
 */
class JinanDemoCatalogueTest {
    private static final String DEMO = "/demo/catalogue-jinan.json";

    @Test
    void theDemoCatalogueLoadsCompletelyAndOnlyOnce() throws Exception {
        assertThat(getClass().getResource(DEMO)).as(DEMO).isNotNull();
        Database database = TestDatabase.h2(CatalogueTestBase.CHANGELOG);
        JurisdictionTree jurisdictions = SeedJurisdictions.jinan();
        FakeAccessControl nobody = new FakeAccessControl(new TestJurisdictions());
        RecordingAuditLog audit = new RecordingAuditLog();
        CatalogueContext context = new CatalogueContext(
                database,
                nobody,
                audit,
                jurisdictions,
                CatalogueEvents.NONE,
                CatalogueTestBase.workflows(database, nobody, audit, (topic, aggregate, payload) -> {}));

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
