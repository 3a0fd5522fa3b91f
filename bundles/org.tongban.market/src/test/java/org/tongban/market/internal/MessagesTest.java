package org.tongban.market.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongban.testing.MessageFiles;

/** The refusals exist in all three languages with the same placeholders. */
class MessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"_zh_TW", "_en"})
    void refusalsAreTranslated(String variant) {
        MessageFiles messages = MessageFiles.of("i18n/market-messages");
        messages.assertKeysStartWith("market.");
        messages.assertTranslated(variant);
    }
}
