package org.tongban.documents.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongban.testing.MessageFiles;

/** Every text the page asks for exists in all three languages, with the same placeholders. */
class MessagesTest {
    private static final Pattern KEY_IN_SOURCE = Pattern.compile("\"(documents\\.verify\\.[a-zA-Z]+)\"");
    private final MessageFiles messages = MessageFiles.of("i18n/documents-ui");
    // Verdicts and the busy message come from the documents bundle's own files.
    private final MessageFiles verdicts = MessageFiles.of("i18n/documents-messages");

    @Test
    void everyKeyUsedInTheSourcesIsDefined() {
        Set<String> used = MessageFiles.keysUsedIn(Path.of("src/main/java"), KEY_IN_SOURCE, true);

        assertThat(used).contains("documents.verify.menu", "documents.verify.genuine");
        used.removeIf(key -> verdicts.chinese().containsKey(key));
        messages.assertDefined(used);
    }

    @ParameterizedTest
    @ValueSource(strings = {"_zh_TW", "_en"})
    void translationsHaveTheSameKeysAndPlaceholders(String variant) {
        messages.assertKeysStartWith("documents.verify.");
        messages.assertTranslated(variant);
    }
}
