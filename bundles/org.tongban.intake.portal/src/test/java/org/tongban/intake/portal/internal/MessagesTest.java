package org.tongban.intake.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongban.documents.DocumentKind;
import org.tongban.intake.IntakeStates;
import org.tongban.testing.MessageFiles;

/** Every text the pages ask for exists in all three languages; every state and milestone has its name. */
class MessagesTest {
    private static final Pattern KEY_IN_SOURCE = Pattern.compile("\"(intake\\.portal\\.[a-zA-Z.]+[a-zA-Z])\"");
    private final MessageFiles messages = MessageFiles.of("i18n/intake-portal");

    @Test
    void everyKeyUsedInTheSourcesIsDefined() {
        Set<String> used = MessageFiles.keysUsedIn(Path.of("src/main/java"), KEY_IN_SOURCE, true);
        used.removeIf(key -> key.endsWith("."));

        assertThat(used).contains("intake.portal.track.menu", "intake.portal.track.none");
        messages.assertDefined(used);
    }

    @Test
    void everyStateAndEveryDocumentHasItsName() {
        Set<String> states = Arrays.stream(IntakeStates.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(MessagesTest::value)
                .collect(java.util.stream.Collectors.toSet());
        assertThat(states).hasSize(14);
        messages.assertDefined(
                states.stream().map(s -> "intake.portal.state." + s).collect(java.util.stream.Collectors.toSet()));
        Set<String> milestones = Arrays.stream(DocumentKind.values())
                .map(k -> "intake.portal.milestone." + k.name())
                .collect(java.util.stream.Collectors.toSet());
        milestones.add("intake.portal.milestone.RECEIVED");
        messages.assertDefined(milestones);
    }

    @ParameterizedTest
    @ValueSource(strings = {"_zh_TW", "_en"})
    void translationsHaveTheSameKeysAndPlaceholders(String variant) {
        messages.assertKeysStartWith("intake.portal.");
        messages.assertTranslated(variant);
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
