package org.tongban.search.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongban.search.SearchStatus;

/** Every text of the bundle exists in all three languages with the same placeholders, and every console key is defined. */
class ConsoleMessagesTest {
    private static final Pattern KEY_IN_SOURCE = Pattern.compile("\"(search\\.console\\.[a-zA-Z.]+[a-zA-Z])\"");
    private static final Path SOURCES = Path.of("src/main/java/org/tongban/search/ui/console");

    @Test
    void everyKeyTheConsoleUsesIsDefined() throws IOException {
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
        // Keys built at run time.
        Arrays.stream(Period.Choice.values()).map(Period.Choice::key).forEach(used::add);
        Arrays.stream(SearchStatus.State.values())
                .map(s -> "search.console.index.state." + s.name())
                .forEach(used::add);

        assertThat(used).contains("search.console.synonyms.menu", "search.console.index.done");
        assertThat(load("i18n/search-ui.properties").stringPropertyNames()).containsAll(used);
    }

    @ParameterizedTest
    @ValueSource(strings = {"_zh_TW", "_en"})
    void translationsHaveTheSameKeysAndPlaceholders(String variant) throws IOException {
        Properties chinese = load("i18n/search-ui.properties");
        Properties translation = load("i18n/search-ui" + variant + ".properties");

        assertThat(new TreeSet<>(translation.stringPropertyNames()))
                .isEqualTo(new TreeSet<>(chinese.stringPropertyNames()));
        for (String key : chinese.stringPropertyNames()) {
            assertThat(placeholders(translation.getProperty(key)))
                    .as(key)
                    .isEqualTo(placeholders(chinese.getProperty(key)));
        }
    }

    @Test
    void thePickerListsHaveTwelveMonthsAndSevenDays() throws IOException {
        for (String variant : new String[] {"", "_zh_TW", "_en"}) {
            Properties texts = load("i18n/search-ui" + variant + ".properties");
            assertThat(texts.getProperty("search.console.date.months").split(","))
                    .hasSize(12);
            assertThat(texts.getProperty("search.console.date.weekdays").split(","))
                    .hasSize(7);
            assertThat(texts.getProperty("search.console.date.weekdaysShort").split(","))
                    .hasSize(7);
        }
    }

    private static int placeholders(String pattern) {
        // An apostrophe would silently swallow a placeholder in MessageFormat, so it must not appear at all.
        assertThat(pattern).doesNotContain("'");
        return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
    }

    static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ConsoleMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
