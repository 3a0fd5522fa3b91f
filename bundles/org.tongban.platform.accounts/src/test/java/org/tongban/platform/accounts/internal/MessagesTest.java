package org.tongban.platform.accounts.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongban.testing.MessageFiles;

/** The refusals exist in all three languages with the same placeholders. */
class MessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"_zh_TW", "_en"})
    void refusalsAreTranslated(String variant) {
        MessageFiles messages = MessageFiles.of("i18n/accounts-messages");
        messages.assertKeysStartWith("accounts.");
        messages.assertTranslated(variant);
    }
}
