package org.tongban.intake.internal;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tongban.testing.MessageFiles;

/** Every refusal is worded in Simplified and Traditional Chinese and English. */
class MessagesTest {
    private final MessageFiles messages = MessageFiles.of("i18n/intake-messages");

    @Test
    void everyKeyTheSourcesUseIsDefinedAndTranslated() {
        messages.assertDefined(MessageFiles.keysUsedIn(
                Path.of("src/main/java"), Pattern.compile("\"(intake\\.error\\.[A-Za-z]+)\""), true));
        messages.assertKeysStartWith("intake.");
        messages.assertComplete();
    }
}
