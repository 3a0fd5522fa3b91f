package org.tongban.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.catalogue.CataloguePermissions.EDIT;
import static org.tongban.catalogue.CataloguePermissions.PUBLISH;
import static org.tongban.catalogue.CataloguePermissions.READ;
import static org.tongban.testing.Jinan.JINAN;
import static org.tongban.testing.Jinan.LIXIA;
import static org.tongban.testing.Jinan.SHIZHONG;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.tongban.catalogue.CatalogueDocument;
import org.tongban.catalogue.CatalogueTopics;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.ImportResult;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.workflow.internal.JdbcWorkflows;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestJurisdictions;

/** The catalogue's services on a real, emptied database, with the users of Jinan's demo. */
abstract class CatalogueTestBase {
    /** The platform's workflow tables and the catalogue's, as the bundles apply them. */
    static final String CHANGELOG = "db/catalogue-with-workflow.xml";

    static final String CATALOGUE_CHANGELOG = "db/catalogue-changelog.xml";
    static final String TEST_CATALOGUE = "/demo/catalogue-test.json";

    final TestJurisdictions jurisdictions = new TestJurisdictions();
    final FakeAccessControl accessControl = new FakeAccessControl(jurisdictions);
    final RecordingAuditLog auditLog = new RecordingAuditLog();
    final List<String> heard = new ArrayList<>();

    /** The events as handlers would see them: only those of committed transactions. */
    final DomainEvents events = (topic, aggregate, payload) -> {
        String what =
                switch (topic) {
                    case CatalogueTopics.PUBLISHED -> "published ";
                    case CatalogueTopics.WITHDRAWN -> "withdrawn ";
                    case CatalogueTopics.FAQS_CHANGED -> "faqs ";
                    default -> topic + " ";
                };
        assertThat(aggregate).isEqualTo("matter/" + payload.get(CatalogueTopics.MATTER));
        database().transactions().afterCommit(() -> heard.add(what + payload.get(CatalogueTopics.MATTER)));
    };

    /** The guide versions' workflow steps (topic and case) as handlers would see them: committed ones only. */
    final List<String> steps = new ArrayList<>();

    final JsonCatalogueCodec json = new JsonCatalogueCodec();
    JdbcWorkflows workflows;

    JdbcMatterCatalogue catalogue;
    JdbcCatalogueEditing editing;
    JdbcCatalogueExchange exchange;
    JdbcConsistencyReport report;

    abstract Database database();

    @BeforeEach
    void emptyCatalogue() throws SQLException {
        try (Connection connection = database().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM platform_workflow_history WHERE kind = 'guide'");
            statement.executeUpdate("DELETE FROM platform_workflow WHERE kind = 'guide'");
            for (String table : List.of(
                    "catalogue_guide_view",
                    "catalogue_version_attachment",
                    "catalogue_guide_version",
                    "catalogue_matter",
                    "catalogue_attachment",
                    "catalogue_faq_matter",
                    "catalogue_faq",
                    "catalogue_life_event_matter",
                    "catalogue_life_event",
                    "catalogue_department")) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        }
        catalogue = new JdbcMatterCatalogue(database(), jurisdictions);
        workflows = workflows(database(), accessControl, auditLog, (topic, aggregate, payload) -> database()
                .transactions()
                .afterCommit(() -> steps.add(topic + " " + aggregate)));
        editing = new JdbcCatalogueEditing(database(), accessControl, auditLog, jurisdictions, events, workflows);
        exchange = new JdbcCatalogueExchange(database(), accessControl, auditLog, jurisdictions, events, workflows);
        exchange.addCodec(json);
        report = new JdbcConsistencyReport(database(), accessControl, jurisdictions);
    }

    /** The platform's workflow service on this database, as the workflow bundle runs it. */
    static JdbcWorkflows workflows(
            Database database, AccessControl accessControl, AuditLog auditLog, DomainEvents events) {
        return new JdbcWorkflows(database, accessControl, auditLog, events);
    }

    void actAsCityPublisher() {
        accessControl.actAs("city.clerk", JINAN, READ, EDIT, PUBLISH);
    }

    void actAsLixiaEditor() {
        accessControl.actAs("lixia.clerk", LIXIA, READ, EDIT);
    }

    void actAsShizhongEditor() {
        accessControl.actAs("shizhong.clerk", SHIZHONG, READ, EDIT);
    }

    /** The three departments the test matters belong to, created by the city. */
    void departments() {
        actAsCityPublisher();
        editing.saveDepartment(new Department("370100-SJJ", "济南市市场监督管理局", JINAN, "0531-12345678"));
        editing.saveDepartment(new Department("370102-SJJ", "济南市历下区市场监督管理局", LIXIA, null));
        editing.saveDepartment(new Department("370103-SJJ", "济南市市中区市场监督管理局", SHIZHONG, null));
        accessControl.logOut();
    }

    CatalogueDocument testDocument() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(TEST_CATALOGUE)) {
            return json.read(in);
        }
    }

    /** Imports the small test catalogue (three matters, as the file says: published) as the city publisher. */
    ImportResult importTestCatalogue() throws IOException {
        actAsCityPublisher();
        ImportResult result = exchange.importDocument(testDocument(), false);
        accessControl.logOut();
        heard.clear();
        auditLog.clear();
        return result;
    }

    long count(String table) throws SQLException {
        try (Connection connection = database().dataSource().getConnection();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Row counts of every catalogue table, to show that nothing changed. */
    List<Long> snapshot() throws SQLException {
        List<Long> counts = new ArrayList<>();
        for (String table : List.of(
                "catalogue_matter",
                "catalogue_guide_version",
                "platform_workflow",
                "platform_workflow_history",
                "catalogue_attachment",
                "catalogue_faq",
                "catalogue_life_event",
                "catalogue_department")) {
            counts.add(count(table));
        }
        return counts;
    }
}
