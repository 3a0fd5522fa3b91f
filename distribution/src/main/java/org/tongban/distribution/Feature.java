package org.tongban.distribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A feature file in the OSGi Feature format (as Apache Sling uses it): an id, bundles with their start order, and
 * default configurations. {@code ${project.version}} in ids stands for the build's version.
 *
 * @param name file name without {@code .json}
 * @param id feature id
 * @param title human name
 * @param bundles bundle artifacts in the order listed
 * @param configurations PID to properties
 * @param requires the features this one needs in the same city (its bundles import their APIs or use their services)
 */
record Feature(
        String name,
        String id,
        String title,
        List<BundleRef> bundles,
        ObjectNode configurations,
        List<String> requires) {

    /**
     * A bundle of a feature.
     *
     * @param groupId Maven group
     * @param artifactId Maven artifact, also the bundle's symbolic name for Tongban bundles
     * @param version Maven version
     * @param startOrder start level
     */
    record BundleRef(String groupId, String artifactId, String version, int startOrder) {
        String fileName() {
            return artifactId + "-" + version + ".jar";
        }
    }

    static Feature read(Path file, String projectVersion) throws IOException {
        String text = Files.readString(file).replace("${project.version}", projectVersion);
        JsonNode json = new ObjectMapper().readTree(text);
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        List<BundleRef> bundles = new ArrayList<>();
        for (JsonNode bundle : json.path("bundles")) {
            String[] gav = bundle.path("id").asText().split(":");
            if (gav.length != 3) {
                throw new IOException(file + ": bundle id must be group:artifact:version, got " + bundle.path("id"));
            }
            bundles.add(new BundleRef(
                    gav[0],
                    gav[1],
                    gav[2],
                    Integer.parseInt(bundle.path("start-order").asText("20"))));
        }
        ObjectNode configurations = json.has("configurations")
                ? (ObjectNode) json.get("configurations")
                : new ObjectMapper().createObjectNode();
        List<String> requires = new ArrayList<>();
        json.path("requires").forEach(required -> requires.add(required.asText()));
        return new Feature(
                name,
                json.path("id").asText(name),
                json.path("name").asText(name),
                bundles,
                configurations,
                List.copyOf(requires));
    }
}
