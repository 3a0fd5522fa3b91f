package org.tongban.host.osgi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the deploy folder watcher knows about the jars in {@code deploy/}, and what it decides at each scan. A jar is
 * acted on once its size and time stamp held still for one scan (so a half-copied jar is never installed), except at
 * the first scan, which takes what is there. A jar that is not a valid bundle is skipped until it changes, so it is
 * reported once, not at every scan.
 */
final class DeployState {

    /**
     * A jar's size and modification time.
     *
     * @param size bytes
     * @param modified milliseconds since the epoch
     */
    record Seen(long size, long modified) {}

    /** A step the watcher takes for one jar. */
    sealed interface Action permits Install, Update, Uninstall {
        Path jar();
    }

    /** Install a new jar. */
    record Install(Path jar, Seen seen) implements Action {}

    /** Update the bundle of a changed jar. */
    record Update(Path jar, Seen seen, long bundleId) implements Action {}

    /** Uninstall the bundle of a removed jar. */
    record Uninstall(Path jar, long bundleId) implements Action {}

    private record Installed(Seen seen, long bundleId) {}

    private final Map<Path, Installed> installed = new HashMap<>();
    private final Map<Path, Seen> pending = new HashMap<>();
    private final Map<Path, Seen> rejected = new HashMap<>();

    /** The steps for the jars now in the folder: installs and updates first, in folder order, then uninstalls. */
    List<Action> scan(Map<Path, Seen> present, boolean initial) {
        List<Action> actions = new ArrayList<>();
        present.forEach((jar, now) -> {
            Installed known = installed.get(jar);
            if ((known != null && known.seen().equals(now)) || now.equals(rejected.get(jar))) {
                pending.remove(jar);
            } else if (initial || now.equals(pending.get(jar))) {
                pending.remove(jar);
                actions.add(known == null ? new Install(jar, now) : new Update(jar, now, known.bundleId()));
            } else {
                pending.put(jar, now);
            }
        });
        installed.forEach((jar, known) -> {
            if (!present.containsKey(jar)) {
                actions.add(new Uninstall(jar, known.bundleId()));
            }
        });
        pending.keySet().retainAll(present.keySet());
        rejected.keySet().retainAll(present.keySet());
        return actions;
    }

    /** The jar's bundle is installed or updated. */
    void installed(Path jar, Seen seen, long bundleId) {
        installed.put(jar, new Installed(seen, bundleId));
        rejected.remove(jar);
    }

    /** The jar could not be installed or updated: skip it until it changes. */
    void rejected(Path jar, Seen seen) {
        rejected.put(jar, seen);
    }

    /** The removed jar's bundle is gone. (When uninstalling fails, the jar stays known and the next scan retries.) */
    void uninstalled(Path jar) {
        installed.remove(jar);
    }

    /** Whether a jar of the folder has its bundle installed. */
    boolean isInstalled(Path jar) {
        return installed.containsKey(jar);
    }
}
