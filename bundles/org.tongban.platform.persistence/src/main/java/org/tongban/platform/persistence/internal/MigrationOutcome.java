package org.tongban.platform.persistence.internal;

import org.osgi.framework.Bundle;
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.platform.api.health.ComponentHealth.Status;

/**
 * The result of applying one bundle's changelog, for one installed revision of the bundle.
 *
 * @param unchanged whether Liquibase was skipped because the changelog's files were applied before as they are
 * @param error the failure's message, or null
 */
record MigrationOutcome(
        long bundleId, String symbolicName, long lastModified, String changelog, boolean unchanged, String error) {

    static MigrationOutcome applied(Bundle bundle, String changelog, boolean unchanged) {
        return new MigrationOutcome(
                bundle.getBundleId(), bundle.getSymbolicName(), bundle.getLastModified(), changelog, unchanged, null);
    }

    static MigrationOutcome failed(Bundle bundle, String changelog, String error) {
        return new MigrationOutcome(
                bundle.getBundleId(), bundle.getSymbolicName(), bundle.getLastModified(), changelog, false, error);
    }

    boolean succeeded() {
        return error == null;
    }

    /** Whether this outcome is about the bundle as it is installed now (an update changes its last-modified time). */
    boolean isFor(Bundle bundle) {
        return bundle.getBundleId() == bundleId && bundle.getLastModified() == lastModified;
    }

    ComponentHealth health() {
        String name = "schema:" + symbolicName;
        return succeeded()
                ? new ComponentHealth(
                        name, Status.UP, changelog + (unchanged ? " unchanged since applied" : " applied"), bundleId)
                : ComponentHealth.down(name, error, bundleId);
    }
}
