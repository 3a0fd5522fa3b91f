package org.tongban.platform.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JdbcUrlsTest {

    @Test
    void defaultsToAnH2FileDatabaseBelowTheHome() {
        Path home = Path.of("/srv/tongban");

        assertThat(JdbcUrls.effectiveUrl("", home.toString()))
                .startsWith("jdbc:h2:file:" + home.resolve("data/db/tongban").toAbsolutePath());
        assertThat(JdbcUrls.effectiveUrl(null, home.toString())).isEqualTo(JdbcUrls.effectiveUrl("  ", "/srv/tongban"));
    }

    @Test
    void withoutAHomeUsesTheDataFolderOfTheWorkingDirectory() {
        assertThat(JdbcUrls.effectiveUrl("", null))
                .startsWith("jdbc:h2:file:" + Path.of("data/db/tongban").toAbsolutePath());
    }

    @Test
    void aConfiguredUrlWins() {
        assertThat(JdbcUrls.effectiveUrl(" jdbc:postgresql://db/tongban ", "/srv/tongban"))
                .isEqualTo("jdbc:postgresql://db/tongban");
    }

    @Test
    void anH2DatabaseWritesEachCommitToItsFileUnlessTheUrlSaysOtherwise() {
        assertThat(JdbcUrls.effectiveUrl("", "/srv/tongban")).endsWith(";WRITE_DELAY=0");
        assertThat(JdbcUrls.effectiveUrl("jdbc:h2:file:/srv/tongban/data/db/tongban;AUTO_SERVER=TRUE", null))
                .isEqualTo("jdbc:h2:file:/srv/tongban/data/db/tongban;AUTO_SERVER=TRUE;WRITE_DELAY=0");
        assertThat(JdbcUrls.effectiveUrl("jdbc:h2:file:/x;write_delay=200", null))
                .as("an operator's own choice")
                .isEqualTo("jdbc:h2:file:/x;write_delay=200");
        assertThat(JdbcUrls.effectiveUrl("jdbc:h2:mem:test", null)).isEqualTo("jdbc:h2:mem:test");
        assertThat(JdbcUrls.effectiveUrl("jdbc:postgresql://db/tongban", null))
                .isEqualTo("jdbc:postgresql://db/tongban");
    }

    @Test
    void redactsInlinePasswords() {
        assertThat(JdbcUrls.redact("jdbc:postgresql://db/tongban?user=tb&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/tongban?user=tb&password=***&ssl=true");
        assertThat(JdbcUrls.redact("jdbc:h2:file:/x;PASSWORD=s3cret;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:file:/x;PASSWORD=***;MODE=PostgreSQL");
    }
}
