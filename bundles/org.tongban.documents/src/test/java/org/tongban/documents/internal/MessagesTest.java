package org.tongban.documents.internal;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tongban.documents.DocumentException;
import org.tongban.documents.Verification.Outcome;
import org.tongban.testing.MessageFiles;

/** Every verdict has its sentence, and every sentence is translated. */
class MessagesTest {
    private final MessageFiles files = MessageFiles.of(DocumentException.MESSAGES);

    @Test
    void everyVerdictIsWordedAndEveryMessageTranslated() {
        files.assertDefined(
                Arrays.stream(Outcome.values()).map(Outcome::messageKey).collect(Collectors.toSet()));
        MessageFiles.TRANSLATIONS.forEach(files::assertTranslated);
    }
}
