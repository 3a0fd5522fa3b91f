package org.tongban.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;
import org.tongban.host.osgi.SystemPackages;
import org.tongban.host.osgi.SystemPackages.Clause;
import org.tongban.host.osgi.SystemPackages.Export;

/**
 * The API boundary, checked over every bundle of every assembled city (in the spirit of the Sling Feature Model's
 * api-regions analysers): no bundle imports the host's packages or another library's internal packages, and every
 * import is satisfied by the system bundle's allowlisted exports (computed from the city's {@code lib/} exactly as the
 * host does), the JDK, the framework, or another bundle of the city, within its version range.
 */
class BundleImportsIT {

    /** Packages of the JDK's modules, which the framework exports besides the allowlist. */
    private static final Set<String> JDK = ModuleLayer.boot().modules().stream()
            .flatMap(m -> m.getDescriptor().exports().stream())
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());

    @Test
    void everyImportOfEveryCityIsAllowedAndSatisfied() throws IOException {
        List<Path> cities = cities();
        assertThat(cities).as("assembled cities").isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Path city : cities) {
            problems.addAll(check(city));
        }
        assertThat(problems)
                .as("bundle imports that cross the API boundary or cannot resolve")
                .isEmpty();
    }

    @Test
    void theSystemBundleExportsNoHostOrInternalPackage() throws IOException {
        for (Path city : cities()) {
            List<Export> exports = SystemPackages.exports(jars(city.resolve("lib")));
            System.out.printf("%s: the system bundle exports %d packages%n", city.getFileName(), exports.size());
            assertThat(exports).extracting(Export::name).allSatisfy(name -> {
                assertThat(name).doesNotStartWith("org.tongban.host");
                assertThat(SystemPackages.isInternal(name)).as(name).isFalse();
            });
            assertThat(exports)
                    .extracting(Export::name)
                    .contains("org.tongban.platform.api.ui", "com.vaadin.flow.router");
            assertThat(exports)
                    .filteredOn(e -> e.name().equals("com.vaadin.flow.router"))
                    .singleElement()
                    .satisfies(e -> assertThat(e.uses()).isNotEmpty());
        }
    }

    private static List<String> check(Path city) throws IOException {
        List<Path> lib = jars(city.resolve("lib"));
        Map<String, List<Version>> available = new HashMap<>();
        for (Export export : SystemPackages.exports(lib)) {
            available.computeIfAbsent(export.name(), k -> new ArrayList<>()).add(export.version());
        }
        Path framework = lib.stream()
                .filter(p -> p.getFileName().toString().startsWith("org.apache.felix.framework"))
                .findFirst()
                .orElseThrow();
        exportsOf(framework).forEach(e -> available
                .computeIfAbsent(e.name(), k -> new ArrayList<>())
                .add(e.version()));
        List<Path> bundles = new ArrayList<>(jars(city.resolve("bundles")));
        bundles.addAll(jars(city.resolve("deploy")));
        Map<Path, Manifest> manifests = new HashMap<>();
        for (Path bundle : bundles) {
            Manifest manifest = manifest(bundle);
            manifests.put(bundle, manifest);
            exportsOf(manifest).forEach(e -> available
                    .computeIfAbsent(e.name(), k -> new ArrayList<>())
                    .add(e.version()));
        }
        List<String> problems = new ArrayList<>();
        Set<String> ignored = new TreeSet<>();
        for (Path bundle : bundles) {
            Manifest manifest = manifests.get(bundle);
            String name = manifest.getMainAttributes().getValue("Bundle-SymbolicName");
            String imports = manifest.getMainAttributes().getValue("Import-Package");
            if (imports == null) {
                continue;
            }
            for (Clause clause : SystemPackages.parseClauses(imports)) {
                boolean optional = "optional".equals(clause.directives().get("resolution"));
                VersionRange range = new VersionRange(clause.attributes().getOrDefault("version", "0.0.0"));
                for (String pkg : clause.names()) {
                    boolean jdk = JDK.contains(pkg);
                    boolean satisfied = jdk
                            || available.getOrDefault(pkg, List.of()).stream().anyMatch(range::includes);
                    if (pkg.startsWith("org.tongban.host")) {
                        problems.add(city.getFileName() + ": " + name + " imports the host's package " + pkg);
                    } else if (SystemPackages.isInternal(pkg) && !(optional && !satisfied && !jdk)) {
                        problems.add(city.getFileName() + ": " + name + " imports the internal package " + pkg);
                    } else if (SystemPackages.isInternal(pkg)) {
                        // An optional import of an embedded library's internal package that nothing exports never
                        // wires: the library's code path that needs it is simply unavailable.
                        ignored.add(name + " " + pkg);
                    } else if (!satisfied && !optional) {
                        problems.add(city.getFileName() + ": " + name + " imports " + pkg + ";version=\"" + range
                                + "\", which no allowlisted export satisfies");
                    }
                }
            }
        }
        if (!ignored.isEmpty()) {
            System.out.printf("%s: optional internal imports that never wire: %s%n", city.getFileName(), ignored);
        }
        return problems;
    }

    private static List<Path> cities() throws IOException {
        Path dist = Path.of(System.getProperty("tongban.dist", "../distribution/target"));
        try (Stream<Path> children = Files.list(dist)) {
            return children.filter(p -> p.getFileName().toString().startsWith("tongban-") && Files.isDirectory(p))
                    .filter(p -> Files.isDirectory(p.resolve("lib")))
                    .sorted()
                    .toList();
        }
    }

    /** The jars of a folder, in the order the launcher's {@code lib/*} class path has them. */
    private static List<Path> jars(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static Manifest manifest(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            return manifest == null ? new Manifest() : manifest;
        }
    }

    private static List<Export> exportsOf(Path jar) throws IOException {
        return exportsOf(manifest(jar));
    }

    private static List<Export> exportsOf(Manifest manifest) {
        String exports = manifest.getMainAttributes().getValue("Export-Package");
        return exports == null ? List.of() : SystemPackages.parseExportPackage(exports);
    }
}
