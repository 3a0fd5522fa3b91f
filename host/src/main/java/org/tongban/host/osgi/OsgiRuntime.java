package org.tongban.host.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.host.HostOptions;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.health.HealthContributor;

/**
 * The embedded Felix framework. The framework cache is rebuilt at every launch from {@code conf/startup.json} and
 * {@code deploy/}, so what runs is always what the distribution folder says.
 */
public final class OsgiRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(OsgiRuntime.class);
    /** Start level of bundles dropped into {@code deploy/}: after every bundle of the distribution. */
    static final int DEPLOY_START_LEVEL = 50;

    private final HostOptions options;
    private Framework framework;
    private BundleProblems problems;
    private DeployWatcher deployWatcher;
    private CountDownLatch levelReached;
    private int targetLevel;

    public OsgiRuntime(HostOptions options) {
        // The embedded H2 database's AUTO_SERVER port (through which backup reaches a running instance) listens on
        // loopback only, however the host was started; an operator may still set another address explicitly.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
        this.options = options;
    }

    /** Starts the framework and every bundle of the distribution; returns when they have all been started. */
    public void start() throws Exception {
        begin();
        awaitStarted();
    }

    /**
     * Installs the distribution's bundles and asks the framework to start them, which it does on its own start-level
     * thread; returns at once, so that the caller can prepare other things (the web layer) on the other core meanwhile.
     * The bundle context is usable when this returns.
     */
    public synchronized void begin() throws Exception {
        Path home = options.home();
        StartupPlan plan = StartupPlan.read(home);
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("deploy"));
        framework = new FrameworkFactory().newFramework(frameworkProperties(home));
        framework.init();
        BundleContext context = framework.getBundleContext();
        problems = new BundleProblems(context);
        context.registerService(HealthContributor.class, problems, null);
        for (StartupPlan.Entry entry : plan.entries()) {
            install(context, entry.jar(), entry.startLevel());
        }
        framework.start();
        targetLevel = Math.max(plan.highestLevel(), DEPLOY_START_LEVEL);
        levelReached = new CountDownLatch(1);
        CountDownLatch reached = levelReached;
        framework.adapt(FrameworkStartLevel.class).setStartLevel(targetLevel, event -> {
            if (event.getType() == FrameworkEvent.STARTLEVEL_CHANGED) {
                reached.countDown();
            }
        });
    }

    /** Waits until every bundle that {@link #begin()} asked to start has been started (or failed to). */
    public void awaitStarted() throws InterruptedException {
        if (!levelReached.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The framework did not reach start level " + targetLevel);
        }
        LOG.info(
                "OSGi framework started with {} bundles",
                framework.getBundleContext().getBundles().length);
    }

    private Map<String, String> frameworkProperties(Path home) {
        Map<String, String> props = new HashMap<>();
        props.put(Constants.FRAMEWORK_STORAGE, home.resolve("data/osgi-cache").toString());
        props.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        props.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, SystemPackages.fromClassPath());
        props.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, "1");
        props.put("felix.log.level", "1");
        props.put(PlatformProperties.HOME, home.toString());
        props.put(PlatformProperties.DEMO, Boolean.toString(options.demo()));
        props.put(PlatformProperties.CITY, options.setting("city", "default"));
        props.put(PlatformProperties.ROOT_JURISDICTION, options.setting("jurisdiction.root", "370100"));
        // Framework properties may also come from conf/tongban.properties with the osgi. prefix.
        options.settings().stringPropertyNames().stream()
                .filter(k -> k.startsWith("osgi."))
                .forEach(k -> props.put(
                        k.substring("osgi.".length()), options.settings().getProperty(k)));
        return props;
    }

    private void install(BundleContext context, Path jar, int startLevel) throws IOException {
        try (InputStream in = Files.newInputStream(jar)) {
            Bundle bundle = context.installBundle(jar.toUri().toString(), in);
            bundle.adapt(BundleStartLevel.class).setStartLevel(startLevel);
            if (!BundleProblems.isFragment(bundle)) {
                bundle.start(Bundle.START_ACTIVATION_POLICY);
            }
        } catch (BundleException e) {
            // An unresolvable or broken bundle must not stop the platform: it shows up in health.
            LOG.error("Cannot install {}: {}", jar.getFileName(), e.getMessage());
        }
    }

    /** Starts watching {@code deploy/}; called once the web layer is up so hot-deployed views register at once. */
    public synchronized void startDeployWatcher() {
        deployWatcher =
                new DeployWatcher(options.home().resolve("deploy"), bundleContext(), problems, DEPLOY_START_LEVEL);
        bundleContext().registerService(HealthContributor.class, deployWatcher.problems(), null);
        deployWatcher.start();
    }

    /** Prints every bundle that is not active, with its error, and returns how many there are. */
    public int reportInactiveBundles(PrintStream out) {
        int failures = 0;
        for (Bundle bundle : bundleContext().getBundles()) {
            if (bundle.getState() != Bundle.ACTIVE && !BundleProblems.isFragment(bundle)) {
                failures++;
                String error = problems.error(bundle.getBundleId());
                out.printf(
                        "NOT ACTIVE %s %s (%s)%s%n",
                        bundle.getSymbolicName(),
                        bundle.getVersion(),
                        BundleProblems.stateName(bundle.getState()),
                        error == null ? "" : ": " + error);
            }
        }
        out.printf("%d bundles, %d not active%n", bundleContext().getBundles().length, failures);
        return failures;
    }

    public BundleContext bundleContext() {
        return framework.getBundleContext();
    }

    public BundleProblems problems() {
        return problems;
    }

    public DeployWatcher deployWatcher() {
        return deployWatcher;
    }

    public synchronized void stop() {
        if (deployWatcher != null) {
            deployWatcher.stop();
            deployWatcher = null;
        }
        if (framework != null) {
            try {
                framework.stop();
                framework.waitForStop(30_000);
            } catch (BundleException | InterruptedException e) {
                LOG.warn("Framework did not stop cleanly", e);
            }
            framework = null;
        }
    }
}
