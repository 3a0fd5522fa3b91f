package org.tongban.platform.persistence.internal;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.platform.api.persistence.Database;

/**
 * The Liquibase extender. Tracking bundles in STARTING state, it applies a bundle's {@code Tongban-Changelog} before
 * the bundle becomes ACTIVE, which is when Felix SCR activates its components; bundles already active when tracking
 * begins are migrated at once. Every start migrates again (a no-op unless the changelog changed), so an updated bundle
 * gets its new changesets and a failure can be retried by restarting the bundle. A changelog whose files are unchanged
 * since they were last applied is not handed to Liquibase ({@link ChangelogDigests}). Outcomes are kept for the health
 * view.
 */
final class SchemaMigrations implements BundleTrackerCustomizer<Bundle> {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);

    private final BundleContext context;
    private final DataSource dataSource;
    private final Map<Long, MigrationOutcome> outcomes = new ConcurrentHashMap<>();
    /** One migration at a time: Liquibase's lock table is shared and H2 commits DDL implicitly. */
    private final Object migrating = new Object();

    SchemaMigrations(BundleContext context, DataSource dataSource) {
        this.context = context;
        this.dataSource = dataSource;
    }

    /** Whether the bundle may have the database: it declares no changelog, or its changelog is applied. */
    boolean permits(Bundle bundle) {
        String changelog = changelogOf(bundle);
        if (changelog == null) {
            return true;
        }
        MigrationOutcome outcome = outcomes.get(bundle.getBundleId());
        if (outcome == null || !outcome.isFor(bundle)) {
            // Asked before the tracker saw the bundle start (lazy activation): migrate now.
            outcome = migrate(bundle, changelog, false);
        }
        return outcome.succeeded();
    }

    /** Health of every installed bundle's last migration; no database access. */
    List<ComponentHealth> health() {
        outcomes.keySet().removeIf(id -> context.getBundle(id) == null);
        return outcomes.values().stream()
                .sorted(Comparator.comparing(MigrationOutcome::symbolicName))
                .map(MigrationOutcome::health)
                .toList();
    }

    @Override
    public Bundle addingBundle(Bundle bundle, BundleEvent event) {
        String changelog = changelogOf(bundle);
        if (changelog == null) {
            return null;
        }
        migrate(bundle, changelog, true);
        return bundle;
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, Bundle tracked) {}

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, Bundle tracked) {}

    private MigrationOutcome migrate(Bundle bundle, String changelog, boolean again) {
        synchronized (migrating) {
            MigrationOutcome known = outcomes.get(bundle.getBundleId());
            if (!again && known != null && known.isFor(bundle)) {
                return known; // another thread migrated it while this one waited
            }
            MigrationOutcome outcome = apply(bundle, changelog);
            outcomes.put(bundle.getBundleId(), outcome);
            return outcome;
        }
    }

    private MigrationOutcome apply(Bundle bundle, String changelog) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        ClassLoader loader = wiring == null ? null : wiring.getClassLoader();
        if (loader == null) {
            LOG.error("Cannot apply {} of bundle {}: the bundle is not resolved", changelog, bundle.getSymbolicName());
            return MigrationOutcome.failed(
                    bundle, changelog, "bundle not resolved, changelog " + changelog + " not applied");
        }
        long start = System.nanoTime();
        try {
            boolean ran = new ChangelogMigrator(dataSource, loader, bundle.getSymbolicName(), changelog)
                    .digest(digestOf(bundle, changelog))
                    .migrate();
            LOG.info(
                    ran ? "Applied {} of bundle {} in {} ms" : "{} of bundle {} unchanged since applied ({} ms)",
                    changelog,
                    bundle.getSymbolicName(),
                    (System.nanoTime() - start) / 1_000_000);
            return MigrationOutcome.applied(bundle, changelog, !ran);
        } catch (MigrationException e) {
            LOG.error(
                    "Changelog {} of bundle {} failed; the bundle gets no database: {}",
                    changelog,
                    bundle.getSymbolicName(),
                    e.getMessage(),
                    e);
            return MigrationOutcome.failed(bundle, changelog, e.getMessage());
        }
    }

    /** The changelog's digest, or null (always run Liquibase) when the bundle's files cannot be read. */
    private static String digestOf(Bundle bundle, String changelog) {
        try {
            return ChangelogContent.digest(bundle, changelog);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read the files of {} in bundle {}: {}", changelog, bundle.getSymbolicName(), e.toString());
            return null;
        }
    }

    private static String changelogOf(Bundle bundle) {
        String value = bundle.getHeaders("").get(Database.CHANGELOG_HEADER);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
