package org.tongban.itests.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

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
