package org.tongban.host.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.LoginResult;
import org.tongban.platform.api.security.PasswordRefusal;

class PasswordChangeTest {

    private static final Translation KEYS =
            (key, arguments) -> "[" + key + (arguments.length == 0 ? "" : " " + List.of(arguments)) + "]";

    /** Changes the password when the old one is right, as the security bundle does: empty means success. */
    private static final class FakeAuthenticator implements Authenticator {
        final List<String> changedTo = new ArrayList<>();

        @Override
        public LoginResult login(String username, char[] password, String remoteAddress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void bind(Object session) {}

        @Override
        public void logout(Object session) {}

        @Override
        @Deprecated
        public String changePassword(char[] oldPassword, char[] newPassword) {
            throw new UnsupportedOperationException("the view uses changeOwnPassword");
        }

        @Override
        public Optional<PasswordRefusal> changeOwnPassword(char[] oldPassword, char[] newPassword) {
            if (!"UCaHkkXe85mB6L8T".equals(new String(oldPassword))) {
                return Optional.of(PasswordRefusal.of("password.refused.wrongCurrent"));
            }
            if (newPassword.length < 10) {
                return Optional.of(PasswordRefusal.of("password.refused.length", 10, 128));
            }
            changedTo.add(new String(newPassword));
            return Optional.empty();
        }
    }

    @Test
    void aSuccessfulChangeIsReportedAsSuccess() {
        FakeAuthenticator authenticator = new FakeAuthenticator();

        PasswordChange result = PasswordChange.submit(
                Optional.of(authenticator),
                "UCaHkkXe85mB6L8T",
                "Quancheng2026x",
                "Quancheng2026x",
                KEYS,
                Locale.SIMPLIFIED_CHINESE);

        assertThat(result.changed()).isTrue();
        assertThat(result.message()).isNull();
        assertThat(authenticator.changedTo).containsExactly("Quancheng2026x");
    }

    @Test
    void theAuthenticatorsRefusalIsShownInTheUsersLanguageWithItsArguments() {
        PasswordChange wrong = PasswordChange.submit(
                Optional.of(new FakeAuthenticator()),
                "wrong",
                "Quancheng2026x",
                "Quancheng2026x",
                KEYS,
                Locale.SIMPLIFIED_CHINESE);
        PasswordChange tooShort = PasswordChange.submit(
                Optional.of(new FakeAuthenticator()), "UCaHkkXe85mB6L8T", "Qc2026", "Qc2026", KEYS, Locale.ENGLISH);
        PasswordChange traditional = PasswordChange.submit(
                Optional.of(new FakeAuthenticator()),
                "UCaHkkXe85mB6L8T",
                "Qc2026",
                "Qc2026",
                KEYS,
                Locale.TRADITIONAL_CHINESE);

        assertThat(wrong.changed()).isFalse();
        assertThat(wrong.message()).isEqualTo("原密码不正确");
        assertThat(tooShort.message()).isEqualTo("The new password must have 10 to 128 characters");
        assertThat(traditional.message()).isEqualTo("新密碼長度須為 10 至 128 個字元");
    }

    @Test
    void differingRepetitionsAreRefusedBeforeAnythingIsChanged() {
        FakeAuthenticator authenticator = new FakeAuthenticator();

        PasswordChange result = PasswordChange.submit(
                Optional.of(authenticator),
                "UCaHkkXe85mB6L8T",
                "Quancheng2026x",
                "Quancheng2026y",
                KEYS,
                Locale.SIMPLIFIED_CHINESE);

        assertThat(result.changed()).isFalse();
        assertThat(result.message()).isEqualTo("[password.mismatch]");
        assertThat(authenticator.changedTo).isEmpty();
    }

    @Test
    void withoutTheSecurityServiceTheChangeIsReportedUnavailable() {
        PasswordChange result = PasswordChange.submit(
                Optional.empty(),
                "UCaHkkXe85mB6L8T",
                "Quancheng2026x",
                "Quancheng2026x",
                KEYS,
                Locale.SIMPLIFIED_CHINESE);

        assertThat(result.changed()).isFalse();
        assertThat(result.message()).isEqualTo("[login.unavailable]");
    }
}
