package org.tongban.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** A distribution folder: its city, its configured database and the state files under {@code data/}. */
record Instance(Path home, String city, DatabaseTarget database) {

    /**
     * Files under {@code data/} that are state rather than cache: the audit chain's key (the chain does not verify
     * without it) and the search synonyms clerks edit. The search index and the framework cache are rebuilt.
     */
    static final String AUDIT_KEY = "data/audit-chain.key";

    static final List<String> STATE_FILES = List.of(AUDIT_KEY, "data/search/synonyms.txt");

    static final String PERSISTENCE_PID = "org.tongban.platform.persistence";

    static Instance at(Path home) {
        Path properties = home.resolve("conf/tongban.properties");
        if (!Files.isRegularFile(properties)) {
            throw new OpsException(
                    OpsException.USAGE,
                    "不是通办发行版目录：" + home + " 中没有 conf/tongban.properties",
                    "not a Tongban distribution: conf/tongban.properties is missing");
        }
        Properties settings = new Properties();
        try (Reader reader = Files.newBufferedReader(properties, StandardCharsets.UTF_8)) {
            settings.load(reader);
        } catch (IOException e) {
            throw unreadable(properties, e);
        }
        return new Instance(home, settings.getProperty("city", ""), database(home));
    }

    private static DatabaseTarget database(Path home) {
        Path file = home.resolve("conf/configurations.json");
        JsonNode persistence = null;
        if (Files.isRegularFile(file)) {
            try {
                persistence = new ObjectMapper().readTree(file.toFile()).path(PERSISTENCE_PID);
            } catch (IOException e) {
                throw unreadable(file, e);
            }
        }
        String url = text(persistence, "url").replace("${tongban.home}", home.toString());
        if (url.isBlank()) {
            url = "jdbc:h2:file:" + home.resolve("data/db/tongban");
        }
        String user = text(persistence, "user");
        String password = text(persistence, "password");
        if (url.startsWith("jdbc:h2:")) {
            return H2Target.of(url, user, password);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return PostgresTarget.of(url, user, password);
        }
        throw new OpsException(
                OpsException.USAGE, "不支持的数据库地址（仅 H2 与 PostgreSQL）", "unsupported database URL: only H2 and PostgreSQL");
    }

    private static String text(JsonNode node, String field) {
        return node == null ? "" : node.path(field).asText("");
    }

    /** The process id in {@code data/tongban.pid} while that process lives (an instance started with bin/tongban). */
    Long runningPid() {
        Path pidFile = home.resolve("data/tongban.pid");
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent() ? pid : null;
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    /** Symbolic name and version of each bundle in {@code bundles/} and {@code deploy/}. */
    Map<String, String> bundleVersions() {
        Map<String, String> versions = new TreeMap<>();
        for (String folder : List.of("bundles", "deploy")) {
            Path dir = home.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> jars = Files.list(dir)) {
                for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                    try (JarFile file = new JarFile(jar.toFile())) {
                        Manifest manifest = file.getManifest();
                        String name = manifest == null
                                ? null
                                : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
                        if (name != null) {
                            versions.put(
                                    name.split(";")[0].trim(),
                                    manifest.getMainAttributes().getValue("Bundle-Version"));
                        }
                    } catch (IOException e) {
                        versions.put(jar.getFileName().toString(), "unreadable");
                    }
                }
            } catch (IOException e) {
                throw unreadable(dir, e);
            }
        }
        return versions;
    }

    static OpsException unreadable(Path file, IOException e) {
        return new OpsException(
                OpsException.FAILED, "无法读取 " + file + "：" + e.getMessage(), "cannot read " + file.getFileName());
    }
}
