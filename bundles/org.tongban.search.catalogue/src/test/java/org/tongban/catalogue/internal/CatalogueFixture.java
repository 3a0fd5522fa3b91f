package org.tongban.catalogue.internal;

import java.io.IOException;
import java.io.InputStream;
import org.tongban.catalogue.CatalogueEditing;
import org.tongban.catalogue.CatalogueListener;
import org.tongban.catalogue.CatalogueTopics;
import org.tongban.catalogue.ImportResult;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.workflow.internal.JdbcWorkflows;
import org.tongban.testing.TestDatabase;

/**
 * The real catalogue on a fresh in-memory H2 database with its changelog applied, as the platform runs it. It lives in
 * the catalogue's package because listeners are bound there by Declarative Services, not through the API.
 */
public final class CatalogueFixture {
    private final Database database;
    private final AccessControl accessControl;
    private final AuditLog auditLog;
    private final Jurisdictions jurisdictions;
    private final JdbcMatterCatalogue catalogue;
    private final JdbcCatalogueEditing editing;
    private final JdbcWorkflows workflows;

    private CatalogueFixture(
            Database database, AccessControl accessControl, AuditLog auditLog, Jurisdictions jurisdictions) {
        this.database = database;
        this.accessControl = accessControl;
        this.auditLog = auditLog;
        this.jurisdictions = jurisdictions;
        this.catalogue = new JdbcMatterCatalogue(database, jurisdictions);
        this.workflows = new JdbcWorkflows(database, accessControl, auditLog, (topic, aggregate, payload) -> {});
        this.editing =
                new JdbcCatalogueEditing(database, accessControl, auditLog, jurisdictions, this::deliver, workflows);
    }

    private final java.util.List<CatalogueListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Delivers a catalogue event after its transaction commits, as the outbox would. */
    private void deliver(String topic, String aggregate, java.util.Map<String, String> payload) {
        String code = payload.get(CatalogueTopics.MATTER);
        database.transactions().afterCommit(() -> {
            for (CatalogueListener listener : listeners) {
                switch (topic) {
                    case CatalogueTopics.PUBLISHED ->
                        catalogue.publishedMatter(code).ifPresent(listener::published);
                    case CatalogueTopics.WITHDRAWN -> listener.withdrawn(code);
                    default -> listener.faqsChanged(code);
                }
            }
        });
    }

    public static CatalogueFixture onH2(AccessControl accessControl, AuditLog auditLog, Jurisdictions jurisdictions) {
        // The platform's workflow tables first, as the workflow bundle starts before the catalogue.
        TestDatabase database = TestDatabase.h2("db/workflow-changelog.xml");
        TestDatabase.migrated(database.dataSource(), "h2", "db/catalogue-changelog.xml");
        return new CatalogueFixture(database, accessControl, auditLog, jurisdictions);
    }

    public MatterCatalogue catalogue() {
        return catalogue;
    }

    public CatalogueEditing editing() {
        return editing;
    }

    /** Registers a listener that hears the catalogue's events after each commit. */
    public void listen(CatalogueListener listener) {
        listeners.add(listener);
    }

    /** Loads a demo catalogue (published, as the system) the way demo mode does: no listener hears of it. */
    public ImportResult loadWithoutEvents(String resource) throws IOException {
        CatalogueContext context =
                new CatalogueContext(database, accessControl, auditLog, jurisdictions, CatalogueEvents.NONE, workflows);
        try (InputStream in = CatalogueFixture.class.getResourceAsStream(resource)) {
            return DemoCatalogueLoader.load(context, in, resource).orElseThrow();
        }
    }
}
