package org.tongban.catalogue.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.apache.felix.framework.FrameworkFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.util.tracker.ServiceTracker;
import org.tongban.catalogue.CatalogueCodec;
import org.tongban.catalogue.CatalogueDocument;

/**
 * Runs the bundle as bnd built it (target/classes, with its manifest and embedded jars) in a real framework with
 * Declarative Services, and uses the codec it registers. POI and XMLBeans then load classes and schema resources
 * through the bundle's class loader, with a caller whose context class loader sees none of them, as in production.
 */
class BundleClassLoaderTest {
    @TempDir
    Path temp;

    @Test
    void registeredCodecReadsAndWritesBehindTheBundleClassLoader() throws Exception {
        Framework framework = new FrameworkFactory()
                .newFramework(Map.of(
                        Constants.FRAMEWORK_STORAGE,
                        temp.resolve("framework").toString(),
                        Constants.FRAMEWORK_STORAGE_CLEAN,
                        Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT,
                        // What the host's class path offers every bundle: the catalogue API and SLF4J.
                        Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA,
                        "org.tongban.catalogue;version=3.0.0,org.slf4j;version=2.0.17,"
                                + "org.slf4j.spi;version=2.0.17,org.slf4j.event;version=2.0.17,"
                                + "org.slf4j.helpers;version=2.0.17"));
        framework.start();
        ClassLoader caller = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader blind = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
            List<Bundle> bundles = new ArrayList<>();
            for (String name : List.of(
                    "org.osgi.util.function",
                    "org.osgi.util.promise",
                    "org.osgi.service.component-",
                    "org.apache.felix.scr")) {
                bundles.add(framework
                        .getBundleContext()
                        .installBundle(classPathJar(name).toUri().toString()));
            }
            Bundle xlsx = framework
                    .getBundleContext()
                    .installBundle(bundleJar().toUri().toString());
            bundles.add(xlsx);
            for (Bundle b : bundles) {
                b.start();
            }
            assertThat(xlsx.getState()).isEqualTo(Bundle.ACTIVE);

            ServiceTracker<CatalogueCodec, CatalogueCodec> tracker =
                    new ServiceTracker<>(framework.getBundleContext(), CatalogueCodec.class, null);
            tracker.open();
            CatalogueCodec codec = tracker.waitForService(10_000);
            assertThat(codec)
                    .as("the bundle registers its codec through Declarative Services")
                    .isNotNull();
            assertThat(codec.fileExtension()).isEqualTo("xlsx");
            ClassLoader bundleLoader = codec.getClass().getClassLoader();
            assertThat(bundleLoader).isNotSameAs(getClass().getClassLoader());
            assertThat(xlsx.loadClass("org.apache.xmlbeans.XmlObject").getClassLoader())
                    .isSameAs(bundleLoader);

            Thread.currentThread().setContextClassLoader(blind);
            CatalogueDocument demo = DemoCatalogue.document();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            codec.write(demo, out);
            CatalogueDocument back = codec.read(new ByteArrayInputStream(out.toByteArray()));
            Thread.currentThread().setContextClassLoader(caller);

            assertThat(back.matters()).isEqualTo(demo.matters());
            assertThat(DemoCatalogue.json(back)).isEqualTo(DemoCatalogue.json(demo));
            tracker.close();
        } finally {
            Thread.currentThread().setContextClassLoader(caller);
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    /** The bundle's content as the build left it in target/classes, packed as a jar with its manifest first. */
    private Path bundleJar() throws IOException {
        Path classes = Path.of("target", "classes");
        Manifest manifest;
        try (var in = Files.newInputStream(classes.resolve("META-INF/MANIFEST.MF"))) {
            manifest = new Manifest(in);
        }
        Path jar = temp.resolve("org.tongban.catalogue.xlsx.jar");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                Stream<Path> files = Files.walk(classes)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = classes.relativize(p).toString().replace('\\', '/');
                if (!name.equals("META-INF/MANIFEST.MF")) {
                    out.putNextEntry(new ZipEntry(name));
                    Files.copy(p, out);
                    out.closeEntry();
                }
            }
        }
        return jar;
    }

    private static Path classPathJar(String prefix) {
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            if (p.getFileName().toString().startsWith(prefix) && entry.endsWith(".jar")) {
                return p;
            }
        }
        throw new IllegalStateException(prefix + " is not on the test class path");
    }
}
