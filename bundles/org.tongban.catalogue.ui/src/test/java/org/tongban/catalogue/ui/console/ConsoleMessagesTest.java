package org.tongban.catalogue.ui.console;

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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every console text exists in all three languages, with the same placeholders. */
class ConsoleMessagesTest {
    private static final Pattern KEY_IN_SOURCE = Pattern.compile("\"(catalogue\\.console\\.[a-zA-Z.]+)\"");
    private static final Path SOURCES = Path.of("src/main/java/org/tongban/catalogue/ui/console");

    @Test
    void everyKeyUsedByTheConsoleViewsIsDefined() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.list(SOURCES)) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_SOURCE.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }

        assertThat(used).contains("catalogue.console.menu", "catalogue.console.action.publish");
        assertThat(consoleKeys(load("i18n/catalogue-ui.properties"))).containsAll(used);
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/catalogue-ui_zh_TW.properties", "i18n/catalogue-ui_en.properties"})
    void translationsHaveTheSameKeysAndPlaceholders(String file) throws IOException {
        Properties chinese = load("i18n/catalogue-ui.properties");
        Properties translation = load(file);

        assertThat(consoleKeys(translation)).isEqualTo(consoleKeys(chinese));
        for (String key : consoleKeys(chinese)) {
            assertThat(placeholders(translation.getProperty(key)))
                    .as(key)
                    .isEqualTo(placeholders(chinese.getProperty(key)));
        }
    }

    private static Set<String> consoleKeys(Properties properties) {
        return properties.stringPropertyNames().stream()
                .filter(k -> k.startsWith("catalogue.console."))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static int placeholders(String pattern) {
        // An apostrophe would silently swallow a placeholder in MessageFormat, so it must not appear at all.
        assertThat(pattern).doesNotContain("'");
        return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ConsoleMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
