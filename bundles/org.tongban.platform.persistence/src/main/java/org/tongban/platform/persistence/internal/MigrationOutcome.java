package org.tongban.platform.persistence.internal;

import org.osgi.framework.Bundle;
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.platform.api.health.ComponentHealth.Status;

/** The result of applying one bundle's changelog, for one installed revision of the bundle. */
record MigrationOutcome(long bundleId, String symbolicName, long lastModified, String changelog, String error) {

    static MigrationOutcome of(Bundle bundle, String changelog, String error) {
        return new MigrationOutcome(
                bundle.getBundleId(), bundle.getSymbolicName(), bundle.getLastModified(), changelog, error);
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
                ? new ComponentHealth(name, Status.UP, changelog + " applied", bundleId)
                : ComponentHealth.down(name, error, bundleId);
    }
}
