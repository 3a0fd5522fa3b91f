package org.tongban.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A city that lists a feature without the features it needs is refused when it is assembled, with what to add, rather
 * than assembled into bundles that never resolve; and every feature of the repository names only features that exist.
 */
class FeatureRequirementsTest {
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    @Test
    void aCityWithoutAFeaturesRequirementIsRefusedWithWhatToAdd(@TempDir Path dir) throws IOException {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve("features"));
        Files.writeString(
                repo.resolve("features/hotline.json"),
                "{\"id\": \"x:hotline:1\", \"requires\": [\"worktime\", \"catalogue\"], \"bundles\": []}");
        Files.writeString(repo.resolve("features/worktime.json"), "{\"id\": \"x:worktime:1\", \"bundles\": []}");
        Path city = repo.resolve("distribution/src/main/cities/somecity");
        Files.createDirectories(city);
        Files.writeString(city.resolve("city.json"), "{\"features\": [\"worktime\", \"hotline\"]}");
        Files.createDirectories(repo.resolve("distribution/src/main/base"));

        CityAssembler assembler = new CityAssembler(repo, dir.resolve("staging"), dir.resolve("out"), "1");
        Files.createDirectories(dir.resolve("staging/lib"));

        assertThatThrownBy(() -> assembler.assemble("somecity"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("feature hotline needs [catalogue]")
                .hasMessageContaining("city.json");
    }

    @Test
    void everyRequiredFeatureExists() throws IOException {
        try (var files = Files.list(REPO.resolve("features"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                Feature feature = Feature.read(file, "1");
                for (String required : feature.requires()) {
                    assertThat(REPO.resolve("features").resolve(required + ".json"))
                            .as(feature.name() + " needs " + required)
                            .isRegularFile();
                }
            }
        }
    }
}
