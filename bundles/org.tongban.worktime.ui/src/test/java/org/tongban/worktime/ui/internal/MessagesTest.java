package org.tongban.worktime.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongban.testing.MessageFiles;

/** Every text the views ask for exists in all three languages, with the same placeholders. */
class MessagesTest {
    private static final Pattern KEY_IN_SOURCE = Pattern.compile("\"(worktime\\.[a-zA-Z.]+)\"");
    private final MessageFiles messages = MessageFiles.of("i18n/worktime");

    @Test
    void everyKeyUsedInTheSourcesIsDefined() {
        // Prefixes such as "worktime.state." are completed with an enum name; WorktimeViewsTest covers those.
        Set<String> used = MessageFiles.keysUsedIn(Path.of("src/main/java"), KEY_IN_SOURCE, true).stream()
                .filter(key -> !key.endsWith("."))
                .collect(Collectors.toSet());

        assertThat(used).contains("worktime.calendar.menu", "worktime.clock.menu", "worktime.report.menu");
        messages.assertDefined(used);
    }

    @ParameterizedTest
    @ValueSource(strings = {"_zh_TW", "_en"})
    void translationsHaveTheSameKeysAndPlaceholders(String variant) {
        messages.assertKeysStartWith("worktime.");
        messages.assertTranslated(variant);
    }
}
