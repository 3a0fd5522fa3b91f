package org.tongban.evaluation.portal.internal;

import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tongban.evaluation.Channel;
import org.tongban.evaluation.Level;
import org.tongban.testing.MessageFiles;
import org.tongban.testing.TraditionalScript;

/** Every text the pages ask for exists in all three languages; every level and online dimension has its name. */
class MessagesTest {
    private static final Pattern KEY_IN_SOURCE = Pattern.compile("\"(evaluation\\.portal\\.[a-zA-Z.]+[a-zA-Z])\"");
    private final MessageFiles messages = MessageFiles.of("i18n/evaluation-portal");

    @Test
    void everyKeyUsedInTheSourcesIsDefinedAndTranslated() {
        messages.assertDefined(MessageFiles.keysUsedIn(Path.of("src/main/java"), KEY_IN_SOURCE, true).stream()
                .filter(key -> !key.endsWith("."))
                .collect(Collectors.toSet()));
        for (Level l : Level.values()) {
            messages.assertDefined(Set.of("evaluation.portal.level." + l.name()));
        }
        Channel.ONLINE
                .dimensions()
                .forEach(d -> messages.assertDefined(Set.of("evaluation.portal.dimension." + d.name())));
        messages.assertKeysStartWith("evaluation.portal.");
        messages.assertComplete();
    }

    @Test
    void theTraditionalChineseTextsHaveNoSimplifiedCharactersLeft() {
        TraditionalScript.assertTraditional(messages);
    }
}
