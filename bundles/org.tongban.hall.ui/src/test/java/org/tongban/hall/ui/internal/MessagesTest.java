package org.tongban.hall.ui.internal;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tongban.testing.MessageFiles;
import org.tongban.testing.TraditionalScript;

class MessagesTest {
    private final MessageFiles messages = MessageFiles.of("i18n/hall-ui");

    @Test
    void everyKeyTheSourcesUseIsDefinedAndTranslated() {
        messages.assertDefined(MessageFiles.keysUsedIn(
                Path.of("src/main/java"), Pattern.compile("\"(hall\\.ui\\.[A-Za-z.]+[A-Za-z])\""), true));
        messages.assertKeysStartWith("hall.ui.");
        messages.assertComplete();
    }

    @Test
    void theTraditionalChineseTextsHaveNoSimplifiedCharactersLeft() {
        TraditionalScript.assertTraditional(messages);
    }
}
