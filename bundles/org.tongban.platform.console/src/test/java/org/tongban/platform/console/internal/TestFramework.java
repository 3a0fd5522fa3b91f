package org.tongban.platform.console.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/** A real Felix framework in a temporary folder, with tiny bundles built on the fly. */
public final class TestFramework implements AutoCloseable {
    public final Framework framework;
    private final Path dir;

    public TestFramework(Path dir) throws BundleException {
        this.dir = dir;
        FrameworkFactory factory =
                ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow();
        framework = factory.newFramework(Map.of(
                Constants.FRAMEWORK_STORAGE,
                dir.resolve("cache").toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN,
                Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        framework.start();
    }

    /** Installs a bundle with these extra headers and classes (copied from the test class path). */
    public Bundle install(String symbolicName, Map<String, String> headers, Class<?>... classes)
            throws IOException, BundleException {
        return install(symbolicName, headers, Map.of(), classes);
    }

    /** Installs a bundle with these extra headers, resources (path to content) and classes. */
    public Bundle install(
            String symbolicName, Map<String, String> headers, Map<String, byte[]> resources, Class<?>... classes)
            throws IOException, BundleException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, symbolicName);
        main.putValue(Constants.BUNDLE_VERSION, "1.2.3");
        headers.forEach(main::putValue);
        Path jar = dir.resolve(symbolicName + ".jar");
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            for (Class<?> type : classes) {
                String entry = type.getName().replace('.', '/') + ".class";
                jarOut.putNextEntry(new JarEntry(entry));
                try (InputStream in = type.getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(jarOut);
                }
                jarOut.closeEntry();
            }
            for (Map.Entry<String, byte[]> resource : resources.entrySet()) {
                jarOut.putNextEntry(new JarEntry(resource.getKey()));
                jarOut.write(resource.getValue());
                jarOut.closeEntry();
            }
        }
        return framework.getBundleContext().installBundle(jar.toUri().toString());
    }

    public Bundle installStarted(String symbolicName) throws IOException, BundleException {
        Bundle bundle = install(symbolicName, Map.of());
        bundle.start();
        return bundle;
    }

    @Override
    public void close() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }
}
