package org.tongban.helpdesk.internal;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tongban.testing.MessageFiles;

class MessagesTest {
    private final MessageFiles messages = MessageFiles.of("i18n/helpdesk-messages");

    @Test
    void everyKeyTheSourcesUseIsDefinedAndTranslated() {
        messages.assertDefined(MessageFiles.keysUsedIn(
                Path.of("src/main/java"), Pattern.compile("\"(helpdesk\\.error\\.[A-Za-z]+)\""), true));
        messages.assertKeysStartWith("helpdesk.");
        messages.assertComplete();
    }
}
