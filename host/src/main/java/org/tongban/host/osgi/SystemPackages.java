package org.tongban.host.osgi;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.osgi.framework.Version;

/**
 * Computes {@code org.osgi.framework.system.packages.extra}: the packages of the host class path that bundles may
 * import, so that they share the one copy of Vaadin, Jetty, Shiro, Liquibase and Jackson that the web container uses.
 *
 * <p>Only the packages of {@link #ALLOWED} are exported: the platform API and the public API of the shared libraries.
 * The host's own packages ({@code org.tongban.host}), the libraries' {@code internal} packages and everything else on
 * the class path (H2, logging back ends, the libraries' own dependencies) stay private to the host. A jar's own
 * {@code Export-Package} is kept with its versions and {@code uses:} directives (narrowed to the exported packages); a
 * jar without OSGi metadata exports its allowed packages at its implementation version.
 */
public final class SystemPackages {

    /**
     * The packages bundles may import from the host. {@code a.b.*} means {@code a.b} and every package below it;
     * other entries name one package. Derived from what the bundles import (their generated manifests); the build
     * checks that no bundle imports anything outside it.
     */
    public static final List<String> ALLOWED = List.of(
            // The platform's contracts.
            "org.tongban.platform.api.*",
            // Vaadin Flow and its components, and the JSON types of its API (Jackson 3).
            "com.vaadin.flow.*",
            "tools.jackson.*",
            // The servlet API that Vaadin's and the platform's API mention.
            "jakarta.servlet.*",
            // Security, migrations, JSON, logging.
            "org.apache.shiro.*",
            "liquibase.*",
            "com.fasterxml.jackson.annotation",
            "com.fasterxml.jackson.core.*",
            "com.fasterxml.jackson.databind.*",
            "org.slf4j",
            "org.slf4j.event",
            "org.slf4j.helpers",
            "org.slf4j.spi",
            // The connection pool the persistence bundle configures (it loads the JDBC drivers itself).
            "com.zaxxer.hikari",
            // OSGi service APIs on the class path (the framework exports org.osgi.framework itself).
            "org.osgi.*");

    /** Packages never exported (with the packages below them), whatever the allowlist says. */
    private static final List<String> NEVER = List.of(
            "org.tongban.host",
            "org.osgi.framework",
            // Liquibase's samples, command line, build tool and SDK integrations.
            "liquibase.examples",
            "liquibase.integration",
            "liquibase.sdk");

    /**
     * One exported package.
     *
     * @param name package name
     * @param version its version
     * @param uses packages it uses, as declared by its jar
     */
    public record Export(String name, Version version, List<String> uses) {

        /** The clause for the framework property. */
        public String clause() {
            StringBuilder clause = new StringBuilder(name).append(";version=").append(version);
            if (!uses.isEmpty()) {
                clause.append(";uses:=\"").append(String.join(",", uses)).append('"');
            }
            return clause.toString();
        }
    }

    private SystemPackages() {}

    /** The export clause for the current class path. */
    public static String fromClassPath() {
        List<Path> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry));
            }
        }
        return header(exports(entries));
    }

    /** The allowed exports of these class path entries, in class path order (the first copy of a package wins). */
    public static List<Export> exports(List<Path> classPath) {
        Map<String, Export> packages = new LinkedHashMap<>();
        for (Path path : classPath) {
            try {
                // Directories are the host's own classes (a development class path): never exported.
                if (Files.isRegularFile(path) && !isFramework(path)) {
                    scanJar(path, packages);
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read class path entry " + path, e);
            }
        }
        Set<String> exported = packages.keySet();
        return packages.values().stream()
                .map(e -> new Export(
                        e.name(),
                        e.version(),
                        e.uses().stream()
                                .filter(u -> !u.equals(e.name()) && exported.contains(u))
                                .toList()))
                .toList();
    }

    /** The value of {@code org.osgi.framework.system.packages.extra} for these exports. */
    public static String header(List<Export> exports) {
        StringBuilder header = new StringBuilder();
        for (Export export : exports) {
            if (!header.isEmpty()) {
                header.append(',');
            }
            header.append(export.clause());
        }
        return header.toString();
    }

    /** Whether bundles may import {@code name} from the host. */
    public static boolean isAllowed(String name) {
        if (name.startsWith("java.")
                || isInternal(name)
                || NEVER.stream().anyMatch(n -> name.equals(n) || name.startsWith(n + "."))) {
            return false;
        }
        for (String pattern : ALLOWED) {
            if (pattern.endsWith(".*")) {
                String root = pattern.substring(0, pattern.length() - 2);
                if (name.equals(root) || name.startsWith(root + ".")) {
                    return true;
                }
            } else if (name.equals(pattern)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a package is some library's internal one ({@code ….internal} or {@code ….internal.…}). */
    public static boolean isInternal(String name) {
        return name.endsWith(".internal") || name.contains(".internal.") || name.startsWith("internal.");
    }

    private static boolean isFramework(Path jar) {
        return jar.getFileName().toString().startsWith("org.apache.felix.framework");
    }

    private static void scanJar(Path path, Map<String, Export> packages) throws IOException {
        try (JarFile jar = new JarFile(path.toFile())) {
            Manifest manifest = jar.getManifest();
            String exports =
                    manifest == null ? null : manifest.getMainAttributes().getValue("Export-Package");
            if (exports != null) {
                for (Export export : parseExportPackage(exports)) {
                    add(export, packages);
                }
                return;
            }
            Version version = version(manifest);
            Set<String> names = new LinkedHashSet<>();
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.endsWith(".class") && name.contains("/") && !name.startsWith("META-INF/")) {
                    names.add(name.substring(0, name.lastIndexOf('/')).replace('/', '.'));
                }
            }
            names.forEach(name -> add(new Export(name, version, List.of()), packages));
        }
    }

    private static void add(Export export, Map<String, Export> packages) {
        if (isAllowed(export.name())) {
            packages.putIfAbsent(export.name(), export);
        }
    }

    private static Version version(Manifest manifest) {
        if (manifest == null) {
            return Version.emptyVersion;
        }
        Attributes main = manifest.getMainAttributes();
        for (String header : List.of("Bundle-Version", "Implementation-Version")) {
            String value = main.getValue(header);
            if (value != null) {
                try {
                    return Version.parseVersion(value.replace('-', '.'));
                } catch (IllegalArgumentException ignored) {
                    // not an OSGi version: fall through
                }
            }
        }
        return Version.emptyVersion;
    }

    /**
     * One clause of a manifest header such as {@code Import-Package} or {@code Export-Package}.
     *
     * @param names the packages it names
     * @param attributes its attributes ({@code version=…}), unquoted
     * @param directives its directives ({@code uses:=…}), unquoted
     */
    public record Clause(List<String> names, Map<String, String> attributes, Map<String, String> directives) {}

    /** Parses a package header into its clauses. */
    public static List<Clause> parseClauses(String header) {
        List<Clause> clauses = new ArrayList<>();
        for (String text : splitClauses(header)) {
            List<String> names = new ArrayList<>();
            Map<String, String> attributes = new LinkedHashMap<>();
            Map<String, String> directives = new LinkedHashMap<>();
            for (String part : split(text, ';')) {
                String p = part.trim();
                int eq = p.indexOf('=');
                if (p.isEmpty()) {
                    continue;
                }
                if (eq < 0) {
                    names.add(p);
                } else if (eq > 0 && p.charAt(eq - 1) == ':') {
                    directives.put(p.substring(0, eq - 1).trim(), unquote(p.substring(eq + 1)));
                } else {
                    attributes.put(p.substring(0, eq).trim(), unquote(p.substring(eq + 1)));
                }
            }
            if (!names.isEmpty()) {
                clauses.add(new Clause(names, attributes, directives));
            }
        }
        return clauses;
    }

    /**
     * Parses an {@code Export-Package} header: each clause names one or more packages, with a {@code version} (or the
     * old {@code specification-version}) and a {@code uses:} directive. Other attributes and directives are dropped:
     * the system bundle offers the packages to everyone.
     */
    public static List<Export> parseExportPackage(String header) {
        List<Export> exports = new ArrayList<>();
        for (Clause clause : parseClauses(header)) {
            String v = clause.attributes()
                    .getOrDefault("version", clause.attributes().getOrDefault("specification-version", "0.0.0"));
            Version version = Version.parseVersion(v);
            List<String> uses = split(clause.directives().getOrDefault("uses", ""), ',').stream()
                    .map(String::trim)
                    .filter(u -> !u.isEmpty())
                    .toList();
            for (String name : clause.names()) {
                exports.add(new Export(name, version, uses));
            }
        }
        return exports;
    }

    private static String unquote(String value) {
        String v = value.trim();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    /** Splits a header at commas outside quotes. */
    static List<String> splitClauses(String header) {
        return split(header, ',');
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
