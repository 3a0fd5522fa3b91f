package org.tongban.host.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.wiring.FrameworkWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hot deployment: installs and starts jars dropped into {@code deploy/}, updates changed ones and uninstalls removed
 * ones. It polls every 200 ms and acts on a file once its size and time stamp held still for one poll, so a half-copied
 * jar is never installed. It does what Felix FileInstall does for jars, but keeps each start failure for
 * {@code /health} and the console instead of only logging it.
 */
public final class DeployWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(DeployWatcher.class);
    private static final long POLL_MILLIS = 200;

    private final Path folder;
    private final BundleContext context;
    private final BundleProblems problems;
    private final int startLevel;
    private final Map<Path, Seen> installed = new HashMap<>();
    private final Map<Path, Seen> pending = new HashMap<>();
    /** Jars that are not valid bundles, skipped until they change, so a bad file is reported once, not each poll. */
    private final Map<Path, Seen> rejected = new HashMap<>();
    /**
     * Bundles from deploy/ that could not resolve yet. Jars dropped together arrive in any order, and a bundle may
     * need one that comes later, so these are started again whenever another bundle arrives.
     */
    private final Set<Long> unresolved = new HashSet<>();

    private ScheduledExecutorService poller;

    private record Seen(long size, long modified, long bundleId) {
        boolean sameFile(Seen other) {
            return other != null && size == other.size && modified == other.modified;
        }
    }

    DeployWatcher(Path folder, BundleContext context, BundleProblems problems, int startLevel) {
        this.folder = folder;
        this.context = context;
        this.problems = problems;
        this.startLevel = startLevel;
    }

    void start() {
        pollSafely();
        poller = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "tongban-deploy"));
        poller.scheduleWithFixedDelay(this::pollSafely, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
        LOG.info("Watching {} for bundles", folder);
    }

    void stop() {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException | IOException e) {
            LOG.warn("Deploy folder scan failed: {}", e.getMessage());
        }
    }

    /** One scan of the folder; synchronized with itself only. */
    synchronized void poll() throws IOException {
        Set<Path> present = new HashSet<>();
        List<Bundle> arrived = new ArrayList<>();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "*.jar")) {
            for (Path jar : jars) {
                present.add(jar);
                Seen now =
                        new Seen(Files.size(jar), Files.getLastModifiedTime(jar).toMillis(), -1);
                Seen known = installed.get(jar);
                if ((known != null && known.sameFile(now)) || now.sameFile(rejected.get(jar))) {
                    pending.remove(jar);
                    continue;
                }
                if (now.sameFile(pending.get(jar)) || isInitialScan()) {
                    pending.remove(jar);
                    Bundle bundle = deploy(jar, now, known);
                    if (bundle != null) {
                        arrived.add(bundle);
                    }
                } else {
                    pending.put(jar, now);
                }
            }
        }
        if (!arrived.isEmpty()) {
            startAll(arrived);
        }
        boolean uninstalled = false;
        for (Path gone : List.copyOf(installed.keySet())) {
            if (!present.contains(gone) && undeploy(gone, installed.get(gone))) {
                installed.remove(gone);
                uninstalled = true;
            }
        }
        if (uninstalled) {
            // One refresh for all removals: a refresh runs in the background holding the framework's global lock,
            // so refreshing after each uninstall would make the next one fail.
            context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(null);
        }
        pending.keySet().retainAll(present);
        rejected.keySet().retainAll(present);
    }

    private boolean isInitialScan() {
        return poller == null;
    }

    /** Installs or updates the jar's bundle; it is started after the whole scan, with the others that arrived. */
    private Bundle deploy(Path jar, Seen now, Seen known) {
        Bundle bundle = known == null ? null : context.getBundle(known.bundleId());
        try (InputStream in = Files.newInputStream(jar)) {
            if (bundle == null) {
                bundle = context.installBundle(jar.toUri().toString(), in);
                bundle.adapt(BundleStartLevel.class).setStartLevel(startLevel);
                LOG.info("Installed {} {} from deploy/", bundle.getSymbolicName(), bundle.getVersion());
            } else {
                bundle.update(in);
                LOG.info("Updated {} {} from deploy/", bundle.getSymbolicName(), bundle.getVersion());
            }
        } catch (BundleException | IOException e) {
            LOG.error("Cannot install {}: {}", jar.getFileName(), e.getMessage());
            rejected.put(jar, now);
            return null;
        }
        installed.put(jar, new Seen(now.size(), now.modified(), bundle.getBundleId()));
        return bundle;
    }

    /** Starts the bundles that arrived, then those still waiting for a dependency, until no more start. */
    private void startAll(List<Bundle> arrived) {
        List<Bundle> waiting = new ArrayList<>(arrived);
        for (long id : unresolved) {
            Bundle bundle = context.getBundle(id);
            if (bundle != null && !waiting.contains(bundle)) {
                waiting.add(bundle);
            }
        }
        unresolved.clear();
        boolean progress = true;
        while (progress && !waiting.isEmpty()) {
            progress = false;
            for (Bundle bundle : List.copyOf(waiting)) {
                if (BundleProblems.isFragment(bundle) || start(bundle)) {
                    waiting.remove(bundle);
                    progress = true;
                }
            }
        }
        for (Bundle bundle : waiting) {
            unresolved.add(bundle.getBundleId());
            LOG.warn(
                    "Bundle {} from deploy/ waits for a dependency: {}",
                    bundle.getSymbolicName(),
                    problems.error(bundle.getBundleId()));
        }
    }

    /** Starts one bundle; false when it cannot resolve yet, true when it started or failed for another reason. */
    private boolean start(Bundle bundle) {
        try {
            bundle.start();
            return true;
        } catch (BundleException e) {
            problems.record(bundle, e);
            if (e.getType() == BundleException.RESOLVE_ERROR) {
                return false;
            }
            LOG.error(
                    "Bundle {} from deploy/ failed to start: {}", bundle.getSymbolicName(), BundleProblems.describe(e));
            return true;
        } catch (RuntimeException e) {
            problems.record(bundle, e);
            LOG.error(
                    "Bundle {} from deploy/ failed to start: {}", bundle.getSymbolicName(), BundleProblems.describe(e));
            return true;
        }
    }

    /** Uninstalls the jar's bundle; false keeps it listed so that the next poll tries again. */
    private boolean undeploy(Path jar, Seen seen) {
        Bundle bundle = context.getBundle(seen.bundleId());
        if (bundle == null) {
            return true;
        }
        try {
            unresolved.remove(bundle.getBundleId());
            bundle.uninstall();
            LOG.info("Uninstalled {} (removed from deploy/)", jar.getFileName());
            return true;
        } catch (BundleException | IllegalStateException e) {
            LOG.warn("Cannot uninstall {} yet, will retry: {}", jar.getFileName(), e.getMessage());
            return false;
        }
    }
}
