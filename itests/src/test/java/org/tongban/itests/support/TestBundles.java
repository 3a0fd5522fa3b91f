package org.tongban.itests.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Builds small broken bundles on the fly, to prove that one bad bundle cannot take the platform down. */
public final class TestBundles {

    private TestBundles() {}

    /** A bundle whose activator throws in start(). */
    public static Path failingActivator(Path dir) throws IOException {
        Class<?> activator = ThrowingActivator.class;
        String entry = activator.getName().replace('.', '/') + ".class";
        Path jar = dir.resolve("org.tongban.test.failing-1.0.0.jar");
        write(
                jar,
                Map.of(
                        "Bundle-SymbolicName", "org.tongban.test.failing",
                        "Bundle-Version", "1.0.0",
                        "Bundle-Activator", activator.getName(),
                        "Import-Package", "org.osgi.framework"),
                Map.of(entry, classBytes(activator)));
        return jar;
    }

    /** A bundle that declares a changelog whose second change set is invalid SQL. */
    public static Path failingMigration(Path dir) throws IOException {
        String changelog =
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog https://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                  <changeSet id="1" author="test">
                    <createTable tableName="broken_first"><column name="id" type="int"/></createTable>
                  </changeSet>
                  <changeSet id="2" author="test">
                    <sql>THIS IS NOT SQL</sql>
                  </changeSet>
                </databaseChangeLog>
                """;
        Path jar = dir.resolve("org.tongban.test.badschema-1.0.0.jar");
        write(
                jar,
                Map.of(
                        "Bundle-SymbolicName", "org.tongban.test.badschema",
                        "Bundle-Version", "1.0.0",
                        "Tongban-Changelog", "db/broken.xml"),
                Map.of("db/broken.xml", changelog.getBytes(StandardCharsets.UTF_8)));
        return jar;
    }

    /**
     * Version {@code version} of {@code org.tongban.test.schema}, always as the same file name (so that deploying it
     * again updates the installed bundle), whose changelog creates {@code tables}, one change set each.
     */
    public static Path schema(Path dir, String version, String... tables) throws IOException {
        StringBuilder changelog = new StringBuilder(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog https://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                """);
        for (String table : tables) {
            changelog
                    .append("  <changeSet id=\"%s\" author=\"test\"><createTable tableName=\"%s\">"
                            .formatted(table, table))
                    .append("<column name=\"id\" type=\"int\"/></createTable></changeSet>\n");
        }
        changelog.append("</databaseChangeLog>\n");
        Files.createDirectories(dir);
        Path jar = dir.resolve("org.tongban.test.schema.jar");
        write(
                jar,
                Map.of(
                        "Bundle-SymbolicName", "org.tongban.test.schema",
                        "Bundle-Version", version,
                        "Tongban-Changelog", "db/schema.xml"),
                Map.of("db/schema.xml", changelog.toString().getBytes(StandardCharsets.UTF_8)));
        return jar;
    }

    /**
     * Version {@code version} of a bundle exporting {@code org.tongban.test.greeting}, whose {@code Greeting.text()}
     * answers {@code text}. Compiled here, so that two versions differ in behaviour, not only in name.
     */
    public static Path greetingApi(Path dir, String version, String text) throws IOException {
        Path classes = compile(
                dir.resolve("greeting-api-" + version),
                "org/tongban/test/greeting/Greeting.java",
                """
                package org.tongban.test.greeting;

                public final class Greeting {
                    private Greeting() {}

                    public static String text() {
                        return "%s";
                    }
                }
                """
                        .formatted(text));
        Path jar = dir.resolve("org.tongban.test.greeting-" + version + ".jar");
        write(
                jar,
                Map.of(
                        "Bundle-SymbolicName", "org.tongban.test.greeting",
                        "Bundle-Version", version,
                        "Export-Package", "org.tongban.test.greeting;version=1.0.0"),
                Map.of(
                        "org/tongban/test/greeting/Greeting.class",
                        Files.readAllBytes(classes.resolve("org/tongban/test/greeting/Greeting.class"))));
        return jar;
    }

    /**
     * A bundle that imports {@code org.tongban.test.greeting} and registers a {@code Supplier<String>} service
     * ({@code tongban.test=greeter}) answering {@code Greeting.text()}, so a test sees which revision it is wired to.
     */
    public static Path greeter(Path dir) throws IOException {
        Path api = compile(
                dir.resolve("greeter-api"),
                "org/tongban/test/greeting/Greeting.java",
                "package org.tongban.test.greeting; public final class Greeting { public static String text() { return"
                        + " \"\"; } }");
        Path classes = compile(
                dir.resolve("greeter"),
                api,
                "org/tongban/test/greeter/Activator.java",
                """
                package org.tongban.test.greeter;

                import java.util.Hashtable;
                import java.util.function.Supplier;
                import org.osgi.framework.BundleActivator;
                import org.osgi.framework.BundleContext;
                import org.tongban.test.greeting.Greeting;

                public final class Activator implements BundleActivator {
                    @Override
                    public void start(BundleContext context) {
                        Hashtable<String, Object> properties = new Hashtable<>();
                        properties.put("tongban.test", "greeter");
                        Supplier<String> greeter = Greeting::text;
                        context.registerService(Supplier.class, greeter, properties);
                    }

                    @Override
                    public void stop(BundleContext context) {}
                }
                """);
        Path jar = dir.resolve("org.tongban.test.greeter-1.0.0.jar");
        write(
                jar,
                Map.of(
                        "Bundle-SymbolicName", "org.tongban.test.greeter",
                        "Bundle-Version", "1.0.0",
                        "Bundle-Activator", "org.tongban.test.greeter.Activator",
                        "Import-Package", "org.osgi.framework,org.tongban.test.greeting;version=\"[1.0,2)\""),
                Map.of(
                        "org/tongban/test/greeter/Activator.class",
                        Files.readAllBytes(classes.resolve("org/tongban/test/greeter/Activator.class"))));
        return jar;
    }

    /**
     * The crash test's driver ({@code crash/CrashDriver.java} of the test resources), compiled against the
     * distribution's catalogue, notice and working-time bundles, with the changelog of its probe table.
     */
    public static Path crashDriver(Path dir, String city) throws IOException {
        StringBuilder bundles = new StringBuilder();
        for (String name : List.of("org.tongban.catalogue", "org.tongban.notice", "org.tongban.worktime")) {
            bundles.append(File.pathSeparator).append(TongbanInstance.distributionBundle(city, name));
        }
        String source;
        try (InputStream in = TestBundles.class.getResourceAsStream("/crash/CrashDriver.java")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path classes = compile(
                dir.resolve("crash-driver"), bundles.toString(), "org/tongban/test/crash/CrashDriver.java", source);
        Path jar = dir.resolve("org.tongban.test.crash-1.0.0.jar");
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (var files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                entries.put(
                        classes.relativize(file).toString().replace(File.separatorChar, '/'), Files.readAllBytes(file));
            }
        }
        try (InputStream in = TestBundles.class.getResourceAsStream("/crash/crash-probe-changelog.xml")) {
            entries.put("db/crash-probe-changelog.xml", in.readAllBytes());
        }
        write(
                jar,
                Map.of(
                        "Bundle-SymbolicName", "org.tongban.test.crash",
                        "Bundle-Version", "1.0.0",
                        "Bundle-Activator", "org.tongban.test.crash.CrashDriver",
                        "Tongban-Changelog", "db/crash-probe-changelog.xml",
                        "Import-Package",
                                "org.osgi.framework,org.osgi.util.tracker,org.tongban.catalogue,org.tongban.notice,"
                                        + "org.tongban.worktime,org.tongban.platform.api.events,"
                                        + "org.tongban.platform.api.persistence,org.tongban.platform.api.security"),
                entries);
        return jar;
    }

    private static Path compile(Path out, String file, String source) throws IOException {
        return compile(out, (String) null, file, source);
    }

    private static Path compile(Path out, Path extra, String file, String source) throws IOException {
        return compile(out, extra == null ? null : File.pathSeparator + extra, file, source);
    }

    /** Compiles one source file with the JDK's compiler against the test class path (and {@code extra}). */
    private static Path compile(Path out, String extra, String file, String source) throws IOException {
        Path sources = out.resolve("src");
        Path classes = out.resolve("classes");
        Path java = sources.resolve(file);
        Files.createDirectories(java.getParent());
        Files.createDirectories(classes);
        Files.writeString(java, source);
        String classPath = System.getProperty("java.class.path") + (extra == null ? "" : extra);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int result = compiler.run(
                null, null, null, "--release", "21", "-cp", classPath, "-d", classes.toString(), java.toString());
        if (result != 0) {
            throw new IllegalStateException("Cannot compile " + file);
        }
        return classes;
    }

    private static void write(Path jar, Map<String, String> headers, Map<String, byte[]> entries) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        headers.forEach(manifest.getMainAttributes()::putValue);
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                jarOut.putNextEntry(new JarEntry(entry.getKey()));
                jarOut.write(entry.getValue());
                jarOut.closeEntry();
            }
        }
    }

    private static byte[] classBytes(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream("/" + type.getName().replace('.', '/') + ".class")) {
            return in.readAllBytes();
        }
    }
}
