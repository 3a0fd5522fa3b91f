package org.tongban.host.osgi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.platform.api.health.HealthContributor;

/**
 * The jars of {@code deploy/} that do not run, as health: one DEGRADED component {@code deploy:<file>} each, with the
 * reason in Chinese for the operator who dropped it. A jar that could not be installed stays listed until it changes or
 * is removed; a bundle that could not resolve or start stays listed until it is active or its jar is removed.
 */
final class DeployProblems implements HealthContributor {

    /** Prefix of the component names. */
    static final String PREFIX = "deploy:";

    private record Problem(String reason, long bundleId) {}

    private final BundleContext context;
    private final Map<Path, Problem> problems = new ConcurrentSkipListMap<>();

    DeployProblems(BundleContext context) {
        this.context = context;
    }

    /** The jar could not be installed or updated (unreadable, not a bundle, refused by the framework). */
    void notInstalled(Path jar, String reason) {
        problems.put(jar, new Problem(reason, -1));
    }

    /** The jar's bundle is installed but not running, for {@code reason}. */
    void notStarted(Path jar, long bundleId, String reason) {
        problems.put(jar, new Problem(reason, bundleId));
    }

    /** The jar was installed or started: nothing to report any more. */
    void cleared(Path jar) {
        problems.remove(jar);
    }

    /** Forgets the jars that are no longer in the folder. */
    void retain(Collection<Path> present) {
        problems.keySet().retainAll(present);
    }

    @Override
    public List<ComponentHealth> health() {
        List<ComponentHealth> result = new ArrayList<>();
        problems.forEach((jar, problem) -> {
            if (problem.bundleId() >= 0 && isActiveOrGone(problem.bundleId())) {
                return; // started later (by the console or a dependency that arrived) or uninstalled by hand
            }
            result.add(new ComponentHealth(
                    PREFIX + jar.getFileName(),
                    ComponentHealth.Status.DEGRADED,
                    jar.getFileName() + "：" + problem.reason(),
                    problem.bundleId()));
        });
        return result;
    }

    private boolean isActiveOrGone(long bundleId) {
        Bundle bundle = context.getBundle(bundleId);
        return bundle == null || bundle.getState() == Bundle.ACTIVE;
    }
}
