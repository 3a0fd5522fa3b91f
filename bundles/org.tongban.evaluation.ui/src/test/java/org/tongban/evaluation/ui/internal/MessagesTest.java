package org.tongban.evaluation.ui.internal;

import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tongban.evaluation.Channel;
import org.tongban.evaluation.Dimension;
import org.tongban.evaluation.Level;
import org.tongban.evaluation.RatingState;
import org.tongban.evaluation.RectificationStates;
import org.tongban.evaluation.Verdict;
import org.tongban.testing.MessageFiles;
import org.tongban.testing.TraditionalScript;

/** Every text the views ask for exists in all three languages, with the same placeholders. */
class MessagesTest {
    private static final Pattern KEY_IN_SOURCE = Pattern.compile("\"(evaluation\\.ui\\.[a-zA-Z.]+)\"");
    private final MessageFiles messages = MessageFiles.of("i18n/evaluation-ui");

    @Test
    void everyKeyUsedInTheSourcesIsDefined() {
        messages.assertDefined(MessageFiles.keysUsedIn(Path.of("src/main/java"), KEY_IN_SOURCE, true).stream()
                .filter(key -> !key.endsWith("."))
                .collect(Collectors.toSet()));
    }

    @Test
    void everyLevelDimensionChannelStateAndVerdictHasAName() {
        Stream.of(Level.values(), Dimension.values(), Channel.values(), RatingState.values(), Verdict.values())
                .flatMap(Stream::of)
                .forEach(e -> messages.assertDefined(Set.of(
                        "evaluation.ui." + e.getDeclaringClass().getSimpleName().toLowerCase() + "." + e.name())));
        for (String s : Set.of(
                RectificationStates.VERIFY,
                RectificationStates.FIXING,
                RectificationStates.OFFICE_REVIEW,
                RectificationStates.CLOSED,
                RectificationStates.WITHDRAWN)) {
            messages.assertDefined(Set.of("evaluation.ui.task." + s));
        }
        messages.assertKeysStartWith("evaluation.ui.");
        messages.assertComplete();
    }

    @Test
    void theTraditionalChineseTextsHaveNoSimplifiedCharactersLeft() {
        TraditionalScript.assertTraditional(messages);
    }
}
