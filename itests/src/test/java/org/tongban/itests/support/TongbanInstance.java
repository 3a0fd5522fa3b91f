package org.tongban.itests.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.tongban.host.HostOptions;
import org.tongban.host.Main;
import org.tongban.host.web.nav.ViewRegistry;

/**
 * An assembled city launched in this JVM from a fresh copy of its distribution folder, so a test class starts from an
 * empty database; or the {@linkplain #sharedDemo shared demo} of a city, launched once for the classes that only read
 * the demo data or add their own.
 */
public final class TongbanInstance implements AutoCloseable {

    private static final Map<String, TongbanInstance> SHARED = new LinkedHashMap<>();

    private final Path home;
    private final Main.Host host;
    private final boolean shared;

    private TongbanInstance(Path home, Main.Host host, boolean shared) {
        this.home = home;
        this.host = host;
        this.shared = shared;
    }

    /** A builder for an instance of {@code city}. */
    public static Builder of(String city) {
        return new Builder(city);
    }

    /**
     * The city's demo, launched by the first test class that asks and kept running beside the classes' own instances
     * until the test JVM exits; {@link #close} leaves it running. A launch costs half a minute of both cores, so the
     * classes that neither reconfigure the city, stop bundles, move its clocks nor flood it share one. Such a class
     * must not assume it is the demo's first visitor (count before and after, use data of its own).
     */
    public static synchronized TongbanInstance sharedDemo(String city) throws Exception {
        TongbanInstance instance = SHARED.get(city);
        if (instance == null) {
            TongbanInstance started = of(city).demo().start();
            instance = new TongbanInstance(started.home, started.host, true);
            SHARED.put(city, instance);
            TongbanInstance stopping = instance;
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                try {
                                    stopping.stopAndDelete();
                                } catch (IOException | RuntimeException e) {
                                    // the test JVM is exiting; its temporary folder is left behind
                                }
                            },
                            "shared-" + city + "-stop"));
        }
        return instance;
    }

    /** How to launch. */
    public static final class Builder {
        private final String city;
        private boolean demo;
        private String configurations;
        private final Map<String, Map<String, Object>> overrides = new LinkedHashMap<>();
        private Preparation preparation = home -> {};
        private Path existingHome;

        private Builder(String city) {
            this.city = city;
        }

        public Builder demo() {
            this.demo = true;
            return this;
        }

        /** Replaces {@code conf/configurations.json}. */
        public Builder configurations(String json) {
            this.configurations = json;
            return this;
        }

        /** Sets properties of one configuration PID on top of the distribution's {@code conf/configurations.json}. */
        public Builder configure(String pid, Map<String, Object> properties) {
            overrides.computeIfAbsent(pid, k -> new LinkedHashMap<>()).putAll(properties);
            return this;
        }

        /**
         * Starts the distribution already installed in {@code home} (for example one a test killed) instead of a fresh
         * copy; {@link #close()} deletes it.
         */
        public Builder inHome(Path home) {
            this.existingHome = home;
            return this;
        }

        /** Runs on the fresh copy of the distribution before it starts, for example to restore a backup into it. */
        public Builder prepare(Preparation preparation) {
            this.preparation = preparation;
            return this;
        }

        public TongbanInstance start() throws Exception {
            Path dist = Path.of(System.getProperty("tongban.dist", "../distribution/target"), "tongban-" + city);
            if (!Files.isDirectory(dist)) {
                throw new IllegalStateException(
                        "Assemble the distributions first (mvn install): " + dist + " is missing");
            }
            Path home = existingHome;
            if (home == null) {
                home = Files.createTempDirectory("tongban-" + city + "-");
                copy(dist, home);
            }
            if (configurations != null) {
                Files.writeString(home.resolve("conf/configurations.json"), configurations);
            }
            if (!overrides.isEmpty()) {
                Path file = home.resolve("conf/configurations.json");
                ObjectMapper json = new ObjectMapper();
                ObjectNode all = (ObjectNode) json.readTree(file.toFile());
                overrides.forEach((pid, properties) -> {
                    ObjectNode node = all.has(pid) ? (ObjectNode) all.get(pid) : all.putObject(pid);
                    properties.forEach((key, value) -> node.set(key, json.valueToTree(value)));
                });
                json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), all);
            }
            preparation.accept(home);
            HostOptions options = demo
                    ? HostOptions.parse("--home", home.toString(), "--port", "0", "--demo")
                    : HostOptions.parse("--home", home.toString(), "--port", "0");
            Main.Host host = new Main.Host(options);
            host.start();
            return new TongbanInstance(home, host, false);
        }
    }

    /** Work done on a distribution copy before its start. */
    @FunctionalInterface
    public interface Preparation {
        void accept(Path home) throws Exception;
    }

    public Path home() {
        return home;
    }

    /** How many HTTP sessions the instance's web server has created since it started. */
    public long sessionsCreated() {
        return host.web().sessionCount();
    }

    public String baseUrl() {
        return "http://localhost:" + host.port();
    }

    /** The web layer's collector of contributed views. */
    public ViewRegistry views() {
        return host.web().platform().views();
    }

    public BundleContext bundleContext() {
        return host.osgi().bundleContext();
    }

    /** The service, or {@code null}. */
    public <T> T service(Class<T> type) {
        ServiceReference<T> reference = bundleContext().getServiceReference(type);
        return reference == null ? null : bundleContext().getService(reference);
    }

    /**
     * A service of a feature bundle whose API is not on the test class path (putting it there would make the system
     * bundle export it too), to be used reflectively.
     */
    public Object service(String interfaceName) {
        ServiceReference<?> reference = bundleContext().getServiceReference(interfaceName);
        return reference == null ? null : bundleContext().getService(reference);
    }

    /** Calls a public method of an object from a bundle by name, matching on the number of arguments. */
    public static Object call(Object target, String method, Object... arguments) throws Exception {
        for (java.lang.reflect.Method candidate : target.getClass().getMethods()) {
            if (candidate.getName().equals(method) && candidate.getParameterCount() == arguments.length) {
                candidate.setAccessible(true);
                return candidate.invoke(target, arguments);
            }
        }
        throw new NoSuchMethodException(method);
    }

    /** GETs a path and returns status and body. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + path))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Copies a jar into {@code deploy/} atomically (write elsewhere, then move), as an operator's script would. */
    public Path deploy(Path jar) throws IOException {
        Path staged = home.resolve("data").resolve(jar.getFileName() + ".part");
        Files.copy(jar, staged, StandardCopyOption.REPLACE_EXISTING);
        return Files.move(staged, home.resolve("deploy").resolve(jar.getFileName()), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Waits until the condition holds; returns the milliseconds it took, or fails after {@code timeout}. */
    public static long await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within " + timeout);
            }
            Thread.sleep(20);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    public void close() throws IOException {
        if (!shared) {
            stopAndDelete();
        }
    }

    private void stopAndDelete() throws IOException {
        host.stop();
        deleteTree(home);
    }

    /** Deletes a folder with everything in it. */
    public static void deleteTree(Path home) throws IOException {
        try (Stream<Path> paths = Files.walk(home)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Copies a folder tree, such as a distribution into a node's home. */
    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** A jar of the distribution's {@code bundles/} folder (to hot-deploy elsewhere). */
    public static Path distributionBundle(String city, String symbolicName) throws IOException {
        Path bundles =
                Path.of(System.getProperty("tongban.dist", "../distribution/target"), "tongban-" + city, "bundles");
        try (Stream<Path> jars = Files.list(bundles)) {
            return jars.filter(p -> p.getFileName().toString().startsWith(symbolicName + "-"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(symbolicName + " is not in " + bundles));
        }
    }
}
