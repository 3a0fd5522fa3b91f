package org.tongban.hall.internal;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tongban.testing.MessageFiles;
import org.tongban.testing.TraditionalScript;

class MessagesTest {
    private final MessageFiles messages = MessageFiles.of("i18n/hall-messages");

    @Test
    void everyKeyTheSourcesUseIsDefinedAndTranslated() {
        messages.assertDefined(MessageFiles.keysUsedIn(
                Path.of("src/main/java"), Pattern.compile("\"(hall\\.error\\.[A-Za-z]+)\""), true));
        messages.assertKeysStartWith("hall.");
        messages.assertComplete();
    }

    @Test
    void theTraditionalChineseTextsHaveNoSimplifiedCharactersLeft() {
        TraditionalScript.assertTraditional(messages);
    }
}
