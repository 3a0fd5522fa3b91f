package org.tongban.platform.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributionConfigurationsTest {

    @Test
    void readsTypedValuesAndExpandsTheHomeFolder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("configurations.json");
        Files.writeString(
                file,
                """
                {"org.tongban.platform.persistence": {"url": "jdbc:h2:file:${tongban.home}/data/db", "maximumPoolSize": 7, "ssl": false}}
                """);

        Map<String, Dictionary<String, Object>> configurations = DistributionConfigurations.read(file, "/opt/tongban");

        Dictionary<String, Object> persistence = configurations.get("org.tongban.platform.persistence");
        assertThat(persistence.get("url")).isEqualTo("jdbc:h2:file:/opt/tongban/data/db");
        assertThat(persistence.get("maximumPoolSize")).isEqualTo(7L);
        assertThat(persistence.get("ssl")).isEqualTo(false);
    }
}
