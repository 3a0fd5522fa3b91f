package org.tongban.platform.persistence.internal;

import java.util.ArrayList;
import java.util.List;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.platform.api.health.HealthContributor;
import org.tongban.platform.api.persistence.Database;

/**
 * Opens the platform database, runs the changelog extender and registers {@link Database} as a bundle-scoped service
 * factory (by hand, because DS cannot withhold a service from one bundle). A configuration change restarts it all.
 */
@Component(
        service = HealthContributor.class,
        immediate = true,
        configurationPid = PersistenceComponent.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = DatabaseConfig.class)
// Registered by hand, so declared by hand for resolvers that check service requirements.
@Capability(
        namespace = "osgi.service",
        attribute = "objectClass:List<String>=org.tongban.platform.api.persistence.Database",
        uses = Database.class)
public final class PersistenceComponent implements HealthContributor {

    static final String PID = "org.tongban.platform.persistence";

    private static final Logger LOG = LoggerFactory.getLogger(PersistenceComponent.class);

    private final PooledDatabase database;
    private final SchemaMigrations migrations;
    private final BundleTracker<Bundle> tracker;
    private final ServiceRegistration<Database> registration;

    @Activate
    public PersistenceComponent(BundleContext context, DatabaseConfig config) {
        String url = JdbcUrls.effectiveUrl(config.url(), context.getProperty(PlatformProperties.HOME));
        try {
            database = PooledDatabase.open(url, config.user(), config.password(), config.maximumPoolSize());
        } catch (RuntimeException e) {
            LOG.error("No platform database: {}", e.getMessage());
            throw e;
        }
        LOG.info(
                "Platform database {} at {}, pool of at most {}",
                database.vendor(),
                JdbcUrls.redact(url),
                config.maximumPoolSize());
        migrations = new SchemaMigrations(context, database.dataSource());
        // Migrates the bundles already started before anyone can get the service.
        tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, migrations);
        tracker.open();
        registration = context.registerService(Database.class, new DatabaseServiceFactory(database, migrations), null);
    }

    @Deactivate
    void deactivate() {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the framework unregistered it while stopping this bundle
        }
        tracker.close();
        database.close();
    }

    @Override
    public List<ComponentHealth> health() {
        List<ComponentHealth> health = new ArrayList<>();
        health.add(database.health());
        health.addAll(migrations.health());
        return health;
    }
}
