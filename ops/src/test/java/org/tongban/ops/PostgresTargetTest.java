package org.tongban.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What pg_dump and pg_restore are pointed at, read from the JDBC URL the distribution is configured with. */
class PostgresTargetTest {

    @Test
    void theCitysSchemaIsTheUrlsCurrentSchemaElsePublic() {
        PostgresTarget city = PostgresTarget.of(
                "jdbc:postgresql://db.example:5433/tongban?currentSchema=jinan,public&ssl=true", "tongban", "secret");
        assertThat(city.host()).isEqualTo("db.example");
        assertThat(city.port()).isEqualTo(5433);
        assertThat(city.database()).isEqualTo("tongban");
        assertThat(city.schema()).isEqualTo("jinan");
        assertThat(city.user()).isEqualTo("tongban");

        PostgresTarget plain = PostgresTarget.of("jdbc:postgresql://127.0.0.1/test?user=postgres", "", "");
        assertThat(plain.port()).isEqualTo(5432);
        assertThat(plain.schema()).isEqualTo("public");
        assertThat(plain.user()).as("the user named in the URL").isEqualTo("postgres");
    }

    @Test
    void aUrlOrSchemaTheToolsCannotUseIsRefusedClearly() {
        assertThatThrownBy(() -> PostgresTarget.of("jdbc:postgresql:test", "", ""))
                .hasMessageContaining("jdbc:postgresql://");
        assertThatThrownBy(
                        () -> PostgresTarget.of("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=a%3Bdrop", "", ""))
                .hasMessageContaining("模式名");
    }
}
