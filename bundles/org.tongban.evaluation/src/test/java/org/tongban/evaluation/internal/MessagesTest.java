package org.tongban.evaluation.internal;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tongban.testing.MessageFiles;
import org.tongban.testing.TraditionalScript;

class MessagesTest {
    private final MessageFiles messages = MessageFiles.of("i18n/evaluation-messages");

    @Test
    void everyKeyTheSourcesUseIsDefinedAndTranslated() {
        messages.assertDefined(MessageFiles.keysUsedIn(
                Path.of("src/main/java"), Pattern.compile("\"(evaluation\\.error\\.[A-Za-z]+)\""), true));
        messages.assertKeysStartWith("evaluation.");
        messages.assertComplete();
    }

    @Test
    void theTraditionalChineseTextsHaveNoSimplifiedCharactersLeft() {
        TraditionalScript.assertTraditional(messages);
    }
}
