package org.tongban.search.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongban.search.SearchStatus;
import org.tongban.testing.MessageFiles;

/** Every text of the bundle exists in all three languages with the same placeholders, and every console key is defined. */
class ConsoleMessagesTest {
    private static final Pattern KEY_IN_SOURCE = Pattern.compile("\"(search\\.console\\.[a-zA-Z.]+[a-zA-Z])\"");
    private static final Path SOURCES = Path.of("src/main/java/org/tongban/search/ui/console");
    private final MessageFiles messages = MessageFiles.of("i18n/search-ui");

    @Test
    void everyKeyTheConsoleUsesIsDefined() {
        Set<String> used = MessageFiles.keysUsedIn(SOURCES, KEY_IN_SOURCE, false);
        // Keys built at run time.
        Arrays.stream(Period.Choice.values()).map(Period.Choice::key).forEach(used::add);
        Arrays.stream(SearchStatus.State.values())
                .map(s -> "search.console.index.state." + s.name())
                .forEach(used::add);

        assertThat(used).contains("search.console.synonyms.menu", "search.console.index.done");
        messages.assertDefined(used);
    }

    @ParameterizedTest
    @ValueSource(strings = {"_zh_TW", "_en"})
    void translationsHaveTheSameKeysAndPlaceholders(String variant) {
        messages.assertTranslated(variant);
    }

    @Test
    void thePickerListsHaveTwelveMonthsAndSevenDays() {
        for (String variant : new String[] {"", "_zh_TW", "_en"}) {
            Properties texts = messages.variant(variant);
            assertThat(texts.getProperty("search.console.date.months").split(","))
                    .hasSize(12);
            assertThat(texts.getProperty("search.console.date.weekdays").split(","))
                    .hasSize(7);
            assertThat(texts.getProperty("search.console.date.weekdaysShort").split(","))
                    .hasSize(7);
        }
    }
}
