package org.tongban.credit.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;
import org.tongban.platform.ui.DeclaredView;
import org.tongban.testing.Contributions;
import org.tongban.testing.MessageFiles;

/** The console page's declaration and its texts in all three languages. */
class ContributionsTest {
    private static final Pattern KEY_IN_SOURCE = Pattern.compile("\"(credit\\.[a-zA-Z.]*[a-zA-Z])\"");
    private final MessageFiles messages = MessageFiles.of("i18n/credit-ui");

    @Test
    void theConsolePageNeedsTheReadPermission() {
        ViewContribution console = DeclaredView.of(CreditConsoleContribution.class)
                .contribution(new CreditConsoleContribution(null, null));

        assertThat(console.route()).isEqualTo("credit");
        assertThat(console.audience()).isEqualTo(Audience.CONSOLE);
        assertThat(console.requiredPermission()).isEqualTo("credit:read");
        Contributions.assertRegistrable(console, messages);
    }

    @Test
    void everyKeyUsedInTheSourcesIsDefined() {
        Set<String> used = MessageFiles.keysUsedIn(Path.of("src/main/java"), KEY_IN_SOURCE, true);
        assertThat(used).contains("credit.menu", "credit.lodge.title");
        messages.assertDefined(used);
        // Keys built from enum names: every type and appeal state has its text.
        messages.assertDefined(java.util.stream.Stream.concat(
                        java.util.Arrays.stream(org.tongban.credit.CreditType.values())
                                .map(t -> "credit.type." + t),
                        java.util.Arrays.stream(org.tongban.credit.AppealState.values())
                                .map(a -> "credit.appeal." + a))
                .collect(java.util.stream.Collectors.toSet()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"_zh_TW", "_en"})
    void translationsHaveTheSameKeysAndPlaceholders(String variant) {
        messages.assertKeysStartWith("credit.");
        messages.assertTranslated(variant);
    }
}
