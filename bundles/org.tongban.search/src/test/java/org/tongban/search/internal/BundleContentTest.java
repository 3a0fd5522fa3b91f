package org.tongban.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/**
 * The bundle embeds its libraries privately on the Bundle-ClassPath that bnd wrote. Lucene finds its codecs through
 * META-INF/services: loaded from the embedded jars alone, in a class loader that sees nothing else, the default codec
 * and the Chinese analyzer must still work, as they will inside the OSGi framework.
 */
class BundleContentTest {
    private static final Path CLASSES = Path.of("target/classes");

    private static Manifest manifest() throws Exception {
        try (InputStream in = Files.newInputStream(CLASSES.resolve("META-INF/MANIFEST.MF"))) {
            return new Manifest(in);
        }
    }

    @Test
    void embeddedLibrariesAreOnTheBundleClassPathAndNeverImported() throws Exception {
        var headers = manifest().getMainAttributes();
        List<String> classPath = List.of(headers.getValue("Bundle-ClassPath").split(","));
        assertThat(classPath).contains(".", "lib/lucene-core.jar", "lib/elasticsearch-java.jar", "lib/pinyin4j.jar");
        for (String jar : classPath.subList(1, classPath.size())) {
            assertThat(CLASSES.resolve(jar)).exists();
        }
        assertThat(headers.getValue("Import-Package"))
                .doesNotContain("org.apache.lucene", "co.elastic", "tools.jackson", "java.lang");
        assertThat(headers.getValue("Export-Package")).startsWith("org.tongban.search;");
        try (JarFile core = new JarFile(CLASSES.resolve("lib/lucene-core.jar").toFile())) {
            assertThat(core.getEntry("META-INF/services/org.apache.lucene.codecs.Codec"))
                    .isNotNull();
        }
    }

    // The bundle's class path as a class loader that sees nothing else.
    private static URLClassLoader bundleLoader() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String jar :
                manifest().getMainAttributes().getValue("Bundle-ClassPath").split(",")) {
            urls.add(CLASSES.resolve(jar).toUri().toURL());
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    @Test
    void traditionalScriptIsFoldedWhenTheContextClassLoaderDoesNotSeeTheBundle() throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader bundle = bundleLoader()) {
            // Inside the framework the context loader is the host's, which does not see the embedded OpenCC data: the
            // dictionaries must be read through the library's own class loader.
            thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
            Class<?> folding = Class.forName("org.tongban.search.internal.analysis.Folding", true, bundle);
            assertThat(folding.getMethod("fold", String.class).invoke(null, "營業執照"))
                    .isEqualTo("营业执照");
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Test
    void lucenesCodecAndSmartChineseWorkFromTheEmbeddedJarsAlone() throws Exception {
        try (URLClassLoader bundle = bundleLoader()) {
            Class<?> codec = Class.forName("org.apache.lucene.codecs.Codec", true, bundle);
            Object defaultCodec = codec.getMethod("getDefault").invoke(null);
            assertThat(codec.getMethod("getName").invoke(defaultCodec))
                    .asString()
                    .startsWith("Lucene");
            Class<?> smartcn = Class.forName("org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer", true, bundle);
            Object analyzer = smartcn.getConstructor().newInstance();
            assertThat(analyzer.getClass().getClassLoader()).isSameAs(bundle);
        }
    }
}
