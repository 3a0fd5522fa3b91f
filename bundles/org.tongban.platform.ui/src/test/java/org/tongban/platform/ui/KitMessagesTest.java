package org.tongban.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text of the kit exists in every language. */
class KitMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"_zh_TW", "_en"})
    void variantsHaveTheKeysOfTheBaseFile(String suffix) throws IOException {
        Properties base = load("");
        Properties variant = load(suffix);

        assertThat(variant.stringPropertyNames()).isEqualTo(base.stringPropertyNames());
    }

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = KitMessagesTest.class.getResourceAsStream("/i18n/platform-ui" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
