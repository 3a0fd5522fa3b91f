package org.tongban.host.osgi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundles a distribution starts with, from {@code conf/startup.json}: {@code [{"location": "bundles/x.jar",
 * "startLevel": 2}, ...]}, written by the distribution assembler from the city's features.
 */
record StartupPlan(List<Entry> entries) {

    record Entry(Path jar, int startLevel) {}

    static StartupPlan read(Path home) throws IOException {
        Path file = home.resolve("conf/startup.json");
        if (!Files.isRegularFile(file)) {
            throw new IOException("缺少启动清单 (missing startup plan): " + file);
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode node : new ObjectMapper().readTree(file.toFile())) {
            Path jar = home.resolve(node.path("location").asText());
            if (!Files.isRegularFile(jar)) {
                throw new IOException("启动清单中的组件不存在 (bundle listed in startup.json is missing): " + jar);
            }
            entries.add(new Entry(jar, Math.max(1, node.path("startLevel").asInt(10))));
        }
        return new StartupPlan(entries);
    }

    int highestLevel() {
        return entries.stream().mapToInt(Entry::startLevel).max().orElse(1);
    }
}
