package org.tongban.host.osgi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Version;
import org.tongban.host.osgi.SystemPackages.Export;

class SystemPackagesTest {

    @Test
    void parsesSeveralPackagesPerClauseWithQuotedUsesAndVersions() {
        List<Export> exports = SystemPackages.parseExportPackage(
                "com.vaadin.flow.component;com.vaadin.flow.dom;version=\"25.2.6\";uses:=\"com.vaadin.flow.shared,"
                        + "tools.jackson.databind\",org.slf4j;version=2.0.17;x-internal:=false,"
                        + "old.style;specification-version=1.2,bare");

        assertThat(exports)
                .containsExactly(
                        new Export(
                                "com.vaadin.flow.component",
                                new Version(25, 2, 6),
                                List.of("com.vaadin.flow.shared", "tools.jackson.databind")),
                        new Export(
                                "com.vaadin.flow.dom",
                                new Version(25, 2, 6),
                                List.of("com.vaadin.flow.shared", "tools.jackson.databind")),
                        new Export("org.slf4j", new Version(2, 0, 17), List.of()),
                        new Export("old.style", new Version(1, 2, 0), List.of()),
                        new Export("bare", Version.emptyVersion, List.of()));
    }

    @Test
    void parsesImportClausesWithTheirAttributesAndDirectives() {
        List<SystemPackages.Clause> clauses =
                SystemPackages.parseClauses("org.slf4j;version=\"[2.0,3)\",org.tukaani.xz;resolution:=optional");

        assertThat(clauses).hasSize(2);
        assertThat(clauses.get(0).names()).containsExactly("org.slf4j");
        assertThat(clauses.get(0).attributes()).containsEntry("version", "[2.0,3)");
        assertThat(clauses.get(1).directives()).containsEntry("resolution", "optional");
    }

    @Test
    void theAllowlistHasThePublicApisOnly() {
        assertThat(SystemPackages.isAllowed("org.tongban.platform.api.ui")).isTrue();
        assertThat(SystemPackages.isAllowed("com.vaadin.flow.component.grid")).isTrue();
        assertThat(SystemPackages.isAllowed("org.apache.shiro.authc")).isTrue();
        assertThat(SystemPackages.isAllowed("liquibase.changelog")).isTrue();
        assertThat(SystemPackages.isAllowed("com.fasterxml.jackson.databind.node"))
                .isTrue();
        assertThat(SystemPackages.isAllowed("org.slf4j")).isTrue();

        assertThat(SystemPackages.isAllowed("org.tongban.host")).isFalse();
        assertThat(SystemPackages.isAllowed("org.tongban.host.web.nav")).isFalse();
        assertThat(SystemPackages.isAllowed("com.vaadin.flow.internal")).isFalse();
        assertThat(SystemPackages.isAllowed("com.vaadin.flow.internal.nodefeature"))
                .isFalse();
        assertThat(SystemPackages.isAllowed("org.eclipse.jetty.server")).isFalse();
        assertThat(SystemPackages.isAllowed("org.h2.jdbc")).isFalse();
        assertThat(SystemPackages.isAllowed("ch.qos.logback.classic")).isFalse();
        assertThat(SystemPackages.isAllowed("org.slf4j.bridge")).isFalse();
        assertThat(SystemPackages.isAllowed("liquibase.integration.commandline"))
                .isFalse();
        assertThat(SystemPackages.isAllowed("org.osgi.framework")).isFalse();
        assertThat(SystemPackages.isAllowed("java.util")).isFalse();
    }

    @Test
    void exportsOnlyAllowedPackagesKeepingVersionsAndUsesWithinTheExports(@TempDir Path dir) throws IOException {
        Path osgi = jar(
                dir.resolve("vaadin.jar"),
                Map.of(
                        "Export-Package",
                        "com.vaadin.flow.router;version=\"25.2.6\";uses:=\"com.vaadin.flow.component,"
                                + "com.vaadin.flow.internal,org.jsoup.nodes\",com.vaadin.flow.internal;version=25.2.6,"
                                + "com.vaadin.flow.component;version=25.2.6"),
                "com/vaadin/flow/router/Route.class");
        Path plain = jar(
                dir.resolve("liquibase.jar"),
                Map.of("Implementation-Version", "4.33.0"),
                "liquibase/Liquibase.class",
                "liquibase/examples/Sample.class",
                "org/yaml/snakeyaml/Yaml.class");
        Path host = jar(dir.resolve("org.tongban.host.jar"), Map.of(), "org/tongban/host/Main.class");

        List<Export> exports = SystemPackages.exports(List.of(osgi, plain, host));

        assertThat(exports)
                .containsExactly(
                        new Export(
                                "com.vaadin.flow.router", new Version(25, 2, 6), List.of("com.vaadin.flow.component")),
                        new Export("com.vaadin.flow.component", new Version(25, 2, 6), List.of()),
                        new Export("liquibase", new Version(4, 33, 0), List.of()));
        assertThat(SystemPackages.header(exports))
                .isEqualTo("com.vaadin.flow.router;version=25.2.6;uses:=\"com.vaadin.flow.component\","
                        + "com.vaadin.flow.component;version=25.2.6,liquibase;version=4.33.0");
    }

    @Test
    void theFirstCopyOfAPackageOnTheClassPathWins(@TempDir Path dir) throws IOException {
        Path first = jar(dir.resolve("a.jar"), Map.of("Export-Package", "org.slf4j;version=2.0.17"));
        Path second = jar(dir.resolve("b.jar"), Map.of("Export-Package", "org.slf4j;version=1.7.36"));

        assertThat(SystemPackages.exports(List.of(first, second)))
                .containsExactly(new Export("org.slf4j", new Version(2, 0, 17), List.of()));
    }

    private static Path jar(Path jar, Map<String, String> headers, String... entries) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach(manifest.getMainAttributes()::putValue);
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            for (String entry : entries) {
                jarOut.putNextEntry(new JarEntry(entry));
                jarOut.write(new byte[] {0});
                jarOut.closeEntry();
            }
        }
        return jar;
    }
}
