package org.tongban.hotline.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongban.hotline.TicketStates;
import org.tongban.hotline.TicketType;
import org.tongban.testing.MessageFiles;

/** Every text the pages ask for exists in all three languages; every state and type has its name. */
class MessagesTest {
    private static final Pattern KEY_IN_SOURCE = Pattern.compile("\"(hotline\\.portal\\.[a-zA-Z.]+[a-zA-Z])\"");
    private final MessageFiles messages = MessageFiles.of("i18n/hotline-portal");

    @Test
    void everyKeyUsedInTheSourcesIsDefined() {
        Set<String> used = MessageFiles.keysUsedIn(Path.of("src/main/java"), KEY_IN_SOURCE, true);
        used.removeIf(key -> key.endsWith("."));

        assertThat(used).contains("hotline.portal.file.menu", "hotline.portal.ticket.notFound");
        messages.assertDefined(used);
    }

    @Test
    void everyStateAndEveryTypeHasItsName() {
        Set<String> states = Arrays.stream(TicketStates.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(MessagesTest::value)
                .collect(Collectors.toSet());
        assertThat(states).hasSize(9);
        messages.assertDefined(
                states.stream().map(s -> "hotline.portal.state." + s).collect(Collectors.toSet()));
        messages.assertDefined(Arrays.stream(TicketType.values())
                .map(t -> "hotline.portal.type." + t.name())
                .collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"_zh_TW", "_en"})
    void translationsHaveTheSameKeysAndPlaceholders(String variant) {
        messages.assertKeysStartWith("hotline.portal.");
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
