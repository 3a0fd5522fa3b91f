package org.tongban.platform.accounts.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongban.platform.api.identity.ApplicantKind;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;
import org.tongban.platform.ui.DeclaredView;
import org.tongban.testing.Contributions;
import org.tongban.testing.MessageFiles;

/** The four portal pages' declarations and their texts in all three languages. */
class ContributionsTest {
    private static final Pattern KEY_IN_SOURCE = Pattern.compile("\"(accounts\\.[a-zA-Z.]*[a-zA-Z])\"");
    private final MessageFiles messages = MessageFiles.of("i18n/accounts-ui");

    @Test
    void thePagesAreInThePortalOpenToEveryVisitor() {
        List<ViewContribution> pages = List.of(
                DeclaredView.of(SignInContribution.class).contribution(new SignInContribution(null)),
                DeclaredView.of(RegisterContribution.class).contribution(new RegisterContribution(null)),
                DeclaredView.of(ResetPasswordContribution.class).contribution(new ResetPasswordContribution(null)),
                DeclaredView.of(MessagesContribution.class).contribution(new MessagesContribution(null)));

        assertThat(pages)
                .extracting(ViewContribution::route)
                .containsExactly("account/sign-in", "account/register", "account/reset-password", "account/messages");
        assertThat(pages).allSatisfy(page -> {
            assertThat(page.audience()).isEqualTo(Audience.PORTAL);
            assertThat(page.requiredPermission()).isEmpty();
            Contributions.assertRegistrable(page, messages);
        });
    }

    @Test
    void everyKeyUsedInTheSourcesIsDefined() {
        Set<String> used = MessageFiles.keysUsedIn(Path.of("src/main/java"), KEY_IN_SOURCE, true);
        assertThat(used).contains("accounts.signIn.locked", "accounts.messages.markRead");
        messages.assertDefined(used);
        messages.assertDefined(Arrays.stream(ApplicantKind.values())
                .flatMap(k -> java.util.stream.Stream.of(
                        "accounts.kind." + k, "accounts.name." + k, "accounts.identifier." + k))
                .collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"_zh_TW", "_en"})
    void translationsHaveTheSameKeysAndPlaceholders(String variant) {
        messages.assertKeysStartWith("accounts.");
        messages.assertTranslated(variant);
    }
}
