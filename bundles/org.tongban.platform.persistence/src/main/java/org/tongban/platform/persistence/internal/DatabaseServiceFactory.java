package org.tongban.platform.persistence.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.persistence.Database;

/**
 * Hands each bundle the shared database, except a bundle whose changelog failed: it gets null, so its components that
 * need the database stay unsatisfied while every other bundle keeps working.
 */
final class DatabaseServiceFactory implements ServiceFactory<Database> {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseServiceFactory.class);

    private final Database database;
    private final SchemaMigrations migrations;

    DatabaseServiceFactory(Database database, SchemaMigrations migrations) {
        this.database = database;
        this.migrations = migrations;
    }

    @Override
    public Database getService(Bundle bundle, ServiceRegistration<Database> registration) {
        if (migrations.permits(bundle)) {
            return database;
        }
        LOG.debug("Database withheld from bundle {}: its schema migration failed", bundle.getSymbolicName());
        return null;
    }

    @Override
    public void ungetService(Bundle bundle, ServiceRegistration<Database> registration, Database service) {}
}
