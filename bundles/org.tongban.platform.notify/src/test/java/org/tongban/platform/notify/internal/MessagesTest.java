package org.tongban.platform.notify.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongban.testing.MessageFiles;

/** Templates and refusals exist in all three languages with the same placeholders. */
class MessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"_zh_TW", "_en"})
    void templatesAndRefusalsAreTranslated(String variant) {
        MessageFiles.of("i18n/notify-templates").assertTranslated(variant);
        MessageFiles messages = MessageFiles.of("i18n/notify-messages");
        messages.assertKeysStartWith("notify.");
        messages.assertTranslated(variant);
    }
}
