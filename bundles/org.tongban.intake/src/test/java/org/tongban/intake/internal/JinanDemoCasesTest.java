package org.tongban.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.internal.JsonCatalogueCodec;
import org.tongban.intake.IntakePermissions;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.workflow.internal.JdbcCaseNumbers;
import org.tongban.testing.Jinan;
import org.tongban.testing.TestDatabase;

/** Jinan's demo cases fit Jinan's demo catalogue: every matter, material and tolerance they name is there. */
class JinanDemoCasesTest {
    private final IntakeFixture f = new IntakeFixture(TestDatabase.h2(IntakeFixture.CHANGELOG));

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void everyDemoCaseOfJinanLoadsFromTheDemoCatalogueInItsState() throws Exception {
        DocumentCatalogue catalogue;
        try (InputStream in = JsonCatalogueCodec.class.getResourceAsStream("/demo/catalogue-jinan.json")) {
            catalogue = new DocumentCatalogue(new JsonCatalogueCodec().read(in));
        }
        f.access.actAs("system", Jinan.JINAN, IntakePermissions.RECEIVE);
        IntakeContext context = new IntakeContext(
                f.db.transactions(),
                f.access,
                f.audit,
                f.jurisdictions,
                f.workflows,
                new JdbcCaseNumbers(f.db),
                f.timers,
                (topic, aggregate, payload) -> {},
                Settings.DEFAULTS,
                f.time);
        context.workflowClock = f.workingTime;

        assertThat(DemoCases.load(context, catalogue, DemoCases.JINAN)).isEqualTo(DemoCases.JINAN.size());
        List<String> states = f.db.transactions()
                .read(c -> Jdbc.list(c, "SELECT state FROM intake_case ORDER BY state", r -> r.getString(1)));
        assertThat(states)
                .containsExactlyInAnyOrderElementsOf(
                        DemoCases.JINAN.stream().map(DemoCases.Demo::state).toList());
        assertThat(f.db.count("intake_material WHERE supply_due IS NOT NULL")).isOne();
        assertThat(DemoCases.JINAN.stream().map(DemoCases.Demo::state).collect(java.util.stream.Collectors.toSet()))
                .as("a demo case in every state of the workflow")
                .isEqualTo(IntakeWorkflow.DEFINITION.states());
        assertThat(f.db.count("intake_case WHERE assignee = '" + DemoCases.DEMO_REVIEWER + "'"))
                .as("the demo reviewer holds the cases under review, suspended and approved")
                .isEqualTo(3);
        assertThat(f.db.count("intake_case WHERE pledge AND pledge_verified_at IS NOT NULL"))
                .as("the revoked one")
                .isOne();

        f.access.logOut();
        assertThat(f.fireTimers())
                .as("the decided pledge's verification is due as the demo starts")
                .isOne();
        assertThat(f.db.count("intake_case WHERE pledge_lapsed_at IS NOT NULL")).isOne();
        assertThat(f.neighbours.notifications.inbox("department:370102-XSP", java.util.Locale.SIMPLIFIED_CHINESE, 5))
                .as("the department is told in its inbox")
                .hasSize(1);
    }
}
