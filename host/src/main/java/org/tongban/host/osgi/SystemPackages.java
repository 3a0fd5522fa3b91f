package org.tongban.host.osgi;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.osgi.framework.Version;

/**
 * Computes {@code org.osgi.framework.system.packages.extra} from the host class path, so that bundles share the one
 * copy of Vaadin, Jetty, Shiro, Liquibase and the JDBC drivers that the web container uses. A jar's own
 * {@code Export-Package} is kept with its versions; a jar without OSGi metadata exports all its packages at its
 * implementation version.
 */
public final class SystemPackages {

    private SystemPackages() {}

    /** The export clause for the current class path. */
    public static String fromClassPath() {
        Map<String, String> packages = new LinkedHashMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = Path.of(entry);
            try {
                if (Files.isDirectory(path)) {
                    scanDirectory(path, packages);
                } else if (Files.isRegularFile(path) && !isFramework(path)) {
                    scanJar(path, packages);
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read class path entry " + path, e);
            }
        }
        StringBuilder clause = new StringBuilder();
        packages.forEach((name, version) -> {
            if (!clause.isEmpty()) {
                clause.append(',');
            }
            clause.append(name).append(";version=").append(version);
        });
        return clause.toString();
    }

    private static boolean isFramework(Path jar) {
        return jar.getFileName().toString().startsWith("org.apache.felix.framework");
    }

    private static void scanJar(Path path, Map<String, String> packages) throws IOException {
        try (JarFile jar = new JarFile(path.toFile())) {
            Manifest manifest = jar.getManifest();
            String exports =
                    manifest == null ? null : manifest.getMainAttributes().getValue("Export-Package");
            if (exports != null) {
                for (String clause : splitClauses(exports)) {
                    addClause(clause, packages);
                }
                return;
            }
            String version = version(manifest);
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.endsWith(".class") && name.contains("/") && !name.startsWith("META-INF/")) {
                    add(name.substring(0, name.lastIndexOf('/')).replace('/', '.'), version, packages);
                }
            }
        }
    }

    private static void scanDirectory(Path root, Map<String, String> packages) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".class")).forEach(p -> {
                Path parent = root.relativize(p).getParent();
                if (parent != null && !parent.startsWith("META-INF")) {
                    add(parent.toString().replace(File.separatorChar, '.'), "0.0.0", packages);
                }
            });
        }
    }

    private static String version(Manifest manifest) {
        if (manifest == null) {
            return "0.0.0";
        }
        Attributes main = manifest.getMainAttributes();
        for (String header : List.of("Bundle-Version", "Implementation-Version")) {
            String value = main.getValue(header);
            if (value != null) {
                try {
                    return Version.parseVersion(value.replace('-', '.')).toString();
                } catch (IllegalArgumentException ignored) {
                    // not an OSGi version: fall through
                }
            }
        }
        return "0.0.0";
    }

    private static void addClause(String clause, Map<String, String> packages) {
        List<String> names = new ArrayList<>();
        String version = "0.0.0";
        for (String part : splitParts(clause)) {
            String p = part.trim();
            if (p.startsWith("version=")) {
                version = unquote(p.substring("version=".length()));
            } else if (!p.contains("=") && !p.isEmpty()) {
                names.add(p);
            }
        }
        for (String name : names) {
            add(name, version, packages);
        }
    }

    private static void add(String name, String version, Map<String, String> packages) {
        if (name.startsWith("java.") || name.startsWith("org.osgi.framework")) {
            return;
        }
        packages.putIfAbsent(name, version);
    }

    private static String unquote(String value) {
        String v = value.trim();
        return v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    /** Splits a header at commas outside quotes. */
    static List<String> splitClauses(String header) {
        return split(header, ',');
    }

    private static List<String> splitParts(String clause) {
        return split(clause, ';');
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
