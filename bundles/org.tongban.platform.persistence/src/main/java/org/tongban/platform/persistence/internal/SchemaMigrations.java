package org.tongban.platform.persistence.internal;

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
 * gets its new changesets and a failure can be retried by restarting the bundle. Outcomes are kept for the health view.
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
            MigrationOutcome outcome = MigrationOutcome.of(bundle, changelog, apply(bundle, changelog));
            outcomes.put(bundle.getBundleId(), outcome);
            return outcome;
        }
    }

    /** The error message, or null on success. */
    private String apply(Bundle bundle, String changelog) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        ClassLoader loader = wiring == null ? null : wiring.getClassLoader();
        if (loader == null) {
            LOG.error("Cannot apply {} of bundle {}: the bundle is not resolved", changelog, bundle.getSymbolicName());
            return "bundle not resolved, changelog " + changelog + " not applied";
        }
        long start = System.nanoTime();
        try {
            new ChangelogMigrator(dataSource, loader, bundle.getSymbolicName(), changelog).migrate();
            LOG.info(
                    "Applied {} of bundle {} in {} ms",
                    changelog,
                    bundle.getSymbolicName(),
                    (System.nanoTime() - start) / 1_000_000);
            return null;
        } catch (MigrationException e) {
            LOG.error(
                    "Changelog {} of bundle {} failed; the bundle gets no database: {}",
                    changelog,
                    bundle.getSymbolicName(),
                    e.getMessage(),
                    e);
            return e.getMessage();
        }
    }

    private static String changelogOf(Bundle bundle) {
        String value = bundle.getHeaders("").get(Database.CHANGELOG_HEADER);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
