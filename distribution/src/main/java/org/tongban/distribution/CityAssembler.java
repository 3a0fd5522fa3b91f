package org.tongban.distribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * Builds {@code target/tongban-<city>/} and {@code target/tongban-<city>.tar.gz} for each city: the shared base
 * (launcher, host class path, {@code bin/tongban}) plus the city's thin overlay (features, theme, configuration,
 * jurisdictions). Then, unless told otherwise, launches each city headless and fails if a bundle is not active, and
 * makes the city's AOT cache with one training run ({@code --aot false} skips it).
 */
public final class CityAssembler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path repo;
    private final Path staging;
    private final Path out;
    private final String version;

    CityAssembler(Path repo, Path staging, Path out, String version) {
        this.repo = repo;
        this.staging = staging;
        this.out = out;
        this.version = version;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        CityAssembler assembler = new CityAssembler(
                Path.of(options.get("repo")).toAbsolutePath().normalize(),
                Path.of(options.get("staging")),
                Path.of(options.get("out")),
                options.get("version"));
        List<String> failed = new ArrayList<>();
        for (String city : options.get("cities").split(",")) {
            Path home = assembler.assemble(city.trim());
            if (Boolean.parseBoolean(options.getOrDefault("verify", "true")) && !assembler.verify(home)) {
                failed.add(city);
            } else if (Boolean.parseBoolean(options.getOrDefault("aot", "true"))) {
                assembler.trainAotCache(home);
            }
            assembler.archive(home);
        }
        if (!failed.isEmpty()) {
            throw new IllegalStateException("Cities whose bundles did not all become active: " + failed);
        }
    }

    /**
     * Refuses a city that lists a feature without the features it needs, before anything is written: otherwise the
     * city would be assembled with bundles that never resolve.
     */
    private void checkRequirements(String city, Path cityDir, JsonNode descriptor) throws IOException {
        List<String> chosen = new ArrayList<>();
        descriptor.path("features").forEach(name -> chosen.add(name.asText()));
        for (String name : chosen) {
            Feature feature = Feature.read(repo.resolve("features").resolve(name + ".json"), version);
            List<String> missing = feature.requires().stream()
                    .filter(required -> !chosen.contains(required))
                    .toList();
            if (!missing.isEmpty()) {
                throw new IOException("City " + city + ": feature " + name + " needs " + missing
                        + "; add them to the features of " + cityDir.resolve("city.json"));
            }
        }
    }

    Path assemble(String city) throws IOException {
        Path cityDir = repo.resolve("distribution/src/main/cities").resolve(city);
        JsonNode descriptor = JSON.readTree(cityDir.resolve("city.json").toFile());
        checkRequirements(city, cityDir, descriptor);
        Path home = out.resolve("tongban-" + city);
        deleteRecursively(home);
        for (String dir : List.of("bin", "lib", "bundles", "conf", "deploy", "data", "logs", "themes")) {
            Files.createDirectories(home.resolve(dir));
        }
        copyTree(staging.resolve("lib"), home.resolve("lib"));
        copyTree(repo.resolve("distribution/src/main/base"), home);
        Files.setPosixFilePermissions(home.resolve("bin/tongban"), PosixFilePermissions.fromString("rwxr-xr-x"));

        ArrayNode startup = JSON.createArrayNode();
        ArrayNode features = JSON.createArrayNode();
        ObjectNode configurations = JSON.createObjectNode();
        for (JsonNode name : descriptor.path("features")) {
            Feature feature = Feature.read(repo.resolve("features").resolve(name.asText() + ".json"), version);
            ObjectNode summary = features.addObject();
            summary.put("id", feature.id());
            summary.put("title", feature.title());
            ArrayNode bundles = summary.putArray("bundles");
            for (Feature.BundleRef bundle : feature.bundles()) {
                Path jar = staging.resolve("bundles").resolve(bundle.fileName());
                if (!Files.isRegularFile(jar)) {
                    throw new IOException("Feature " + feature.name() + " names " + bundle.fileName()
                            + ", which the distribution module does not provide (add it to distribution/pom.xml)");
                }
                Files.copy(
                        jar, home.resolve("bundles").resolve(bundle.fileName()), StandardCopyOption.REPLACE_EXISTING);
                startup.addObject()
                        .put("location", "bundles/" + bundle.fileName())
                        .put("startLevel", bundle.startOrder());
                bundles.add(bundle.artifactId());
            }
            merge(configurations, feature.configurations());
        }
        if (descriptor.path("configurations") instanceof ObjectNode overrides) {
            merge(configurations, overrides);
        }
        write(home.resolve("conf/startup.json"), startup);
        write(home.resolve("conf/features.json"), features);
        write(home.resolve("conf/configurations.json"), configurations);

        String theme = descriptor.path("theme").asText(city);
        copyTree(repo.resolve("themes/base"), home.resolve("themes/base"));
        copyTree(repo.resolve("themes").resolve(theme), home.resolve("themes").resolve(theme));
        Files.copy(
                cityDir.resolve(descriptor.path("jurisdictions").asText("jurisdictions.json")),
                home.resolve("conf/jurisdictions.json"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(
                home.resolve("conf/tongban.properties"),
                """
                # Tongban distribution for %s (%s). Command-line options override these.
                city=%s
                theme=%s
                locale=%s
                locales=%s
                jurisdiction.root=%s
                port=8080
                """
                        .formatted(
                                descriptor.path("name").asText(city),
                                city,
                                city,
                                theme,
                                descriptor.path("locale").asText("zh-CN"),
                                locales(descriptor),
                                descriptor.path("jurisdictionRoot").asText()),
                StandardCharsets.UTF_8);
        System.out.printf(
                "[tongban] assembled %s: %d bundles from features %s%n",
                home.getFileName(), startup.size(), descriptor.path("features"));
        return home;
    }

    /** The languages the city offers (zh-CN, zh-TW and en unless its descriptor names them), default first. */
    static String locales(JsonNode descriptor) {
        List<String> locales = new ArrayList<>();
        locales.add(descriptor.path("locale").asText("zh-CN"));
        List<String> listed = new ArrayList<>();
        descriptor.path("locales").forEach(locale -> listed.add(locale.asText()));
        for (String locale : listed.isEmpty() ? List.of("zh-CN", "zh-TW", "en") : listed) {
            if (!locales.contains(locale)) {
                locales.add(locale);
            }
        }
        return String.join(",", locales);
    }

    /** Launches the distribution headless; true when every bundle became active. Leaves no data behind. */
    boolean verify(Path home) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        home.resolve("lib") + "/*",
                        "-Dtongban.log.dir=" + home.resolve("logs"),
                        "-Dlogback.configurationFile=" + CityAssembler.class.getResource("/verify-logback.xml"),
                        "org.tongban.host.Main",
                        "--home",
                        home.toString(),
                        "--verify")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .start();
        boolean ok = process.waitFor() == 0;
        deleteRecursively(home.resolve("data"));
        Files.createDirectories(home.resolve("data"));
        try (Stream<Path> logs = Files.list(home.resolve("logs"))) {
            for (Path log : logs.toList()) {
                Files.delete(log);
            }
        }
        System.out.printf("[tongban] verified %s: %s%n", home.getFileName(), ok ? "all bundles active" : "FAILED");
        return ok;
    }

    /** Makes {@code lib/tongban.aot} (see {@link AotTraining}); without it the city still runs, only starts slower. */
    void trainAotCache(Path home) throws IOException, InterruptedException {
        try {
            AotTraining.train(home);
        } catch (IOException e) {
            System.out.println("[tongban] no AOT cache for " + home.getFileName() + ": " + e.getMessage());
            Files.deleteIfExists(home.resolve("lib/tongban.aot"));
        }
        deleteRecursively(home.resolve("data"));
        Files.createDirectories(home.resolve("data"));
        try (Stream<Path> logs = Files.list(home.resolve("logs"))) {
            for (Path log : logs.toList()) {
                Files.delete(log);
            }
        }
    }

    void archive(Path home) throws IOException {
        Path archive = out.resolve(home.getFileName() + ".tar.gz");
        try (OutputStream file = Files.newOutputStream(archive);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(file));
                Stream<Path> paths = Files.walk(home)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Path path : paths.toList()) {
                String name = home.getFileName() + "/" + home.relativize(path) + (Files.isDirectory(path) ? "/" : "");
                TarArchiveEntry entry = new TarArchiveEntry(path.toFile(), name);
                entry.setMode(Files.isExecutable(path) ? 0755 : 0644);
                tar.putArchiveEntry(entry);
                if (Files.isRegularFile(path)) {
                    Files.copy(path, tar);
                }
                tar.closeArchiveEntry();
            }
        }
    }

    private static void merge(ObjectNode into, ObjectNode from) {
        for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> pid = it.next();
            ObjectNode target =
                    into.has(pid.getKey()) ? (ObjectNode) into.get(pid.getKey()) : into.putObject(pid.getKey());
            target.setAll((ObjectNode) pid.getValue());
        }
    }

    private static void write(Path file, JsonNode json) throws IOException {
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), json);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            throw new IOException("Missing folder " + from);
        }
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
