package org.tongban.platform.api.persistence;

import javax.sql.DataSource;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform database. A bundle that declares {@link #CHANGELOG_HEADER} gets this service only after its changelog
 * has been applied; if the migration fails, the service is withheld from that bundle, so its components that need the
 * database stay inactive while the rest of the platform keeps working.
 */
@ProviderType
public interface Database {

    /**
     * Manifest header naming a bundle's Liquibase changelog inside the bundle, for example
     * {@code Tongban-Changelog: db/changelog.xml}.
     */
    String CHANGELOG_HEADER = "Tongban-Changelog";

    /** The pooled data source. Prefer {@link #transactions()}, which joins the caller's transaction. */
    DataSource dataSource();

    /** Thread-bound transactions on this database, shared by every bundle. */
    Transactions transactions();

    /** The product, {@code h2} or {@code postgresql}, for the rare query that must differ. */
    String vendor();
}
