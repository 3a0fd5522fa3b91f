package org.tongban.keyprojects.ui.internal;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tongban.testing.MessageFiles;

class MessagesTest {
    private final MessageFiles messages = MessageFiles.of("i18n/keyprojects-ui");

    @Test
    void everyKeyTheSourcesUseIsDefinedAndTranslated() {
        messages.assertDefined(MessageFiles.keysUsedIn(
                Path.of("src/main/java"), Pattern.compile("\"(keyprojects\\.ui\\.[A-Za-z.]+[A-Za-z])\""), true));
        messages.assertKeysStartWith("keyprojects.ui.");
        messages.assertComplete();
    }
}
