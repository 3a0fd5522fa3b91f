package org.tongban.platform.events.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text the view asks for exists in all three languages, with the same placeholders. */
class MessagesTest {
    private static final Pattern KEY_IN_SOURCE = Pattern.compile("\"(events\\.[a-zA-Z.]+[a-zA-Z])\"");

    @Test
    void everyKeyUsedInTheSourcesIsDefined() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_SOURCE.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }

        assertThat(used).contains("events.menu", "events.dead.empty", "events.replay.done");
        assertThat(load("i18n/events-ui.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void theMenuAndTheEmptyStateReadAsAgreed() throws IOException {
        Properties chinese = load("i18n/events-ui.properties");

        assertThat(chinese.getProperty("events.menu")).isEqualTo("事件投递");
        assertThat(chinese.getProperty("events.dead.empty")).isEqualTo("没有死信");
        assertThat(chinese.getProperty("events.replay")).isEqualTo("重放");
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/events-ui_zh_TW.properties", "i18n/events-ui_en.properties"})
    void translationsHaveTheSameKeysAndPlaceholders(String file) throws IOException {
        Properties chinese = load("i18n/events-ui.properties");
        Properties translation = load(file);

        assertThat(new TreeSet<>(translation.stringPropertyNames()))
                .isEqualTo(new TreeSet<>(chinese.stringPropertyNames()));
        for (String key : chinese.stringPropertyNames()) {
            assertThat(key).startsWith("events.");
            assertThat(translation.getProperty(key)).as(key).isNotBlank();
            assertThat(placeholders(translation.getProperty(key)))
                    .as(key)
                    .isEqualTo(placeholders(chinese.getProperty(key)));
        }
    }

    private static int placeholders(String pattern) {
        // An apostrophe would silently swallow a placeholder in MessageFormat, so it must not appear at all.
        assertThat(pattern).doesNotContain("'");
        return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
