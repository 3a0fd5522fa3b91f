package org.tongban.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * The module's bundle as bnd built it (target/classes, with its manifest and embedded jars), running in a real
 * framework with Declarative Services and only what the host's class path offers every bundle. Tests use it to prove
 * that libraries embedded in a bundle find their classes and resources behind the bundle's class loader, with a caller
 * whose context class loader sees none of them, as in production.
 *
 * <p>The test module declares {@code org.apache.felix.framework}, {@code org.apache.felix.scr} and
 * {@code org.osgi.service.component} as test dependencies.
 */
public final class BuiltBundle implements AutoCloseable {
    private static final String SLF4J = "org.slf4j;version=2.0.17,org.slf4j.spi;version=2.0.17,"
            + "org.slf4j.event;version=2.0.17,org.slf4j.helpers;version=2.0.17";
    private static final List<String> DECLARATIVE_SERVICES = List.of(
            "org.osgi.util.function", "org.osgi.util.promise", "org.osgi.service.component-", "org.apache.felix.scr");

    private final Framework framework;
    private final Bundle bundle;

    private BuiltBundle(Framework framework, Bundle bundle) {
        this.framework = framework;
        this.bundle = bundle;
    }

    /**
     * Starts a framework in {@code temp} whose system bundle exports the packages of the given API classes (as their
     * own manifests declare them, so new packages and versions need no edit in tests) and SLF4J, starts Declarative
     * Services, then installs and starts the module's bundle.
     */
    public static BuiltBundle start(Path temp, String name, Class<?>... apis) throws Exception {
        String exports = Stream.of(apis).map(BuiltBundle::exportsOf).collect(Collectors.joining(","));
        FrameworkFactory factory =
                java.util.ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow();
        Framework framework = factory.newFramework(Map.of(
                Constants.FRAMEWORK_STORAGE,
                temp.resolve("framework").toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN,
                Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT,
                Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA,
                exports.isEmpty() ? SLF4J : exports + "," + SLF4J));
        framework.start();
        try {
            BundleContext context = framework.getBundleContext();
            for (String prefix : DECLARATIVE_SERVICES) {
                context.installBundle(classPathJar(prefix).toUri().toString()).start();
            }
            Bundle bundle = context.installBundle(jar(temp, name).toUri().toString());
            bundle.start();
            return new BuiltBundle(framework, bundle);
        } catch (Exception | Error e) {
            framework.stop();
            framework.waitForStop(10_000);
            throw e;
        }
    }

    public Bundle bundle() {
        return bundle;
    }

    public BundleContext context() {
        return framework.getBundleContext();
    }

    /** Runs {@code work} with a context class loader that sees no library, as a caller in production has. */
    public static <T> T withBlindContextLoader(Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        try (URLClassLoader blind = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
            thread.setContextClassLoader(blind);
            return work.call();
        } finally {
            thread.setContextClassLoader(caller);
        }
    }

    @Override
    public void close() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }

    /** The Export-Package of the jar or classes folder that holds {@code api}. */
    static String exportsOf(Class<?> api) {
        try {
            Path source = Path.of(
                    api.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(source)) {
                try (InputStream in = Files.newInputStream(source.resolve("META-INF/MANIFEST.MF"))) {
                    return new Manifest(in).getMainAttributes().getValue("Export-Package");
                }
            }
            try (JarFile jar = new JarFile(source.toFile())) {
                return jar.getManifest().getMainAttributes().getValue("Export-Package");
            }
        } catch (Exception e) {
            throw new IllegalStateException("no manifest with Export-Package beside " + api.getName(), e);
        }
    }

    /** target/classes packed as a jar with its manifest first. */
    private static Path jar(Path temp, String name) throws IOException {
        Path classes = Path.of("target", "classes");
        Manifest manifest;
        try (InputStream in = Files.newInputStream(classes.resolve("META-INF/MANIFEST.MF"))) {
            manifest = new Manifest(in);
        }
        Path jar = temp.resolve(name + ".jar");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                Stream<Path> files = Files.walk(classes)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String entry = classes.relativize(p).toString().replace('\\', '/');
                if (!entry.equals("META-INF/MANIFEST.MF")) {
                    out.putNextEntry(new ZipEntry(entry));
                    Files.copy(p, out);
                    out.closeEntry();
                }
            }
        }
        return jar;
    }

    private static Path classPathJar(String prefix) {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (p.getFileName().toString().startsWith(prefix) && entry.endsWith(".jar")) {
                return p;
            }
        }
        throw new IllegalStateException(prefix + " is not on the test class path");
    }
}
