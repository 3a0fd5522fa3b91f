package org.tongban.platform.notify.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;
import org.tongban.platform.notify.Channel;
import org.tongban.platform.notify.DeliveryState;
import org.tongban.platform.ui.DeclaredView;
import org.tongban.testing.Contributions;
import org.tongban.testing.MessageFiles;

/** The console page's declaration and its texts in all three languages. */
class ContributionsTest {
    private static final Pattern KEY_IN_SOURCE = Pattern.compile("\"(notify\\.[a-zA-Z.]*[a-zA-Z])\"");
    private final MessageFiles messages = MessageFiles.of("i18n/notify-ui");

    @Test
    void theConsolePageNeedsTheAdminPermission() {
        ViewContribution console = DeclaredView.of(NotifyConsoleContribution.class)
                .contribution(new NotifyConsoleContribution(null, null, null, Contributions.bundleContext("370100")));

        assertThat(console.route()).isEqualTo("notifications");
        assertThat(console.audience()).isEqualTo(Audience.CONSOLE);
        assertThat(console.requiredPermission()).isEqualTo("notify:admin");
        Contributions.assertRegistrable(console, messages);
    }

    @Test
    void everyKeyUsedInTheSourcesIsDefined() {
        Set<String> used = MessageFiles.keysUsedIn(Path.of("src/main/java"), KEY_IN_SOURCE, true);
        assertThat(used).contains("notify.menu", "notify.demo.empty");
        messages.assertDefined(used);
        messages.assertDefined(Stream.concat(
                        Arrays.stream(Channel.values()).map(c -> "notify.channel." + c),
                        Arrays.stream(DeliveryState.values()).map(s -> "notify.state." + s))
                .collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"_zh_TW", "_en"})
    void translationsHaveTheSameKeysAndPlaceholders(String variant) {
        messages.assertKeysStartWith("notify.");
        messages.assertTranslated(variant);
    }
}
