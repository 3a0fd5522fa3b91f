package org.tongban.platform.files.internal;

import org.junit.jupiter.api.Test;
import org.tongban.platform.files.FileRefusedException;
import org.tongban.testing.MessageFiles;

/** Every refusal is worded in Chinese and translated with the same placeholders. */
class MessagesTest {
    @Test
    void everyRefusalIsTranslated() {
        MessageFiles files = MessageFiles.of(FileRefusedException.MESSAGES);
        files.assertKeysStartWith("files.error.");
        MessageFiles.TRANSLATIONS.forEach(files::assertTranslated);
    }
}
