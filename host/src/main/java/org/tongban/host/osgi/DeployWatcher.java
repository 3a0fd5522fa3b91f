package org.tongban.host.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.wiring.FrameworkWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hot deployment: installs and starts jars dropped into {@code deploy/}, updates changed ones and uninstalls removed
 * ones, then refreshes the updated and removed bundles before starting anything. It polls every 200 ms and acts on a
 * file once its size and time stamp held still for one poll (see {@link DeployState}), so a half-copied jar is never
 * installed. It does what Felix FileInstall does for jars, but reports every jar that does not run (unreadable, not a
 * bundle, unresolved, failed to start) in {@code /health} (see {@link DeployProblems}) instead of only logging it.
 */
public final class DeployWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(DeployWatcher.class);
    private static final long POLL_MILLIS = 200;
    private static final long REFRESH_TIMEOUT_SECONDS = 60;

    private final Path folder;
    private final BundleContext context;
    private final BundleProblems problems;
    private final int startLevel;
    private final DeployState state = new DeployState();
    private final DeployProblems deployProblems;
    /** The jar each bundle installed from deploy/ came from. */
    private final Map<Long, Path> jars = new HashMap<>();
    /**
     * Bundles from deploy/ that could not resolve yet. Jars dropped together arrive in any order, and a bundle may
     * need one that comes later, so these are started again whenever another bundle arrives.
     */
    private final Set<Long> unresolved = new HashSet<>();

    private ScheduledExecutorService poller;

    DeployWatcher(Path folder, BundleContext context, BundleProblems problems, int startLevel) {
        this.folder = folder;
        this.context = context;
        this.problems = problems;
        this.startLevel = startLevel;
        this.deployProblems = new DeployProblems(context);
    }

    /** The jars of the folder that do not run, as health. */
    DeployProblems problems() {
        return deployProblems;
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

    /**
     * One scan of the folder; synchronized with itself only. New jars are installed, changed ones updated and removed
     * ones uninstalled; then the updated and uninstalled bundles are refreshed, so that the bundles wired to their old
     * revisions are rewired to the new ones (and the old class loaders can go), and only after the refresh has
     * finished are the new bundles started.
     */
    synchronized void poll() throws IOException {
        Map<Path, DeployState.Seen> present = new TreeMap<>();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "*.jar")) {
            for (Path jar : jars) {
                present.put(
                        jar,
                        new DeployState.Seen(
                                Files.size(jar), Files.getLastModifiedTime(jar).toMillis()));
            }
        }
        deployProblems.retain(present.keySet());
        List<Bundle> arrived = new ArrayList<>();
        Set<Bundle> refresh = new LinkedHashSet<>();
        for (DeployState.Action action : state.scan(present, isInitialScan())) {
            switch (action) {
                case DeployState.Install install -> {
                    Bundle bundle = install(install.jar(), install.seen());
                    if (bundle != null) {
                        arrived.add(bundle);
                    }
                }
                case DeployState.Update update -> {
                    Bundle bundle = update(update);
                    if (bundle != null) {
                        arrived.add(bundle);
                        refresh.add(bundle);
                    }
                }
                case DeployState.Uninstall uninstall -> {
                    Bundle bundle = context.getBundle(uninstall.bundleId());
                    if (bundle == null) {
                        state.uninstalled(uninstall.jar());
                    } else if (undeploy(uninstall.jar(), bundle)) {
                        state.uninstalled(uninstall.jar());
                        refresh.add(bundle);
                    }
                }
            }
        }
        if (!refresh.isEmpty()) {
            refresh(refresh);
        }
        if (!arrived.isEmpty() || !refresh.isEmpty()) {
            startAll(arrived);
        }
    }

    private boolean isInitialScan() {
        return poller == null;
    }

    /** Installs the jar's bundle; it is started after the whole scan, with the others that arrived. */
    private Bundle install(Path jar, DeployState.Seen seen) {
        String unreadable = DeployReasons.unreadable(jar);
        if (unreadable != null) {
            return rejected(jar, seen, unreadable);
        }
        try (InputStream in = Files.newInputStream(jar)) {
            Bundle bundle = context.installBundle(jar.toUri().toString(), in);
            bundle.adapt(BundleStartLevel.class).setStartLevel(startLevel);
            LOG.info("Installed {} {} from deploy/", bundle.getSymbolicName(), bundle.getVersion());
            installed(jar, seen, bundle);
            return bundle;
        } catch (BundleException | IOException | RuntimeException e) {
            return rejected(jar, seen, DeployReasons.notInstalled(e));
        }
    }

    private void installed(Path jar, DeployState.Seen seen, Bundle bundle) {
        state.installed(jar, seen, bundle.getBundleId());
        jars.put(bundle.getBundleId(), jar);
        deployProblems.cleared(jar);
    }

    /** Skips the jar until it changes, and reports it. */
    private Bundle rejected(Path jar, DeployState.Seen seen, String reason) {
        LOG.error("Cannot install {}: {}", jar.getFileName(), reason);
        state.rejected(jar, seen);
        deployProblems.notInstalled(jar, reason);
        return null;
    }

    /** Updates the bundle of a changed jar (a bundle uninstalled by hand is installed again). */
    private Bundle update(DeployState.Update update) {
        Bundle bundle = context.getBundle(update.bundleId());
        if (bundle == null) {
            return install(update.jar(), update.seen());
        }
        String unreadable = DeployReasons.unreadable(update.jar());
        if (unreadable != null) {
            return rejected(update.jar(), update.seen(), DeployReasons.notUpdated(unreadable));
        }
        try (InputStream in = Files.newInputStream(update.jar())) {
            bundle.update(in);
            LOG.info("Updated {} {} from deploy/", bundle.getSymbolicName(), bundle.getVersion());
            installed(update.jar(), update.seen(), bundle);
            return bundle;
        } catch (BundleException | IOException | RuntimeException e) {
            return rejected(update.jar(), update.seen(), DeployReasons.notUpdated(DeployReasons.notInstalled(e)));
        }
    }

    /**
     * Refreshes the updated and uninstalled bundles (and, through the framework, every bundle wired to them) and
     * waits for the framework to finish. One refresh for the whole scan: a refresh holds the framework's global lock,
     * so refreshing after each bundle would make the next uninstall fail.
     */
    private void refresh(Set<Bundle> bundles) {
        CountDownLatch done = new CountDownLatch(1);
        context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(bundles, event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
                done.countDown();
            } else if (event.getType() == FrameworkEvent.ERROR) {
                LOG.warn(
                        "Refreshing {} after a change in deploy/: {}",
                        event.getBundle().getSymbolicName(),
                        event.getThrowable() == null
                                ? "error"
                                : event.getThrowable().getMessage());
            }
        });
        try {
            if (!done.await(REFRESH_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("The framework did not finish refreshing within {} s", REFRESH_TIMEOUT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
            cleared(bundle);
            return true;
        } catch (BundleException e) {
            problems.record(bundle, e);
            notStarted(bundle, e);
            if (e.getType() == BundleException.RESOLVE_ERROR) {
                return false;
            }
            LOG.error(
                    "Bundle {} from deploy/ failed to start: {}", bundle.getSymbolicName(), BundleProblems.describe(e));
            return true;
        } catch (RuntimeException e) {
            problems.record(bundle, e);
            notStarted(bundle, e);
            LOG.error(
                    "Bundle {} from deploy/ failed to start: {}", bundle.getSymbolicName(), BundleProblems.describe(e));
            return true;
        }
    }

    private void notStarted(Bundle bundle, Throwable failure) {
        Path jar = jars.get(bundle.getBundleId());
        if (jar != null) {
            deployProblems.notStarted(jar, bundle.getBundleId(), DeployReasons.notStarted(failure));
        }
    }

    private void cleared(Bundle bundle) {
        Path jar = jars.get(bundle.getBundleId());
        if (jar != null) {
            deployProblems.cleared(jar);
        }
    }

    /** Uninstalls the jar's bundle; false keeps the jar known so that the next scan tries again. */
    private boolean undeploy(Path jar, Bundle bundle) {
        try {
            unresolved.remove(bundle.getBundleId());
            bundle.uninstall();
            jars.remove(bundle.getBundleId());
            deployProblems.cleared(jar);
            LOG.info("Uninstalled {} (removed from deploy/)", jar.getFileName());
            return true;
        } catch (BundleException | IllegalStateException e) {
            LOG.warn("Cannot uninstall {} yet, will retry: {}", jar.getFileName(), e.getMessage());
            return false;
        }
    }
}
