package org.tongban.catalogue.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongban.testing.MessageFiles;

/** Every console text exists in all three languages, with the same placeholders. */
class ConsoleMessagesTest {
    private static final Pattern KEY_IN_SOURCE = Pattern.compile("\"(catalogue\\.console\\.[a-zA-Z.]+)\"");
    private static final Path SOURCES = Path.of("src/main/java/org/tongban/catalogue/ui/console");
    private final MessageFiles messages = MessageFiles.of("i18n/catalogue-ui");

    @Test
    void everyKeyUsedByTheConsoleViewsIsDefined() {
        Set<String> used = MessageFiles.keysUsedIn(SOURCES, KEY_IN_SOURCE, false);

        assertThat(used).contains("catalogue.console.menu", "catalogue.console.action.publish");
        messages.assertDefined(used);
    }

    @ParameterizedTest
    @ValueSource(strings = {"_zh_TW", "_en"})
    void translationsHaveTheSameKeysAndPlaceholders(String variant) {
        messages.assertTranslated(variant, key -> key.startsWith("catalogue.console."));
    }
}
