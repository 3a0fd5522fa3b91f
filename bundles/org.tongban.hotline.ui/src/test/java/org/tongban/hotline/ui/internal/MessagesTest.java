package org.tongban.hotline.ui.internal;

import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongban.hotline.AssignmentRole;
import org.tongban.hotline.Channel;
import org.tongban.hotline.TicketType;
import org.tongban.hotline.Urgency;
import org.tongban.hotline.Warning;
import org.tongban.testing.MessageFiles;

/** Every text the views ask for exists in all three languages, with the same placeholders. */
class MessagesTest {
    private static final Pattern KEY_IN_SOURCE = Pattern.compile("\"(hotline\\.ui\\.[a-zA-Z.]+)\"");
    private final MessageFiles messages = MessageFiles.of("i18n/hotline-ui");

    @Test
    void everyKeyUsedInTheSourcesIsDefined() {
        Set<String> used = MessageFiles.keysUsedIn(Path.of("src/main/java"), KEY_IN_SOURCE, true).stream()
                .filter(key -> !key.endsWith("."))
                .collect(Collectors.toSet());
        messages.assertDefined(used);
    }

    @Test
    void everyStateTypeUrgencyChannelRoleWarningAndActionHasAName() {
        for (String s : TicketListView.STATES) {
            messages.assertDefined(Set.of("hotline.ui.state." + s));
        }
        for (TicketType t : TicketType.values()) {
            messages.assertDefined(Set.of("hotline.ui.type." + t.name()));
        }
        for (Urgency u : Urgency.values()) {
            messages.assertDefined(Set.of("hotline.ui.urgency." + u.name()));
        }
        for (Channel c : Channel.values()) {
            messages.assertDefined(Set.of("hotline.ui.channel." + c.name()));
        }
        for (AssignmentRole r : AssignmentRole.values()) {
            messages.assertDefined(Set.of("hotline.ui.role." + r.name()));
        }
        for (Warning w : Warning.values()) {
            messages.assertDefined(Set.of("hotline.ui.warning." + w.name()));
        }
        for (String a : java.util.List.of(
                "answer",
                "dispatch",
                "merge",
                "sign",
                "giveBack",
                "requestExtension",
                "decideExtension",
                "reply",
                "approve",
                "sendBack",
                "callback",
                "subDispatch")) {
            messages.assertDefined(Set.of("hotline.ui.action." + a));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"_zh_TW", "_en"})
    void translationsHaveTheSameKeysAndPlaceholders(String variant) {
        messages.assertKeysStartWith("hotline.ui.");
        messages.assertTranslated(variant);
    }
}
