package org.tongban.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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

    /** A key the kit's code asks for but its files do not define would show as a raw key (an upload's type error once asked for another bundle's key). */
    @Test
    void everyKeyTheKitUsesIsDefined() throws IOException {
        Properties base = load("");
        Pattern key = Pattern.compile("(?:getTranslation|KitMessages\\.get)\\((?:[^,()\"]+,\\s*)?\"([^\"]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(source));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) { // a prefix completed at run time
                        used.add(m.group(1));
                    }
                }
            }
        }

        assertThat(used).isNotEmpty();
        assertThat(base.stringPropertyNames()).containsAll(used);
    }

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = KitMessagesTest.class.getResourceAsStream("/i18n/platform-ui" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
