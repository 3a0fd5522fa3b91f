package org.tongban.intake.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongban.intake.Channel;
import org.tongban.intake.IntakeStates;
import org.tongban.intake.MaterialState;
import org.tongban.testing.MessageFiles;

/** Every text the views ask for exists in all three languages, with the same placeholders. */
class MessagesTest {
    private static final Pattern KEY_IN_SOURCE = Pattern.compile("\"(intake\\.ui\\.[a-zA-Z.]+)\"");
    private final MessageFiles messages = MessageFiles.of("i18n/intake-ui");

    @Test
    void everyKeyUsedInTheSourcesIsDefined() {
        Set<String> used = MessageFiles.keysUsedIn(Path.of("src/main/java"), KEY_IN_SOURCE, true).stream()
                .filter(key -> !key.endsWith("."))
                .collect(Collectors.toSet());

        assertThat(used).contains("intake.ui.desk.menu", "intake.ui.stats.menu", "intake.ui.case.stale");
        messages.assertDefined(used);
    }

    @Test
    void everyStateChannelMaterialStateStepAndDecisionHasAName() throws Exception {
        for (java.lang.reflect.Field field : IntakeStates.class.getFields()) {
            if (field.getType() == String.class) {
                messages.assertDefined(Set.of("intake.ui.state." + field.get(null)));
            }
        }
        for (Channel c : Channel.values()) {
            messages.assertDefined(Set.of("intake.ui.channel." + c.name()));
        }
        for (MaterialState s : MaterialState.values()) {
            messages.assertDefined(Set.of("intake.ui.material." + s.name()));
        }
        for (Decision d : Decision.values()) {
            messages.assertDefined(Set.of("intake.ui.decision." + d.name()));
        }
        for (String action : CaseSteps.SUPPORTED) {
            messages.assertDefined(Set.of("intake.ui.action." + action));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"_zh_TW", "_en"})
    void translationsHaveTheSameKeysAndPlaceholders(String variant) {
        messages.assertKeysStartWith("intake.ui.");
        messages.assertTranslated(variant);
    }
}
