package org.tongban.platform.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import liquibase.resource.Resource;
import org.junit.jupiter.api.Test;

class ChangelogResourceAccessorTest {

    private final ChangelogResourceAccessor accessor =
            new ChangelogResourceAccessor(getClass().getClassLoader());

    @Test
    void normalisesPathsBelowTheRoot() {
        assertThat(ChangelogResourceAccessor.normalize("/db/./tables/../probe.xml"))
                .isEqualTo("db/probe.xml");
        assertThat(ChangelogResourceAccessor.normalize("classpath:db\\probe.xml"))
                .isEqualTo("db/probe.xml");
        assertThat(ChangelogResourceAccessor.normalize("../outside.xml")).isNull();
    }

    @Test
    void readsAChangelogAndResolvesItsSiblingsThroughTheClassLoader() throws Exception {
        Resource changelog = accessor.get("db/probe-changelog.xml");
        Resource include = changelog.resolveSibling("tables/probe-reader.xml");

        assertThat(changelog.exists()).isTrue();
        assertThat(include.getPath()).isEqualTo("db/tables/probe-reader.xml");
        try (InputStream in = include.openInputStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("probe_reader");
        }
    }

    @Test
    void aMissingFileDoesNotExist() throws Exception {
        assertThat(accessor.getAll("db/absent.xml")).isNull();
        assertThat(accessor.get("db/absent.xml").exists()).isFalse();
    }

    @Test
    void refusesToListFolders() {
        assertThatIOException().isThrownBy(() -> accessor.search("db", true)).withMessageContaining("<include>");
    }
}
