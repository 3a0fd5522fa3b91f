package org.tongban.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdiction.Level;

/** The jurisdiction tree: queries over the Jinan seed, and re-seeding that renames and moves entries. */
@ParameterizedClass
@EnumSource(Backend.class)
class JurisdictionsTest {

    @Parameter
    Backend backend;

    private SecurityFixture fx;

    @BeforeEach
    void setUp() {
        fx = new SecurityFixture(backend);
    }

    @AfterEach
    void tearDown() {
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void queriesFollowTheTree() {
        assertThat(fx.jurisdictions.find("370102")).contains(new Jurisdiction("370102", "历下区", Level.COUNTY, "370100"));
        assertThat(fx.jurisdictions.find("370199")).isEmpty();
        assertThat(fx.jurisdictions.children("370100"))
                .extracting(Jurisdiction::code)
                .startsWith("370102", "370103", "370104", "370105", "370112")
                .contains("370116")
                .hasSize(12);
        assertThat(fx.jurisdictions.ancestry("370102001"))
                .extracting(Jurisdiction::name)
                .containsExactly("山东省", "济南市", "历下区", "解放路街道");
        assertThat(fx.jurisdictions.ancestry("999999")).isEmpty();
        assertThat(fx.jurisdictions.path("370102001")).contains("/370000/370100/370102/370102001/");
    }

    @Test
    void containsMeansSelfOrSubtree() {
        assertThat(fx.jurisdictions.contains("370100", "370102001")).isTrue();
        assertThat(fx.jurisdictions.contains("370102", "370102")).isTrue();
        assertThat(fx.jurisdictions.contains("370102", "370100")).isFalse();
        assertThat(fx.jurisdictions.contains("370103", "370102001")).isFalse();
        assertThat(fx.jurisdictions.contains("370100", "370199")).isFalse();
        assertThat(fx.jurisdictions.contains(null, "370100")).isFalse();
    }

    @Test
    void reseedRenamesAndMovesSubtrees() throws IOException {
        // The city seeded on its own: it becomes a root and its subtree's paths follow.
        apply(
                """
                {"code": "370100", "name": "济南", "level": "CITY", "children": [
                  {"code": "370102", "name": "历下区", "level": "COUNTY"}]}
                """);
        assertThat(fx.jurisdictions.find("370100")).contains(new Jurisdiction("370100", "济南", Level.CITY, null));
        assertThat(fx.jurisdictions.path("370102001")).contains("/370100/370102/370102001/");
        assertThat(fx.jurisdictions.path("370103")).contains("/370100/370103/");
        assertThat(fx.jurisdictions.contains("370000", "370102")).isFalse();
        // Applying the same file twice changes nothing.
        int before = (int) fx.db.count("sec_jurisdiction");
        apply("{\"code\": \"370100\", \"name\": \"济南\", \"level\": \"CITY\"}");
        assertThat(fx.db.count("sec_jurisdiction")).isEqualTo(before);
    }

    @Test
    void invalidSeedIsRejectedWhole() {
        assertThatThrownBy(() -> apply("{\"code\": \"3701\", \"name\": \"x\", \"level\": \"CITY\"}"))
                .hasMessageContaining("3701");
        assertThatThrownBy(
                        () -> apply(
                                """
                        {"code": "370100", "name": "济南市", "level": "CITY", "children": [
                          {"code": "370000", "name": "山东省", "level": "PROVINCE"}]}
                        """))
                .hasMessageContaining("below its parent");
        assertThatThrownBy(() -> apply("{\"code\": \"370100\", \"name\": \"济南市\", \"level\": \"METROPOLIS\"}"))
                .isInstanceOf(IOException.class);
    }

    @Test
    void seedFileInHomeIsAppliedAtActivation(@TempDir Path home) throws IOException {
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(
                home.resolve(JdbcJurisdictions.SEED_FILE),
                "{\"code\": \"370300\", \"name\": \"淄博市\", \"level\": \"CITY\", \"children\": [{\"code\":"
                        + " \"370303\", \"name\": \"张店区\", \"level\": \"COUNTY\"}]}",
                StandardCharsets.UTF_8);
        fx.jurisdictions.seedFrom(home);
        assertThat(fx.jurisdictions.ancestry("370303"))
                .extracting(Jurisdiction::name)
                .containsExactly("淄博市", "张店区");
    }

    private void apply(String json) throws IOException {
        JurisdictionSeed.apply(
                fx.db.transactions(),
                JurisdictionSeed.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }
}
