package org.tongban.catalogue.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.catalogue.CatalogueDocument;
import org.tongban.catalogue.CatalogueFormatException;
import org.tongban.catalogue.ImportResult;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.workflow.Workflows;

/**
 * In demo mode only, fills an empty catalogue with the city's demo data ({@code demo/catalogue-<city>.json}), all
 * published, as the system. Never runs outside demo mode, and never over data that is already there.
 */
@Component(immediate = true)
public final class DemoCatalogueLoader {
    private static final Logger LOG = LoggerFactory.getLogger(DemoCatalogueLoader.class);

    @Activate
    public DemoCatalogueLoader(
            BundleContext bundleContext,
            @Reference Database database,
            @Reference AccessControl accessControl,
            @Reference AuditLog auditLog,
            @Reference Jurisdictions jurisdictions,
            @Reference Workflows workflows) {
        if (!PlatformProperties.isDemo(bundleContext.getProperty(PlatformProperties.DEMO))) {
            return;
        }
        String resource = "demo/catalogue-" + bundleContext.getProperty(PlatformProperties.CITY) + ".json";
        URL url = bundleContext.getBundle().getEntry(resource);
        if (url == null) {
            LOG.info("Demo mode: no demo catalogue {} in this bundle, catalogue left as it is", resource);
            return;
        }
        CatalogueContext context =
                new CatalogueContext(database, accessControl, auditLog, jurisdictions, CatalogueEvents.NONE, workflows);
        try (InputStream in = url.openStream()) {
            load(context, in, resource);
        } catch (IOException | RuntimeException e) {
            LOG.error("Demo catalogue {} could not be loaded", resource, e);
        }
    }

    /** Imports the demo document if the catalogue has no matter yet; returns what was done, or empty if skipped. */
    static Optional<ImportResult> load(CatalogueContext context, InputStream in, String name) throws IOException {
        long matters = context.read(c -> Jdbc.one(c, "SELECT COUNT(*) FROM catalogue_matter", r -> r.getLong(1))
                .orElse(0L));
        if (matters > 0) {
            LOG.info("Demo mode: catalogue already holds {} matters, {} not loaded", matters, name);
            return Optional.empty();
        }
        CatalogueDocument document;
        try {
            document = new JsonCatalogueCodec().read(in);
        } catch (CatalogueFormatException e) {
            LOG.error("Demo catalogue {} is not valid: {}", name, e.getMessage());
            return Optional.empty();
        }
        ImportResult result =
                new CatalogueImporter(context, (permission, jurisdiction) -> true).importDocument(document, true);
        if (result.ok()) {
            LOG.info(
                    "Demo mode: loaded {} matters, {} departments, {} FAQ entries and {} life events from {}",
                    result.created(),
                    result.departmentsChanged(),
                    result.faqsChanged(),
                    result.lifeEventsChanged(),
                    name);
        } else {
            LOG.error("Demo catalogue {} was rejected, nothing loaded: {}", name, result.errors());
        }
        return Optional.of(result);
    }
}
